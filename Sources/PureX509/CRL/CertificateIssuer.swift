import PureX509ASN1

/// `CertificateIssuer ::= GeneralNames` (RFC 5280 5.3.3): in an indirect CRL, the issuer of
/// this and following entries.
public struct CertificateIssuer: X509ExtensionValue {
    public static var kind: ExtensionKind { .certificateIssuer }

    /// The names, in encoding order.
    public let names: [GeneralName]

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(names: [GeneralName]) { self.names = names }
}

extension CertificateIssuer: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> CertificateIssuer {
        let element = try reader.readElement(.sequence)
        return CertificateIssuer(names: try GeneralName.parseList(&reader, content: element, materialize: context.materialize))
    }
}
