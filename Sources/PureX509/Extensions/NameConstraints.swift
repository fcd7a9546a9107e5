import PureX509ASN1

/// ```
/// NameConstraints ::= SEQUENCE {
///     permittedSubtrees [0] GeneralSubtrees OPTIONAL,
///     excludedSubtrees  [1] GeneralSubtrees OPTIONAL }
/// GeneralSubtrees ::= SEQUENCE SIZE (1..MAX) OF GeneralSubtree
/// GeneralSubtree ::= SEQUENCE {
///     base    GeneralName,
///     minimum [0] BaseDistance DEFAULT 0,
///     maximum [1] BaseDistance OPTIONAL }
/// ```
/// (RFC 5280 4.2.1.10.) An iPAddress base is an address and a mask (8 or 32 octets). A
/// value with neither list is rejected ("MUST NOT issue ... an empty sequence").
public struct NameConstraints: X509ExtensionValue {
    public static var kind: ExtensionKind { .nameConstraints }

    /// One subtree.
    public struct Subtree: Hashable, Sendable {
        /// The name form and value the subtree is rooted at.
        public let base: GeneralName
        /// `minimum` (RFC 5280 requires 0).
        public let minimum: Int
        /// `maximum` (RFC 5280 requires it absent).
        public let maximum: Int?
    }

    /// Permitted subtrees (nil when absent).
    public let permittedSubtrees: [Subtree]?
    /// Excluded subtrees (nil when absent).
    public let excludedSubtrees: [Subtree]?

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(permittedSubtrees: [Subtree]?, excludedSubtrees: [Subtree]?) {
        self.permittedSubtrees = permittedSubtrees
        self.excludedSubtrees = excludedSubtrees
    }
}

extension NameConstraints: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> NameConstraints {
        let element = try reader.readElement(.sequence)
        guard element.contentLength > 0 else {
            throw X509ParseError(field: "", reason: .empty, offset: element.start)
        }
        return try reader.withContent(of: element) { seq in
            let permitted = try parsingField("permittedSubtrees") { try parseSubtrees(&seq, tag: 0, materialize: context.materialize) }
            let excluded = try parsingField("excludedSubtrees") { try parseSubtrees(&seq, tag: 1, materialize: context.materialize) }
            return NameConstraints(permittedSubtrees: permitted, excludedSubtrees: excluded)
        }
    }

    static func parseSubtrees(_ reader: inout DERReader, tag: UInt32, materialize: Bool) throws -> [Subtree]? {
        guard let element = try reader.readOptionalElement(.contextSpecific(tag)) else { return nil }
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { list in
            var subtrees: [Subtree] = []
            var index = 0
            while !list.isAtEnd {
                let subtree = try parsingField("[\(index)]") {
                    try list.readSequence { seq in
                        let base = try GeneralName.parse(&seq, ipForm: .subnet, materialize: materialize)
                        var minimum = 0
                        if let element = try seq.readOptionalElement(.contextSpecificPrimitive(0)) {
                            minimum = try seq.nonNegativeInt(element)
                            // DEFAULT 0 must not be encoded (X.690 11.5).
                            if minimum == 0 { throw X509ParseError(field: "minimum", reason: .invalid("DEFAULT value 0 encoded"), offset: element.start) }
                        }
                        let maximum = try seq.readOptionalElement(.contextSpecificPrimitive(1)).map { try seq.nonNegativeInt($0) }
                        return base.map { Subtree(base: $0, minimum: minimum, maximum: maximum) }
                    }
                }
                if let subtree { subtrees.append(subtree) }
                index += 1
            }
            return subtrees
        }
    }
}
