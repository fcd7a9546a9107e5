import PureX509ASN1

/// `Features ::= SEQUENCE OF INTEGER` (RFC 7633 4.1): TLS extensions the server promises
/// to send. `status_request` (5) is "OCSP must-staple".
public struct TLSFeature: X509ExtensionValue {
    public static var kind: ExtensionKind { .tlsFeature }

    /// The TLS extension numbers, in encoding order.
    public let features: [Int]

    /// True when `status_request` (5) is required: OCSP must-staple.
    public var isMustStaple: Bool { features.contains(5) }

    /// Names for the features: "status_request", "status_request_v2", or the number.
    public var featureNames: [String] {
        features.map { feature in
            switch feature {
            case 5: return "status_request"
            case 17: return "status_request_v2"
            default: return String(feature)
            }
        }
    }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(features: [Int]) { self.features = features }
}

extension TLSFeature: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> TLSFeature {
        try reader.readSequence { seq in
            var features: [Int] = []
            while !seq.isAtEnd {
                let feature = try seq.readInt(in: 0...65535)
                if context.materialize { features.append(feature) }
            }
            return TLSFeature(features: features)
        }
    }
}
