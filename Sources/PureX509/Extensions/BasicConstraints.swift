import PureX509ASN1

/// `BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE,
/// pathLenConstraint INTEGER (0..MAX) OPTIONAL }` (RFC 5280 4.2.1.9).
public struct BasicConstraints: X509ExtensionValue {
    public static var kind: ExtensionKind { .basicConstraints }

    /// Whether the subject is a CA.
    public let isCA: Bool
    /// The most non-self-issued intermediates that may follow this certificate in a path.
    public let pathLengthConstraint: Int?

    /// A value with the given fields.
    public init(isCA: Bool, pathLengthConstraint: Int? = nil) {
        self.isCA = isCA
        self.pathLengthConstraint = pathLengthConstraint
    }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }
}

extension BasicConstraints: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> BasicConstraints {
        try reader.readSequence { seq in
            let isCA = try seq.readDefaultFalseBoolean()
            var pathLength: Int?
            if !seq.isAtEnd { pathLength = try seq.readNonNegativeInt() }
            return BasicConstraints(isCA: isCA, pathLengthConstraint: pathLength)
        }
    }
}
