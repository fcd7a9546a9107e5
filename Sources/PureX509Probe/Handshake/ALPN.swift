/// The ALPN extension of a ServerHello (TLS 1.2) or EncryptedExtensions (TLS 1.3): exactly
/// one protocol, one the client offered (RFC 7301 section 3.1).
enum ALPN {
    static func selected(_ extensions: [UInt16: TLSReader]) throws(ProbeError) -> String? {
        guard var body = extensions[ClientHello.Extension.alpn] else { return nil }
        var list = try body.vector(lengthBytes: 2, "ALPN protocol_name_list", minimum: 2)
        try body.finish("ALPN")
        var name = try list.vector(lengthBytes: 1, "ALPN protocol name", minimum: 1)
        try list.finish("the one ALPN protocol")
        let protocolName = String(decoding: name.rest(), as: UTF8.self)
        guard ClientHello.alpnProtocols.contains(protocolName) else {
            throw .unexpected("the server selected ALPN protocol '\(protocolName)', which was not offered")
        }
        return protocolName
    }

    /// The extensions of an EncryptedExtensions message (RFC 8446 section 4.3.1).
    static func encryptedExtensions(_ message: HandshakeMessage) throws(ProbeError) -> [UInt16: TLSReader] {
        var reader = message.reader("EncryptedExtensions")
        var list = try reader.vector(lengthBytes: 2, "extensions")
        try reader.finish("the extensions")
        var extensions: [UInt16: TLSReader] = [:]
        while !list.isEmpty {
            let type = try list.u16("extension type")
            let body = try list.vector(lengthBytes: 2, "extension \(type)")
            guard extensions[type] == nil else { throw list.error("extension \(type) appears twice") }
            extensions[type] = body
        }
        return extensions
    }
}
