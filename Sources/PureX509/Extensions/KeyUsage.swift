import PureX509ASN1

/// `KeyUsage ::= BIT STRING { digitalSignature (0), nonRepudiation (1),
/// keyEncipherment (2), dataEncipherment (3), keyAgreement (4), keyCertSign (5),
/// cRLSign (6), encipherOnly (7), decipherOnly (8) }` (RFC 5280 4.2.1.3).
///
/// Named leniency `Leniencies.keyUsageNotMinimal`: a BIT STRING with trailing zero bits is
/// accepted and flagged (two Trustwave roots in the Debian bundle encode `03 03 07 06 00`).
public struct KeyUsage: OptionSet, X509ExtensionValue {
    /// The extension this type decodes: keyUsage.
    public static var kind: ExtensionKind { .keyUsage }
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Bit 0: verifying signatures other than on certificates and CRLs, such as a TLS handshake
    /// signature (ECDHE key exchange).
    public static let digitalSignature = KeyUsage(rawValue: 1 << 0)
    /// Also called contentCommitment.
    public static let nonRepudiation = KeyUsage(rawValue: 1 << 1)
    /// Bit 2: enciphering keys, such as RSA key transport in TLS 1.2 without ECDHE.
    public static let keyEncipherment = KeyUsage(rawValue: 1 << 2)
    /// Bit 3: enciphering data directly with the public key (rare).
    public static let dataEncipherment = KeyUsage(rawValue: 1 << 3)
    /// Bit 4: key agreement, such as static (EC)DH.
    public static let keyAgreement = KeyUsage(rawValue: 1 << 4)
    /// Bit 5: verifying signatures on certificates; a CA must have it (RFC 5280 4.2.1.9).
    public static let keyCertSign = KeyUsage(rawValue: 1 << 5)
    /// Bit 6: verifying signatures on CRLs.
    public static let cRLSign = KeyUsage(rawValue: 1 << 6)
    /// Bit 7: with keyAgreement, the agreed key may only encipher.
    public static let encipherOnly = KeyUsage(rawValue: 1 << 7)
    /// Bit 8: with keyAgreement, the agreed key may only decipher.
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
