import PureX509ASN1

/// `KeyUsage ::= BIT STRING { digitalSignature (0), nonRepudiation (1),
/// keyEncipherment (2), dataEncipherment (3), keyAgreement (4), keyCertSign (5),
/// cRLSign (6), encipherOnly (7), decipherOnly (8) }` (RFC 5280 4.2.1.3).
///
/// Named leniency `Leniencies.keyUsageNotMinimal`: a BIT STRING with trailing zero bits is
/// accepted and flagged (two Trustwave roots in the Debian bundle encode `03 03 07 06 00`).
public struct KeyUsage: OptionSet, X509ExtensionValue {
    public static var kind: ExtensionKind { .keyUsage }
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let digitalSignature = KeyUsage(rawValue: 1 << 0)
    /// Also called contentCommitment.
    public static let nonRepudiation = KeyUsage(rawValue: 1 << 1)
    public static let keyEncipherment = KeyUsage(rawValue: 1 << 2)
    public static let dataEncipherment = KeyUsage(rawValue: 1 << 3)
    public static let keyAgreement = KeyUsage(rawValue: 1 << 4)
    public static let keyCertSign = KeyUsage(rawValue: 1 << 5)
    public static let cRLSign = KeyUsage(rawValue: 1 << 6)
    public static let encipherOnly = KeyUsage(rawValue: 1 << 7)
    public static let decipherOnly = KeyUsage(rawValue: 1 << 8)

    /// Each bit with its RFC 5280 name and OpenSSL's display name, in bit order.
    public static let names: [(usage: KeyUsage, name: String, title: String)] = [
        (.digitalSignature, "digitalSignature", "Digital Signature"),
        (.nonRepudiation, "nonRepudiation", "Non Repudiation"),
        (.keyEncipherment, "keyEncipherment", "Key Encipherment"),
        (.dataEncipherment, "dataEncipherment", "Data Encipherment"),
        (.keyAgreement, "keyAgreement", "Key Agreement"),
        (.keyCertSign, "keyCertSign", "Certificate Sign"),
        (.cRLSign, "cRLSign", "CRL Sign"),
        (.encipherOnly, "encipherOnly", "Encipher Only"),
        (.decipherOnly, "decipherOnly", "Decipher Only"),
    ]

    /// The RFC 5280 names of the bits set.
    public var usageNames: [String] { KeyUsage.names.filter { contains($0.usage) }.map(\.name) }
    /// OpenSSL's names of the bits set ("Digital Signature, Certificate Sign").
    public var titles: [String] { KeyUsage.names.filter { contains($0.usage) }.map(\.title) }

    /// Parses an extnValue (non-minimal encodings accepted, see the type's documentation).
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }
}

extension KeyUsage: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> KeyUsage {
        let bits = try reader.readBitString()
        if !reader.isMinimalNamedBitList(bits) { context.leniencies.insert(.keyUsageNotMinimal) }
        return KeyUsage(rawValue: UInt16(truncatingIfNeeded: reader.namedBits(bits, count: 9)))
    }
}
