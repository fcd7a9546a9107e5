/// The class of an ASN.1 tag (X.690 section 8.1.2.2).
public enum ASN1TagClass: UInt8, Sendable, Hashable {
    case universal = 0
    case application = 1
    case contextSpecific = 2
    case `private` = 3
}
