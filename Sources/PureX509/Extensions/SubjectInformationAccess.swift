import PureX509ASN1

/// `SubjectInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX) OF AccessDescription`
/// (RFC 5280 4.2.2.2).
public struct SubjectInformationAccess: X509ExtensionValue {
    public static var kind: ExtensionKind { .subjectInfoAccess }

    /// The descriptions, in encoding order.
    public let descriptions: [AccessDescription]

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(descriptions: [AccessDescription]) { self.descriptions = descriptions }
}

extension SubjectInformationAccess: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> SubjectInformationAccess {
        SubjectInformationAccess(descriptions: try AccessDescription.parseList(&reader, materialize: context.materialize))
    }
}
