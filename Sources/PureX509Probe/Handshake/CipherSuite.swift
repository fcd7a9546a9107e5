/// A cipher suite the probe offers (IANA TLS registry), with what the probe needs to know
/// of it: how TLS 1.2 proves the server's key (the key exchange), and for TLS 1.3 the AEAD
/// and hash of the key schedule.
public struct CipherSuite: Sendable, Hashable, CustomStringConvertible {
    /// How the server's certificate key is used in a TLS 1.2 handshake.
    public enum KeyExchange: Sendable, Hashable {
        /// TLS 1.3: CertificateVerify signs the transcript.
        case tls13
        /// ECDHE or DHE: ServerKeyExchange signs the key share.
        case ephemeral(signature: SignatureFamily)
        /// Static RSA key transport: nothing is signed, so the server does not prove it
        /// holds the key until the Finished message, which the probe never reaches.
        case rsa
    }

    /// The certificate key type an ephemeral TLS 1.2 suite requires.
    public enum SignatureFamily: Sendable, Hashable {
        case rsa, ecdsa
    }

    /// The TLS 1.3 record protection (RFC 8446 section 5.2, B.4).
    public enum AEAD: Sendable, Hashable {
        case aes128GCM, aes256GCM, chacha20Poly1305

        var keyLength: Int {
            switch self {
            case .aes128GCM: 16
            case .aes256GCM, .chacha20Poly1305: 32
            }
        }
    }

    public let code: UInt16
    /// The IANA name: "TLS_AES_128_GCM_SHA256".
    public let name: String
    public let keyExchange: KeyExchange

    public var description: String { name }

    /// The AEAD and hash of a TLS 1.3 suite, nil for TLS 1.2 suites.
    var tls13: (aead: AEAD, hash: HashChoice)? {
        switch code {
        case 0x1301: (.aes128GCM, .sha256)
        case 0x1302: (.aes256GCM, .sha384)
        case 0x1303: (.chacha20Poly1305, .sha256)
        default: nil
        }
    }

    /// The hash of the TLS 1.3 key schedule.
    enum HashChoice {
        case sha256, sha384
    }

    /// Every suite offered, in the order offered: TLS 1.3 first, then ECDHE with AEADs,
    /// ECDHE with CBC, DHE, and static RSA last (for old servers, whose certificate is
    /// then shown without proof of possession).
    public static let offered: [CipherSuite] = [
        CipherSuite(code: 0x1301, name: "TLS_AES_128_GCM_SHA256", keyExchange: .tls13),
        CipherSuite(code: 0x1302, name: "TLS_AES_256_GCM_SHA384", keyExchange: .tls13),
        CipherSuite(code: 0x1303, name: "TLS_CHACHA20_POLY1305_SHA256", keyExchange: .tls13),
        CipherSuite(code: 0xC02B, name: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", keyExchange: .ephemeral(signature: .ecdsa)),
        CipherSuite(code: 0xC02F, name: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0xC02C, name: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", keyExchange: .ephemeral(signature: .ecdsa)),
        CipherSuite(code: 0xC030, name: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0xCCA9, name: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", keyExchange: .ephemeral(signature: .ecdsa)),
        CipherSuite(code: 0xCCA8, name: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0xC009, name: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", keyExchange: .ephemeral(signature: .ecdsa)),
        CipherSuite(code: 0xC013, name: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0xC00A, name: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", keyExchange: .ephemeral(signature: .ecdsa)),
        CipherSuite(code: 0xC014, name: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0x009E, name: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0x009F, name: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0x0033, name: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", keyExchange: .ephemeral(signature: .rsa)),
        CipherSuite(code: 0x009C, name: "TLS_RSA_WITH_AES_128_GCM_SHA256", keyExchange: .rsa),
        CipherSuite(code: 0x009D, name: "TLS_RSA_WITH_AES_256_GCM_SHA384", keyExchange: .rsa),
        CipherSuite(code: 0x002F, name: "TLS_RSA_WITH_AES_128_CBC_SHA", keyExchange: .rsa),
        CipherSuite(code: 0x0035, name: "TLS_RSA_WITH_AES_256_CBC_SHA", keyExchange: .rsa),
    ]

    /// TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 section 3.3), sent after the suites.
    static let renegotiationSCSV: UInt16 = 0x00FF

    /// The offered suite with this code, nil when the server picked one never offered.
    static func offered(_ code: UInt16) -> CipherSuite? {
        offered.first { $0.code == code }
    }

    /// Whether the suite uses DHE rather than ECDHE (TLS 1.2 ServerKeyExchange form).
    var isFiniteFieldDHE: Bool { [0x009E, 0x009F, 0x0033].contains(code) }
}
