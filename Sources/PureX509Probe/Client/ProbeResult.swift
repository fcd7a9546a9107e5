/// What a probe found: the negotiated parameters and the chain exactly as served.
public struct ProbeResult: Sendable {
    /// "TLS 1.3" or "TLS 1.2".
    public var version: String
    /// The negotiated version code (0x0304, 0x0303).
    public var versionCode: UInt16
    public var cipherSuite: CipherSuite
    /// The key exchange group ("X25519", "P-256", "DHE 2048-bit"); nil for RSA key transport.
    public var keyExchangeGroup: String?
    /// The ALPN protocol the server selected, if any.
    public var alpn: String?
    /// The DER certificates in the order the server sent them.
    public var certificates: [[UInt8]]
    /// The stapled OCSP response (DER OCSPResponse), if the server sent one.
    public var ocspResponse: [UInt8]?
    /// The scheme the server signed with (CertificateVerify or ServerKeyExchange).
    public var signatureScheme: SignatureScheme?
    /// Whether the signature with the leaf's key verified.
    public var keyPossession: KeyPossession
    /// The server asked for a client certificate (CertificateRequest).
    public var clientCertificateRequested: Bool
    /// The SNI name sent, nil when none.
    public var serverName: String?
    /// The address connected to ("127.0.0.1:443"); empty for in-memory streams.
    public var peerAddress: String
    /// Warning alerts and other remarks met on the way.
    public var notes: [String]
}

/// "TLS 1.3" for 0x0304 and so on.
func versionName(_ code: UInt16) -> String {
    switch code {
    case 0x0304: "TLS 1.3"
    case 0x0303: "TLS 1.2"
    case 0x0302: "TLS 1.1"
    case 0x0301: "TLS 1.0"
    case 0x0300: "SSL 3.0"
    default: "version 0x" + hex([UInt8(code >> 8), UInt8(code & 0xFF)])
    }
}
