import PureX509ASN1

/// `PolicyConstraints ::= SEQUENCE { requireExplicitPolicy [0] SkipCerts OPTIONAL,
/// inhibitPolicyMapping [1] SkipCerts OPTIONAL }` (RFC 5280 4.2.1.11). An empty sequence is
/// rejected ("MUST NOT issue ... an empty sequence").
public struct PolicyConstraints: X509ExtensionValue {
    public static var kind: ExtensionKind { .policyConstraints }

    /// Certificates that may follow before an explicit policy is required.
    public let requireExplicitPolicy: Int?
    /// Certificates that may follow before policy mapping is no longer allowed.
    public let inhibitPolicyMapping: Int?

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(requireExplicitPolicy: Int?, inhibitPolicyMapping: Int?) {
        self.requireExplicitPolicy = requireExplicitPolicy
        self.inhibitPolicyMapping = inhibitPolicyMapping
    }
}

extension PolicyConstraints: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> PolicyConstraints {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { seq in
            let require = try seq.readOptionalElement(.contextSpecificPrimitive(0)).map { try seq.nonNegativeInt($0) }
            let inhibit = try seq.readOptionalElement(.contextSpecificPrimitive(1)).map { try seq.nonNegativeInt($0) }
            return PolicyConstraints(requireExplicitPolicy: require, inhibitPolicyMapping: inhibit)
        }
    }
}
