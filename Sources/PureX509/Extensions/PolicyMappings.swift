import PureX509ASN1

/// `PolicyMappings ::= SEQUENCE SIZE (1..MAX) OF SEQUENCE { issuerDomainPolicy CertPolicyId,
/// subjectDomainPolicy CertPolicyId }` (RFC 5280 4.2.1.5).
public struct PolicyMappings: X509ExtensionValue {
    public static var kind: ExtensionKind { .policyMappings }

    /// One mapping.
    public struct Mapping: Hashable, Sendable {
        /// The policy of the issuing CA's domain.
        public let issuerDomainPolicy: OID
        /// The policy of the subject CA's domain that the issuer considers equivalent to
        /// `issuerDomainPolicy`.
        public let subjectDomainPolicy: OID
    }

    /// The mappings, in encoding order.
    public let mappings: [Mapping]

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(mappings: [Mapping]) { self.mappings = mappings }
}

extension PolicyMappings: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> PolicyMappings {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { list in
            var mappings: [Mapping] = []
            while !list.isAtEnd {
                let mapping = try list.readSequence { pair in
                    let issuer = pair.oid(of: try pair.readObjectIdentifierElement())
                    let subject = pair.oid(of: try pair.readObjectIdentifierElement())
                    return Mapping(issuerDomainPolicy: issuer, subjectDomainPolicy: subject)
                }
                if context.materialize { mappings.append(mapping) }
            }
            return PolicyMappings(mappings: mappings)
        }
    }
}
