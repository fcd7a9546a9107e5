/// Every way a DER encoding can be malformed. Each case carries the absolute byte offset
/// (from the start of the buffer the reader was created over) where the problem starts.
///
/// Higher layers wrap these with the field being read (see `FieldError` in PureX509), so a
/// person reads "issuer: non-minimal length at byte 312".
public enum DERError: Error, Equatable, Hashable, Sendable {
    /// The element needs more bytes than remain (`needed` bytes from `offset`).
    case truncated(offset: Int, needed: Int, available: Int)
    /// An element was expected but the enclosing structure ended.
    case missingElement(offset: Int, expected: ASN1Tag)
    /// A different tag was found than the structure requires.
    case unexpectedTag(offset: Int, expected: ASN1Tag, found: ASN1Tag)
    /// Bytes remain after the last element of a structure or of the input (X.690 8.1.1).
    case trailingData(offset: Int, count: Int)
    /// Indefinite length (0x80) is BER only; DER requires definite lengths (X.690 10.1).
    case indefiniteLength(offset: Int)
    /// The length uses more octets than needed, or the long form for a value below 128
    /// (X.690 10.1).
    case nonMinimalLength(offset: Int)
    /// The length does not fit in the reader's limits (0xFF is reserved, X.690 8.1.3.5).
    case lengthTooLarge(offset: Int)
    /// High-tag-number form with a leading 0x80 octet or used for a number below 31
    /// (X.690 8.1.2.4).
    case nonMinimalTag(offset: Int)
    /// A tag number larger than this reader supports (2^28 - 1).
    case tagNumberTooLarge(offset: Int)
    /// END-OF-CONTENTS (universal 0) cannot appear in DER.
    case endOfContentsTag(offset: Int)
    /// A universal type that must be primitive was constructed, or the reverse (X.690 10.2).
    case wrongConstructedBit(offset: Int, tag: ASN1Tag)
    /// Nesting deeper than the reader's limit.
    case nestingTooDeep(offset: Int, limit: Int)
    /// More elements than a tree-building reader (`ASN1Node`, `ASN1Dump`) accepts; the
    /// offset is that of the first element over the limit. Keeps memory bounded: a tree
    /// node takes far more memory than the two bytes a hostile element can take.
    case tooManyElements(offset: Int, limit: Int)
    /// BOOLEAN content must be one octet, 0x00 or 0xFF (X.690 11.1).
    case invalidBoolean(offset: Int)
    /// INTEGER or ENUMERATED with no content octets (X.690 8.3.1).
    case emptyInteger(offset: Int)
    /// INTEGER with a redundant leading 0x00 or 0xFF octet (X.690 8.3.2).
    case nonMinimalInteger(offset: Int)
    /// INTEGER too large for the requested Swift type, or negative where unsigned is required.
    case integerOutOfRange(offset: Int)
    /// BIT STRING with no content, an unused-bit count above 7, unused bits in an empty
    /// string, or unused bits that are not zero (X.690 8.6.2, 11.2.1).
    case invalidBitString(offset: Int)
    /// NULL with content (X.690 8.8.2).
    case invalidNull(offset: Int)
    /// OBJECT IDENTIFIER that is empty, has a non-minimal (0x80-led) arc, ends inside an arc,
    /// or has an arc too large (X.690 8.19.2).
    case invalidObjectIdentifier(offset: Int)
    /// UTCTime/GeneralizedTime not in the exact form RFC 5280 4.1.2.5 requires, or an
    /// impossible date.
    case invalidTime(offset: Int)
    /// String content not valid for its type (e.g. '@' in PrintableString, bad UTF-8).
    case invalidString(offset: Int, tag: ASN1Tag)
    /// The input exceeds the configured size limit.
    case inputTooLarge(size: Int, limit: Int)

    /// The byte offset the error points at.
    public var offset: Int {
        switch self {
        case .truncated(let o, _, _), .missingElement(let o, _), .unexpectedTag(let o, _, _),
            .trailingData(let o, _), .indefiniteLength(let o), .nonMinimalLength(let o),
            .lengthTooLarge(let o), .nonMinimalTag(let o), .tagNumberTooLarge(let o),
            .endOfContentsTag(let o), .wrongConstructedBit(let o, _), .nestingTooDeep(let o, _),
            .tooManyElements(let o, _),
            .invalidBoolean(let o), .emptyInteger(let o), .nonMinimalInteger(let o),
            .integerOutOfRange(let o), .invalidBitString(let o), .invalidNull(let o),
            .invalidObjectIdentifier(let o), .invalidTime(let o), .invalidString(let o, _):
            return o
        case .inputTooLarge:
            return 0
        }
    }

    /// A short phrase naming the problem, without the offset.
    public var reason: String {
        switch self {
        case .truncated(_, let needed, let available):
            return "truncated: needs \(needed) bytes, \(available) remain"
        case .missingElement(_, let expected): return "missing \(expected)"
        case .unexpectedTag(_, let expected, let found): return "expected \(expected), found \(found)"
        case .trailingData(_, let count): return "\(count) trailing bytes"
        case .indefiniteLength: return "indefinite length (BER, not DER)"
        case .nonMinimalLength: return "non-minimal length"
        case .lengthTooLarge: return "length too large"
        case .nonMinimalTag: return "non-minimal high tag number"
        case .tagNumberTooLarge: return "tag number too large"
        case .endOfContentsTag: return "end-of-contents octets (BER, not DER)"
        case .wrongConstructedBit(_, let tag):
            return tag.mustBeConstructed ? "\(tag) encoded as primitive" : "\(tag) encoded as constructed"
        case .nestingTooDeep(_, let limit): return "nesting deeper than \(limit) levels"
        case .tooManyElements(_, let limit): return "more than \(limit) elements"
        case .invalidBoolean: return "BOOLEAN must be 00 or FF"
        case .emptyInteger: return "empty INTEGER"
        case .nonMinimalInteger: return "non-minimal INTEGER"
        case .integerOutOfRange: return "INTEGER out of range"
        case .invalidBitString: return "invalid BIT STRING"
        case .invalidNull: return "NULL with content"
        case .invalidObjectIdentifier: return "invalid OBJECT IDENTIFIER"
        case .invalidTime: return "invalid time"
        case .invalidString(_, let tag): return "invalid \(tag) content"
        case .inputTooLarge(let size, let limit): return "input of \(size) bytes exceeds limit of \(limit)"
        }
    }
}

extension DERError: CustomStringConvertible {
    /// "non-minimal length at byte 312".
    public var description: String {
        if case .inputTooLarge = self { return reason }
        return "\(reason) at byte \(offset)"
    }
}
