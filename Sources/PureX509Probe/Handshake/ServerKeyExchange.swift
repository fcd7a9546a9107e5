/// A TLS 1.2 ServerKeyExchange for ECDHE (RFC 8422 section 5.4) or DHE (RFC 5246 section
/// 7.4.3): the parameters and the signature over client_random + server_random + params
/// made with the certificate's key. The probe checks the signature and never uses the key
/// share.
struct ServerKeyExchange {
    /// The ServerECDHParams or ServerDHParams bytes exactly as signed.
    let parameters: [UInt8]
    /// "X25519", "P-256", "DHE 2048-bit".
    let group: String
    let scheme: SignatureScheme
    let signature: [UInt8]

    init(_ message: HandshakeMessage, finiteField: Bool) throws(ProbeError) {
        var reader = message.reader("ServerKeyExchange")
        let start = reader.position
        if finiteField {
            var prime = try reader.vector(lengthBytes: 2, "dh_p", minimum: 1)
            _ = try reader.vector(lengthBytes: 2, "dh_g", minimum: 1)
            _ = try reader.vector(lengthBytes: 2, "dh_Ys", minimum: 1)
            let p = prime.rest()
            let bits = p.count * 8 - (p.first.map { $0.leadingZeroBitCount } ?? 0)
            group = "DHE \(bits)-bit"
        } else {
            let curveType = try reader.u8("curve_type")
            guard curveType == 3 else { throw reader.error("curve_type \(curveType); only named_curve (3) is allowed (RFC 8422 section 5.4)") }
            group = ClientHello.Group.name(try reader.u16("named_curve"))
            _ = try reader.vector(lengthBytes: 1, "public", minimum: 1)
        }
        parameters = Array(reader.bytes[start..<reader.position])
        scheme = SignatureScheme(code: try reader.u16("signature algorithm"))
        var signed = try reader.vector(lengthBytes: 2, "signature", minimum: 1)
        signature = signed.rest()
        try reader.finish("the signature")
    }
}
