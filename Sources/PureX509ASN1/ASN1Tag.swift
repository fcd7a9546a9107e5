/// The class of an ASN.1 tag (X.690 section 8.1.2.2).
public enum ASN1TagClass: UInt8, Sendable, Hashable {
    case universal = 0
    case application = 1
    case contextSpecific = 2
    case `private` = 3
}

/// An ASN.1 identifier: class, primitive/constructed flag and tag number (X.690 8.1.2).
///
/// Tag numbers above 30 use the high-tag-number form; the reader accepts numbers up to
/// 2^28 - 1, which covers every tag any X.509 or PKCS structure uses.
public struct ASN1Tag: Hashable, Sendable {
    public let tagClass: ASN1TagClass
    public let isConstructed: Bool
    public let number: UInt32

    @inlinable
    public init(_ tagClass: ASN1TagClass, number: UInt32, constructed: Bool) {
        self.tagClass = tagClass
        self.number = number
        self.isConstructed = constructed
    }

    /// The single identifier octet for low tag numbers (0...30), or nil for the high form.
    @inlinable
    public var lowFormByte: UInt8? {
        guard number < 31 else { return nil }
        return (tagClass.rawValue << 6) | (isConstructed ? 0x20 : 0) | UInt8(number)
    }

    // Universal tags used by X.509 and PKCS (X.680 section 8.4, table 1).
    public static let boolean = ASN1Tag(.universal, number: 1, constructed: false)
    public static let integer = ASN1Tag(.universal, number: 2, constructed: false)
    public static let bitString = ASN1Tag(.universal, number: 3, constructed: false)
    public static let octetString = ASN1Tag(.universal, number: 4, constructed: false)
    public static let null = ASN1Tag(.universal, number: 5, constructed: false)
    public static let objectIdentifier = ASN1Tag(.universal, number: 6, constructed: false)
    public static let enumerated = ASN1Tag(.universal, number: 10, constructed: false)
    public static let utf8String = ASN1Tag(.universal, number: 12, constructed: false)
    public static let sequence = ASN1Tag(.universal, number: 16, constructed: true)
    public static let set = ASN1Tag(.universal, number: 17, constructed: true)
    public static let numericString = ASN1Tag(.universal, number: 18, constructed: false)
    public static let printableString = ASN1Tag(.universal, number: 19, constructed: false)
    public static let t61String = ASN1Tag(.universal, number: 20, constructed: false)
    public static let ia5String = ASN1Tag(.universal, number: 22, constructed: false)
    public static let utcTime = ASN1Tag(.universal, number: 23, constructed: false)
    public static let generalizedTime = ASN1Tag(.universal, number: 24, constructed: false)
    public static let visibleString = ASN1Tag(.universal, number: 26, constructed: false)
    public static let universalString = ASN1Tag(.universal, number: 28, constructed: false)
    public static let bmpString = ASN1Tag(.universal, number: 30, constructed: false)

    /// `[n]` with the constructed bit set: the EXPLICIT form, or IMPLICIT over a SEQUENCE/SET.
    @inlinable
    public static func contextSpecific(_ number: UInt32, constructed: Bool = true) -> ASN1Tag {
        ASN1Tag(.contextSpecific, number: number, constructed: constructed)
    }

    /// `[n]` primitive: IMPLICIT over a primitive type (e.g. GeneralName's dNSName `[2]`).
    @inlinable
    public static func contextSpecificPrimitive(_ number: UInt32) -> ASN1Tag {
        ASN1Tag(.contextSpecific, number: number, constructed: false)
    }

    /// Universal types whose DER encoding must be primitive (X.690 10.2: DER uses the
    /// primitive form for strings; BOOLEAN, INTEGER, NULL, OID, times are always primitive).
    @inlinable
    var mustBePrimitive: Bool {
        guard tagClass == .universal else { return false }
        switch number {
        case 1, 2, 3, 4, 5, 6, 9, 10, 12, 13, 18...30: return true
        default: return false
        }
    }

    /// Universal SEQUENCE and SET are always constructed (X.690 8.9.1, 8.11.1).
    @inlinable
    var mustBeConstructed: Bool {
        tagClass == .universal && (number == 16 || number == 17)
    }
}

extension ASN1Tag: CustomStringConvertible {
    /// Names universal tags (`SEQUENCE`, `INTEGER`, ...) and writes others as `[2]`,
    /// `[APPLICATION 1]` or `[PRIVATE 3]`, with ` cons` when constructed and not universal.
    public var description: String {
        switch tagClass {
        case .universal:
            if let name = ASN1Tag.universalNames[number] { return name }
            return "UNIVERSAL \(number)" + (isConstructed ? " cons" : "")
        case .contextSpecific:
            return "[\(number)]" + (isConstructed ? " cons" : "")
        case .application:
            return "[APPLICATION \(number)]" + (isConstructed ? " cons" : "")
        case .private:
            return "[PRIVATE \(number)]" + (isConstructed ? " cons" : "")
        }
    }

    static let universalNames: [UInt32: String] = [
        0: "END-OF-CONTENTS", 1: "BOOLEAN", 2: "INTEGER", 3: "BIT STRING", 4: "OCTET STRING",
        5: "NULL", 6: "OBJECT IDENTIFIER", 7: "ObjectDescriptor", 8: "EXTERNAL", 9: "REAL",
        10: "ENUMERATED", 11: "EMBEDDED PDV", 12: "UTF8String", 13: "RELATIVE-OID",
        16: "SEQUENCE", 17: "SET", 18: "NumericString", 19: "PrintableString",
        20: "T61String", 21: "VideotexString", 22: "IA5String", 23: "UTCTime",
        24: "GeneralizedTime", 25: "GraphicString", 26: "VisibleString", 27: "GeneralString",
        28: "UniversalString", 29: "CHARACTER STRING", 30: "BMPString",
    ]
}
