/// The decoded value of one element in an `ASN1Dump`. Content octets are not copied: the
/// renderers slice them from the dump's buffer through the node's element.
public enum ASN1DumpValue: Hashable, Sendable {
    /// A constructed element (its children are the node's children).
    case constructed
    /// BOOLEAN.
    case boolean(Bool)
    /// INTEGER or ENUMERATED; `small` holds the value when it fits in 64 bits.
    case integer(small: Int?)
    /// OBJECT IDENTIFIER.
    case objectIdentifier(OID)
    /// A character string of a known kind, decoded.
    case string(ASN1StringKind, String)
    /// UTCTime or GeneralizedTime.
    case time(ASN1Time)
    /// BIT STRING with its unused-bit count.
    case bitString(unusedBits: UInt8)
    /// OCTET STRING.
    case octetString
    /// NULL.
    case null
    /// Any other primitive element (implicitly tagged values, unknown universal types).
    case other
    /// The content breaks the DER rules of its type; the node's `error` says how.
    case invalid
}
