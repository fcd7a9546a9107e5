/// A TLS 1.3 CertificateVerify (RFC 8446 section 4.4.3): the scheme and the signature over
/// 64 spaces, the context string, a zero byte and the transcript hash.
struct CertificateVerify {
    let scheme: SignatureScheme
    let signature: [UInt8]

    init(_ message: HandshakeMessage) throws(ProbeError) {
        var reader = message.reader("CertificateVerify")
        scheme = SignatureScheme(code: try reader.u16("algorithm"))
        var signed = try reader.vector(lengthBytes: 2, "signature", minimum: 1)
        signature = signed.rest()
        try reader.finish("the signature")
    }

    /// What the server signs (RFC 8446 section 4.4.3).
    static func signedContent(transcriptHash: [UInt8]) -> [UInt8] {
        [UInt8](repeating: 0x20, count: 64) + Array("TLS 1.3, server CertificateVerify".utf8) + [0] + transcriptHash
    }
}
