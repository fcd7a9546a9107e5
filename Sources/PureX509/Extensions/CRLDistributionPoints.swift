import PureX509ASN1

/// `CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX) OF DistributionPoint`
/// (RFC 5280 4.2.1.13).
public struct CRLDistributionPoints: X509ExtensionValue {
    public static var kind: ExtensionKind { .cRLDistributionPoints }

    /// The distribution points, in encoding order.
    public let points: [DistributionPoint]

    /// Every URI of every point's full name.
    public var uris: [String] { points.flatMap(\.uris) }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(points: [DistributionPoint]) { self.points = points }
}

extension CRLDistributionPoints: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> CRLDistributionPoints {
        CRLDistributionPoints(points: try DistributionPoint.parseList(&reader, materialize: context.materialize))
    }
}
