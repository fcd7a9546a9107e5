import PureX509ASN1

/// `InhibitAnyPolicy ::= SkipCerts` (INTEGER 0..MAX), RFC 5280 4.2.1.14.
public struct InhibitAnyPolicy: X509ExtensionValue {
    public static var kind: ExtensionKind { .inhibitAnyPolicy }

    /// Certificates that may follow before anyPolicy stops matching.
    public let skipCerts: Int

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(skipCerts: Int) { self.skipCerts = skipCerts }
}

extension InhibitAnyPolicy: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> InhibitAnyPolicy {
        InhibitAnyPolicy(skipCerts: try reader.readNonNegativeInt())
    }
}
