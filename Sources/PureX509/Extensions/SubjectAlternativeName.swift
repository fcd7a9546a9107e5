import PureX509ASN1

/// `SubjectAltName ::= GeneralNames` (RFC 5280 4.2.1.6).
public struct SubjectAlternativeName: X509ExtensionValue {
    public static var kind: ExtensionKind { .subjectAltName }

    /// The names, in encoding order.
    public let names: [GeneralName]

    /// A value listing `names`.
    public init(names: [GeneralName]) { self.names = names }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    /// The dNSName entries.
    public var dnsNames: [String] { names.compactMap { if case .dnsName(let name) = $0 { return name } else { return nil } } }
    /// The iPAddress entries.
    public var ipAddresses: [IPAddress] { names.compactMap { if case .ipAddress(let ip) = $0 { return ip } else { return nil } } }
    /// The rfc822Name entries.
    public var emailAddresses: [String] { names.compactMap { if case .rfc822Name(let name) = $0 { return name } else { return nil } } }
    /// The uniformResourceIdentifier entries.
    public var uris: [String] {
        names.compactMap { if case .uniformResourceIdentifier(let uri) = $0 { return uri } else { return nil } }
    }
}

extension SubjectAlternativeName: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> SubjectAlternativeName {
        let element = try reader.readElement(.sequence)
        return SubjectAlternativeName(names: try GeneralName.parseList(&reader, content: element, materialize: context.materialize))
    }
}
