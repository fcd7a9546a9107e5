import PureX509ASN1

/// What a DER buffer was meant to be, told leniently from its first elements alone, so that
/// a file the one reader (``InputContents``) found cut off or of no known kind gets a precise
/// message ("a damaged PKCS#12 archive") instead of a bare parse error. Wording only: what a
/// file holds and whether it reads is the one reader's verdict.
enum DERShape: Equatable {
    /// `SEQUENCE { SEQUENCE, SEQUENCE, BIT STRING }`: a certificate (or a CRL).
    case certificate
    /// PFX (RFC 7292): `SEQUENCE { INTEGER 3, ContentInfo(data) ... }`.
    case pkcs12
    /// ContentInfo with signedData (RFC 2315): a PKCS#7 certificate bundle.
    case pkcs7
    /// PKCS#8 (plain or encrypted), PKCS#1 RSAPrivateKey or SEC 1 ECPrivateKey.
    case privateKey
    /// Anything else.
    case other

    static let pkcs7Data: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01]
    static let pkcs7SignedData: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]

    static func detect(_ bytes: [UInt8]) -> DERShape {
        // The outer header, read leniently: a truncated certificate still looks like one.
        guard bytes.count >= 2, bytes[0] == 0x30 else { return .other }
        var contentStart = 2
        if bytes[1] & 0x80 != 0 {
            contentStart += Int(bytes[1] & 0x7F)
        }
        guard contentStart < bytes.count else { return .other }
        var reader = DERReader(bytes, range: contentStart..<bytes.count)
        var tags: [ASN1Tag] = []
        var elements: [DERElement] = []
        while tags.count < 3, !reader.isAtEnd, let element = try? reader.readElement() {
            tags.append(element.tag)
            elements.append(element)
        }
        if tags.isEmpty {
            // Not even one whole inner element: judge by the first tag byte.
            return bytes[contentStart] == 0x30 ? .certificate : .other
        }
        func content(_ index: Int) -> ArraySlice<UInt8> { bytes[elements[index].contentRange] }
        switch tags[0] {
        case .objectIdentifier where content(0).elementsEqual(pkcs7SignedData):
            return .pkcs7
        case .integer:
            let version = content(0)
            if version.elementsEqual([3]), tags.count >= 2, tags[1] == .sequence {
                var inner = DERReader(bytes, range: elements[1].contentRange)
                if let oid = try? inner.readElement(.objectIdentifier), bytes[oid.contentRange].elementsEqual(pkcs7Data) {
                    return .pkcs12
                }
            }
            if (version.elementsEqual([0]) || version.elementsEqual([1])) && tags.count >= 2
                && (tags[1] == .sequence || tags[1] == .integer || tags[1] == .octetString)
            {
                return .privateKey
            }
            return .other
        case .sequence:
            if tags.count >= 2, tags[1] == .octetString { return .privateKey }  // EncryptedPrivateKeyInfo
            return .certificate
        default:
            return .other
        }
    }
}
