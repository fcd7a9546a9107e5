/// A ServerHello or HelloRetryRequest (RFC 8446 section 4.1.3 and 4.1.4; RFC 5246 section
/// 7.4.1.3), with the extensions the probe acts on decoded.
struct ServerHello {
    /// The random that marks a HelloRetryRequest: SHA-256 of "HelloRetryRequest".
    static let helloRetryRandom: [UInt8] = [
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    ]

    let legacyVersion: UInt16
    let random: [UInt8]
    let sessionID: [UInt8]
    let cipherSuite: UInt16
    /// Extensions by type, in no particular order (duplicates are rejected).
    let extensions: [UInt16: TLSReader]

    var isHelloRetryRequest: Bool { random == ServerHello.helloRetryRandom }

    init(_ message: HandshakeMessage) throws(ProbeError) {
        var reader = message.reader("ServerHello")
        legacyVersion = try reader.u16("legacy_version")
        random = try reader.bytes(32, "random")
        var session = try reader.vector(lengthBytes: 1, "legacy_session_id")
        guard session.remaining <= 32 else { throw reader.error("legacy_session_id longer than 32 bytes") }
        sessionID = session.rest()
        cipherSuite = try reader.u16("cipher_suite")
        let compression = try reader.u8("compression_method")
        guard compression == 0 else { throw reader.error("compression method \(compression); only null (0) was offered") }
        var extensions: [UInt16: TLSReader] = [:]
        if !reader.isEmpty {
            var list = try reader.vector(lengthBytes: 2, "extensions")
            while !list.isEmpty {
                let type = try list.u16("extension type")
                let body = try list.vector(lengthBytes: 2, "extension \(type)")
                guard extensions[type] == nil else { throw list.error("extension \(type) appears twice") }
                extensions[type] = body
            }
        }
        try reader.finish("the extensions")
        self.extensions = extensions
    }

    /// The version chosen: supported_versions when present (RFC 8446 section 4.2.1), else
    /// legacy_version.
    func selectedVersion() throws(ProbeError) -> UInt16 {
        guard var body = extensions[ClientHello.Extension.supportedVersions] else { return legacyVersion }
        let version = try body.u16("supported_versions")
        try body.finish("supported_versions")
        return version
    }

    /// The server's key share: the group and its public value; for a HelloRetryRequest the
    /// group alone (empty key).
    func keyShare() throws(ProbeError) -> (group: UInt16, key: [UInt8])? {
        guard var body = extensions[ClientHello.Extension.keyShare] else { return nil }
        let group = try body.u16("key_share group")
        if isHelloRetryRequest {
            try body.finish("the HelloRetryRequest key_share")
            return (group, [])
        }
        var key = try body.vector(lengthBytes: 2, "key_share key_exchange", minimum: 1)
        try body.finish("key_share")
        return (group, key.rest())
    }

    /// The HelloRetryRequest cookie, if any.
    func cookie() throws(ProbeError) -> [UInt8]? {
        guard var body = extensions[ClientHello.Extension.cookie] else { return nil }
        var cookie = try body.vector(lengthBytes: 2, "cookie", minimum: 1)
        try body.finish("cookie")
        return cookie.rest()
    }
}
