/// The one ClientHello the probe sends (RFC 8446 section 4.1.2), good for TLS 1.2 and 1.3
/// servers alike: legacy_version TLS 1.2, supported_versions 1.3 and 1.2, every suite of
/// `CipherSuite.offered`, an X25519 key share (P-256, P-384 or P-521 when a
/// HelloRetryRequest asks), and the extensions of a mainstream client
/// (SNI, groups, point formats, signature algorithms, ALPN h2 and http/1.1, OCSP stapling,
/// extended master secret, secure renegotiation).
struct ClientHello {
    /// Extension code points (IANA TLS ExtensionType registry).
    enum Extension {
        static let serverName: UInt16 = 0
        static let statusRequest: UInt16 = 5
        static let supportedGroups: UInt16 = 10
        static let ecPointFormats: UInt16 = 11
        static let signatureAlgorithms: UInt16 = 13
        static let alpn: UInt16 = 16
        static let extendedMasterSecret: UInt16 = 23
        static let supportedVersions: UInt16 = 43
        static let cookie: UInt16 = 44
        static let pskKeyExchangeModes: UInt16 = 45
        static let keyShare: UInt16 = 51
        static let renegotiationInfo: UInt16 = 0xFF01
    }

    /// Named groups (RFC 8446 section 4.2.7).
    enum Group {
        static let x25519: UInt16 = 0x001D
        static let secp256r1: UInt16 = 0x0017
        static let secp384r1: UInt16 = 0x0018
        static let secp521r1: UInt16 = 0x0019
        static let ffdhe2048: UInt16 = 0x0100

        static func name(_ code: UInt16) -> String {
            switch code {
            case x25519: "X25519"
            case secp256r1: "P-256"
            case secp384r1: "P-384"
            case secp521r1: "P-521"
            case 0x001E: "X448"
            case ffdhe2048: "ffdhe2048"
            case 0x11EC: "X25519MLKEM768"
            default: "group 0x" + hex([UInt8(code >> 8), UInt8(code & 0xFF)])
            }
        }
    }

    static let alpnProtocols = ["h2", "http/1.1"]

    var random: [UInt8]
    var sessionID: [UInt8]
    /// The SNI host name; nil sends none (IP addresses are never sent, RFC 6066 section 3).
    var serverName: String?
    /// The TLS 1.3 key share (X25519 first; another group after a HelloRetryRequest); nil
    /// offers TLS 1.2 only.
    var keyShare: (group: UInt16, publicKey: [UInt8])?
    /// The cookie of a HelloRetryRequest, echoed (RFC 8446 section 4.2.2).
    var cookie: [UInt8]?

    /// The handshake message (type, length, body).
    var encoded: [UInt8] {
        var message = TLSWriter()
        message.u8(HandshakeMessage.clientHello)
        message.vector(lengthBytes: 3) { body in
            body.u16(0x0303)
            body.append(random)
            body.vector(lengthBytes: 1) { $0.append(sessionID) }
            body.vector(lengthBytes: 2) { suites in
                for suite in CipherSuite.offered where keyShare != nil || suite.keyExchange != .tls13 {
                    suites.u16(suite.code)
                }
                suites.u16(CipherSuite.renegotiationSCSV)
            }
            body.vector(lengthBytes: 1) { $0.u8(0) }  // null compression only
            body.vector(lengthBytes: 2) { extensions in writeExtensions(&extensions) }
        }
        return message.bytes
    }

    private func writeExtensions(_ out: inout TLSWriter) {
        func add(_ type: UInt16, _ body: (inout TLSWriter) -> Void) {
            out.u16(type)
            out.vector(lengthBytes: 2, body)
        }
        if let serverName {
            add(Extension.serverName) { list in
                list.vector(lengthBytes: 2) { names in
                    names.u8(0)  // host_name
                    names.vector(lengthBytes: 2) { $0.append(Array(serverName.utf8)) }
                }
            }
        }
        add(Extension.statusRequest) { request in
            request.u8(1)  // ocsp
            request.u16(0)  // no responder IDs
            request.u16(0)  // no request extensions
        }
        add(Extension.supportedGroups) { groups in
            groups.vector(lengthBytes: 2) { list in
                for group in [Group.x25519, Group.secp256r1, Group.secp384r1, Group.secp521r1] { list.u16(group) }
            }
        }
        add(Extension.ecPointFormats) { $0.vector(lengthBytes: 1) { $0.u8(0) } }
        add(Extension.signatureAlgorithms) { schemes in
            schemes.vector(lengthBytes: 2) { list in
                for scheme in SignatureScheme.offered { list.u16(scheme.code) }
            }
        }
        add(Extension.alpn) { alpn in
            alpn.vector(lengthBytes: 2) { list in
                for name in ClientHello.alpnProtocols { list.vector(lengthBytes: 1) { $0.append(Array(name.utf8)) } }
            }
        }
        add(Extension.extendedMasterSecret) { _ in }
        add(Extension.renegotiationInfo) { $0.vector(lengthBytes: 1) { _ in } }
        if let keyShare {
            add(Extension.supportedVersions) { $0.vector(lengthBytes: 1) { $0.u16(0x0304); $0.u16(0x0303) } }
            add(Extension.pskKeyExchangeModes) { $0.vector(lengthBytes: 1) { $0.u8(1) } }  // psk_dhe_ke
            add(Extension.keyShare) { shares in
                shares.vector(lengthBytes: 2) { list in
                    list.u16(keyShare.group)
                    list.vector(lengthBytes: 2) { $0.append(keyShare.publicKey) }
                }
            }
            if let cookie {
                add(Extension.cookie) { $0.vector(lengthBytes: 2) { $0.append(cookie) } }
            }
        }
    }

    /// Wraps a handshake message in plaintext records (version 0x0301 in the first
    /// record for old middleboxes, RFC 8446 section 5.1).
    static func records(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var offset = 0
        while offset < message.count {
            let count = min(1 << 14, message.count - offset)
            out += [TLSRecord.handshake, 3, 1, UInt8(count >> 8), UInt8(count & 0xFF)]
            out += message[offset..<offset + count]
            offset += count
        }
        return out
    }
}
