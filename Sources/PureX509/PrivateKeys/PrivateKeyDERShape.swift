import PureX509ASN1

/// Which private key encoding a DER buffer has, told from its outer structure alone (the
/// parsers then check everything). Used to read DER keys of unknown encoding and to sniff
/// file formats.
enum PrivateKeyDERShape: Hashable, Sendable {
    /// `SEQUENCE { INTEGER 0|1, SEQUENCE, OCTET STRING, ... }`: PKCS#8.
    case pkcs8
    /// `SEQUENCE { SEQUENCE, OCTET STRING }`: PKCS#8 EncryptedPrivateKeyInfo.
    case encryptedPKCS8
    /// `SEQUENCE { INTEGER 0|1, 8 INTEGERs, [SEQUENCE] }`: PKCS#1 RSAPrivateKey.
    case pkcs1
    /// `SEQUENCE { INTEGER 1, OCTET STRING, ... }`: SEC 1 ECPrivateKey.
    case sec1
    /// `SEQUENCE { INTEGER 0, 5 INTEGERs }`: OpenSSL's traditional DSA key.
    case traditionalDSA

    /// The shape of `bytes`, or nil when it is none of these.
    static func detect(_ bytes: [UInt8]) -> PrivateKeyDERShape? {
        var reader = DERReader(bytes)
        guard let outer = try? reader.readElement(.sequence), reader.isAtEnd else { return nil }
        var body = DERReader(bytes, range: outer.contentRange, depth: 1)
        var tags: [ASN1Tag] = []
        var firstInteger: Int?
        while !body.isAtEnd, tags.count < 12 {
            guard let element = try? body.readElement() else { return nil }
            if tags.isEmpty && element.tag == .integer && element.contentLength == 1 {
                firstInteger = Int(bytes[element.contentStart])
            }
            tags.append(element.tag)
        }
        guard let first = tags.first else { return nil }
        if first == .sequence {
            return tags.count == 2 && tags[1] == .octetString ? .encryptedPKCS8 : nil
        }
        guard first == .integer, tags.count >= 2, let version = firstInteger else { return nil }
        switch tags[1] {
        case .sequence where version <= 1 && tags.count >= 3 && tags[2] == .octetString:
            return .pkcs8
        case .octetString where version == 1:
            return .sec1
        case .integer:
            let integers = tags.prefix { $0 == .integer }.count
            if (integers == 9 && tags.count == 9 && version == 0) || (integers == 9 && tags.count == 10 && version == 1) {
                return .pkcs1
            }
            if integers == 6 && tags.count == 6 && version == 0 { return .traditionalDSA }
            return nil
        default:
            return nil
        }
    }
}
