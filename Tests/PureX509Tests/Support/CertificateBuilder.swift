import PureX509

/// Builds certificate DER from parts, each replaceable by raw bytes, so that malformed
/// variants can be made one field at a time. The signature is not valid (parsing does not
/// verify it).
struct CertificateBuilder {
    /// `[0] EXPLICIT INTEGER 2` (v3); nil leaves the field out (v1).
    var version: [UInt8]? = hex("a0 03 02 01 02")
    var serial: [UInt8] = hex("02 01 01")
    var innerAlgorithm: [UInt8] = hex("30 0a 06 08 2a 86 48 ce 3d 04 03 02")  // ecdsa-with-SHA256
    var issuer: [UInt8] = CertificateBuilder.name(cn: "Test CA")
    var validity: [UInt8] = hex("30 1e 17 0d 3235303130313030303030305a 17 0d 3335303130313030303030305a")
    var subject: [UInt8] = CertificateBuilder.name(cn: "leaf")
    var publicKey: [UInt8] = CertificateBuilder.ed25519Key
    var uniqueIDs: [UInt8] = []
    /// The whole `[3] EXPLICIT` element, or empty for none.
    var extensions: [UInt8] = CertificateBuilder.extensionsBlock([CertificateBuilder.basicConstraintsCA])
    var outerAlgorithm: [UInt8]? = nil
    var signature: [UInt8] = hex("03 03 00 ab cd")
    var trailing: [UInt8] = []

    static let ed25519Key = hex("30 2a 30 05 06 03 2b 65 70 03 21 00") + [UInt8](repeating: 0x11, count: 32)

    /// `SEQUENCE { SET { SEQUENCE { CN, UTF8String } } }`.
    static func name(cn: String) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { rdns in
            rdns.writeSetOf { set in
                set.writeSequence { pair in
                    pair.writeObjectIdentifier(OID(dotted: "2.5.4.3")!)
                    pair.writeUTF8String(cn)
                }
            }
        }
        return writer.bytes
    }

    /// One `Extension` SEQUENCE.
    static func extensionElement(_ oid: String, critical: Bool = false, value: [UInt8]) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { ext in
            ext.writeObjectIdentifier(OID(dotted: oid)!)
            if critical { ext.writeBoolean(true) }
            ext.writeOctetString(value)
        }
        return writer.bytes
    }

    /// `[3] EXPLICIT SEQUENCE OF Extension`.
    static func extensionsBlock(_ extensions: [[UInt8]]) -> [UInt8] {
        var writer = DERWriter()
        writer.writeExplicit(3) { outer in
            outer.writeSequence { list in
                for ext in extensions { list.writeEncoded(ext) }
            }
        }
        return writer.bytes
    }

    static let basicConstraintsCA = extensionElement("2.5.29.19", critical: true, value: hex("30 03 01 01 ff"))

    /// The TBS fields in order: version, serial, signature, issuer, validity, subject,
    /// subjectPublicKeyInfo, unique IDs, extensions.
    var fields: [[UInt8]] { [version ?? [], serial, innerAlgorithm, issuer, validity, subject, publicKey, uniqueIDs, extensions] }

    /// The TBSCertificate encoding.
    var tbs: [UInt8] { CertificateBuilder.wrap(0x30, fields.flatMap { $0 }) }

    /// The whole certificate.
    var der: [UInt8] {
        CertificateBuilder.wrap(0x30, tbs + (outerAlgorithm ?? innerAlgorithm) + signature) + trailing
    }

    /// Offset in `der` of the first byte of TBS field `index` (see `fields`).
    func offset(ofField index: Int) -> Int {
        let tbsBytes = tbs
        let content = fields.flatMap { $0 }
        let outer = CertificateBuilder.headerLength(tbsBytes.count + (outerAlgorithm ?? innerAlgorithm).count + signature.count)
        return outer + (tbsBytes.count - content.count) + fields[..<index].reduce(0) { $0 + $1.count }
    }

    /// Offset in `der` of the outer signatureAlgorithm.
    var outerAlgorithmOffset: Int {
        let tbsBytes = tbs
        return CertificateBuilder.headerLength(tbsBytes.count + (outerAlgorithm ?? innerAlgorithm).count + signature.count) + tbsBytes.count
    }

    static func headerLength(_ contentLength: Int) -> Int {
        contentLength < 0x80 ? 2 : (contentLength < 0x100 ? 3 : (contentLength < 0x10000 ? 4 : 5))
    }

    /// A TLV with a one-byte tag and a minimal length.
    static func wrap(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var writer = DERWriter()
        writer.writeEncoded([tag])
        let length = content.count
        if length < 0x80 {
            writer.writeEncoded([UInt8(length)])
        } else if length < 0x100 {
            writer.writeEncoded([0x81, UInt8(length)])
        } else {
            writer.writeEncoded([0x82, UInt8(length >> 8), UInt8(length & 0xFF)])
        }
        writer.writeEncoded(content)
        return writer.bytes
    }
}
