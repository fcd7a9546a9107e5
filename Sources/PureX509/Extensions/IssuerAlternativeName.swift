import PureX509ASN1

/// `IssuerAltName ::= GeneralNames` (RFC 5280 4.2.1.7).
public struct IssuerAlternativeName: X509ExtensionValue {
    public static var kind: ExtensionKind { .issuerAltName }

    /// The names, in encoding order.
    public let names: [GeneralName]

    /// A value listing `names`.
    public init(names: [GeneralName]) { self.names = names }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }
}

extension IssuerAlternativeName: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> IssuerAlternativeName {
        let element = try reader.readElement(.sequence)
        return IssuerAlternativeName(names: try GeneralName.parseList(&reader, content: element, materialize: context.materialize))
    }
}
