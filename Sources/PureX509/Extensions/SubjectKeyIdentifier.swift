import PureX509ASN1

/// `SubjectKeyIdentifier ::= KeyIdentifier` (OCTET STRING), RFC 5280 4.2.1.2.
public struct SubjectKeyIdentifier: X509ExtensionValue {
    public static var kind: ExtensionKind { .subjectKeyIdentifier }

    /// The identifier's octets.
    public let keyIdentifier: ArraySlice<UInt8>

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(keyIdentifier: ArraySlice<UInt8>) { self.keyIdentifier = keyIdentifier }
}

extension SubjectKeyIdentifier: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> SubjectKeyIdentifier {
        let range = try reader.readOctetString()
        return SubjectKeyIdentifier(keyIdentifier: reader.bytes[range])
    }
}
