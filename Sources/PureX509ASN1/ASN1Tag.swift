/// The class of an ASN.1 tag (X.690 section 8.1.2.2).
public enum ASN1TagClass: UInt8, Sendable, Hashable {
    /// Universal (00): the types X.680 defines (INTEGER, SEQUENCE, UTF8String, ...).
    case universal = 0
    /// Application (01): types defined by an application; not used in X.509.
    case application = 1
    /// Context-specific (10): `[n]` tags that tell fields of one SEQUENCE or CHOICE apart, such as
    /// `[3] extensions`.
    case contextSpecific = 2
    /// Private (11): organisation-specific types; not used in X.509.
    case `private` = 3
}

/// An ASN.1 identifier: class, primitive/constructed flag and tag number (X.690 8.1.2).
///
/// Tag numbers above 30 use the high-tag-number form; the reader accepts numbers up to
/// 2^28 - 1, which covers every tag any X.509 or PKCS structure uses.
public struct ASN1Tag: Hashable, Sendable {
    /// Packed form: bits 30-31 class, bit 29 constructed, bits 0-27 number. One integer
    /// compare tests a tag, which keeps the reader's hot path short.
    @usableFromInline let packed: UInt32

    @inlinable
    init(packed: UInt32) { self.packed = packed }

    /// The tag of `tagClass` and `number`, primitive or constructed.
    @inlinable
    public init(_ tagClass: ASN1TagClass, number: UInt32, constructed: Bool) {
        packed = UInt32(tagClass.rawValue) << 30 | (constructed ? 1 << 29 : 0) | (number & 0x0FFF_FFFF)
    }

    /// The tag's class.
    @inlinable
    public var tagClass: ASN1TagClass {
        switch packed >> 30 {
        case 0: return .universal
        case 1: return .application
        case 2: return .contextSpecific
        default: return .private
        }
    }

    /// Whether the encoding is constructed (contains elements) rather than primitive.
    @inlinable public var isConstructed: Bool { packed & (1 << 29) != 0 }

    /// The tag number.
    @inlinable public var number: UInt32 { packed & 0x0FFF_FFFF }

    /// The single identifier octet for low tag numbers (0...30), or nil for the high form.
    @inlinable
    public var lowFormByte: UInt8? {
        guard number < 31 else { return nil }
        return UInt8(packed >> 30) << 6 | (isConstructed ? 0x20 : 0) | UInt8(number)
    }

    // Universal tags used by X.509 and PKCS (X.680 section 8.4, table 1). Computed from a
    // packed constant rather than stored: a stored `static let` is reached through a lazy
    // initializer on every use, which showed up in parsing profiles.
    /// BOOLEAN (universal 1, primitive).
    @inlinable public static var boolean: ASN1Tag { ASN1Tag(packed: 0x00000001) }
    /// INTEGER (universal 2, primitive).
    @inlinable public static var integer: ASN1Tag { ASN1Tag(packed: 0x00000002) }
    /// BIT STRING (universal 3, primitive; DER forbids the constructed form).
    @inlinable public static var bitString: ASN1Tag { ASN1Tag(packed: 0x00000003) }
    /// OCTET STRING (universal 4, primitive).
    @inlinable public static var octetString: ASN1Tag { ASN1Tag(packed: 0x00000004) }
    /// NULL (universal 5, primitive).
    @inlinable public static var null: ASN1Tag { ASN1Tag(packed: 0x00000005) }
    /// OBJECT IDENTIFIER (universal 6, primitive).
    @inlinable public static var objectIdentifier: ASN1Tag { ASN1Tag(packed: 0x00000006) }
    /// ENUMERATED (universal 10, primitive).
    @inlinable public static var enumerated: ASN1Tag { ASN1Tag(packed: 0x0000000A) }
    /// UTF8String (universal 12, primitive).
    @inlinable public static var utf8String: ASN1Tag { ASN1Tag(packed: 0x0000000C) }
    /// SEQUENCE and SEQUENCE OF (universal 16, constructed).
    @inlinable public static var sequence: ASN1Tag { ASN1Tag(packed: 0x20000010) }
    /// SET and SET OF (universal 17, constructed).
    @inlinable public static var set: ASN1Tag { ASN1Tag(packed: 0x20000011) }
    /// NumericString (universal 18, primitive).
    @inlinable public static var numericString: ASN1Tag { ASN1Tag(packed: 0x00000012) }
    /// PrintableString (universal 19, primitive).
    @inlinable public static var printableString: ASN1Tag { ASN1Tag(packed: 0x00000013) }
    /// TeletexString / T61String (universal 20, primitive).
    @inlinable public static var t61String: ASN1Tag { ASN1Tag(packed: 0x00000014) }
    /// IA5String (universal 22, primitive).
    @inlinable public static var ia5String: ASN1Tag { ASN1Tag(packed: 0x00000016) }
    /// UTCTime (universal 23, primitive).
    @inlinable public static var utcTime: ASN1Tag { ASN1Tag(packed: 0x00000017) }
    /// GeneralizedTime (universal 24, primitive).
    @inlinable public static var generalizedTime: ASN1Tag { ASN1Tag(packed: 0x00000018) }
    /// VisibleString (universal 26, primitive).
    @inlinable public static var visibleString: ASN1Tag { ASN1Tag(packed: 0x0000001A) }
    /// UniversalString (universal 28, primitive).
    @inlinable public static var universalString: ASN1Tag { ASN1Tag(packed: 0x0000001C) }
    /// BMPString (universal 30, primitive).
    @inlinable public static var bmpString: ASN1Tag { ASN1Tag(packed: 0x0000001E) }

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
        // Universal numbers 1-6, 9, 10, 12, 13 and 18-30 as a bit mask.
        packed >> 30 == 0 && number < 32 && (0x7FFC_367E as UInt32) >> number & 1 != 0
    }

    /// Universal SEQUENCE and SET are always constructed (X.690 8.9.1, 8.11.1).
    @inlinable
    var mustBeConstructed: Bool {
        packed >> 30 == 0 && (number == 16 || number == 17)
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
