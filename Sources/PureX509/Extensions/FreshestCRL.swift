import PureX509ASN1

/// `FreshestCRL ::= CRLDistributionPoints` (RFC 5280 4.2.1.15): where delta CRLs are.
public struct FreshestCRL: X509ExtensionValue {
    public static var kind: ExtensionKind { .freshestCRL }

    /// The distribution points, in encoding order.
    public let points: [DistributionPoint]

    /// Every URI of every point's full name.
    public var uris: [String] { points.flatMap(\.uris) }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(points: [DistributionPoint]) { self.points = points }
}

extension FreshestCRL: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> FreshestCRL {
        FreshestCRL(points: try DistributionPoint.parseList(&reader, materialize: context.materialize))
    }
}
