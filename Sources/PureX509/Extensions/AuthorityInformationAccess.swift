import PureX509ASN1

/// `AuthorityInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX) OF AccessDescription`
/// (RFC 5280 4.2.2.1).
public struct AuthorityInformationAccess: X509ExtensionValue {
    public static var kind: ExtensionKind { .authorityInfoAccess }

    /// The descriptions, in encoding order.
    public let descriptions: [AccessDescription]

    /// OCSP responder URIs.
    public var ocspURIs: [String] { AccessDescription.uris(descriptions, method: AccessDescription.ocsp) }
    /// URIs where the issuer's certificate can be fetched.
    public var caIssuersURIs: [String] { AccessDescription.uris(descriptions, method: AccessDescription.caIssuers) }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(descriptions: [AccessDescription]) { self.descriptions = descriptions }
}

extension AuthorityInformationAccess: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> AuthorityInformationAccess {
        AuthorityInformationAccess(descriptions: try AccessDescription.parseList(&reader, materialize: context.materialize))
    }
}
