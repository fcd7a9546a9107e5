import PureX509ASN1

/// ```
/// IssuingDistributionPoint ::= SEQUENCE {
///     distributionPoint          [0] DistributionPointName OPTIONAL,
///     onlyContainsUserCerts      [1] BOOLEAN DEFAULT FALSE,
///     onlyContainsCACerts        [2] BOOLEAN DEFAULT FALSE,
///     onlySomeReasons            [3] ReasonFlags OPTIONAL,
///     indirectCRL                [4] BOOLEAN DEFAULT FALSE,
///     onlyContainsAttributeCerts [5] BOOLEAN DEFAULT FALSE }
/// ```
/// (RFC 5280 5.2.5; IMPLICIT tags, so each BOOLEAN is present only as TRUE in DER.)
public struct IssuingDistributionPoint: X509ExtensionValue {
    public static var kind: ExtensionKind { .issuingDistributionPoint }

    /// The name of the distribution point this CRL is for; a certificate's
    /// cRLDistributionPoints must share a name with it for the CRL to cover the certificate
    /// (RFC 5280 6.3.3 b.2.i). Nil: the CRL is for every distribution point of its issuer.
    public let distributionPoint: DistributionPoint.Name?
    /// The CRL lists only end-entity certificates; it does not cover a CA certificate.
    public let onlyContainsUserCerts: Bool
    /// The CRL lists only CA certificates; it does not cover an end-entity certificate.
    public let onlyContainsCACerts: Bool
    /// The revocation reasons the CRL covers; nil when it covers every reason. A
    /// certificate needs CRLs covering all reasons before it counts as checked (RFC 5280
    /// 6.3.3 d, j).
    public let onlySomeReasons: ReasonFlags?
    /// The CRL may list certificates of other issuers, named by each entry's
    /// certificateIssuer extension (RFC 5280 5.3.3).
    public let indirectCRL: Bool
    /// The CRL lists only attribute certificates; it covers no public-key certificate.
    public let onlyContainsAttributeCerts: Bool

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(
        distributionPoint: DistributionPoint.Name?, onlyContainsUserCerts: Bool, onlyContainsCACerts: Bool,
        onlySomeReasons: ReasonFlags?, indirectCRL: Bool, onlyContainsAttributeCerts: Bool
    ) {
        self.distributionPoint = distributionPoint
        self.onlyContainsUserCerts = onlyContainsUserCerts
        self.onlyContainsCACerts = onlyContainsCACerts
        self.onlySomeReasons = onlySomeReasons
        self.indirectCRL = indirectCRL
        self.onlyContainsAttributeCerts = onlyContainsAttributeCerts
    }
}

extension IssuingDistributionPoint: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> IssuingDistributionPoint {
        try reader.readSequence { seq in
            var name: DistributionPoint.Name?
            if let wrapper = try seq.readOptionalElement(.contextSpecific(0)) {
                name = try parsingField("distributionPoint") { try DistributionPoint.parseName(&seq, wrapper: wrapper, materialize: context.materialize) }
            }
            func flag(_ number: UInt32) throws -> Bool {
                guard let element = try seq.readOptionalElement(.contextSpecificPrimitive(number)) else { return false }
                // DEFAULT FALSE: only TRUE (one octet 0xFF) may be encoded (X.690 11.1, 11.5).
                guard element.contentLength == 1, seq.bytes[element.contentStart] == 0xFF else {
                    throw DERError.invalidBoolean(offset: element.start)
                }
                return true
            }
            let user = try flag(1)
            let ca = try flag(2)
            var reasons: ReasonFlags?
            if let element = try seq.readOptionalElement(.contextSpecificPrimitive(3)) {
                let bits = try seq.validateBitString(element)
                reasons = ReasonFlags(rawValue: UInt16(truncatingIfNeeded: seq.namedBits(bits, count: 9)))
            }
            let indirect = try flag(4)
            let attribute = try flag(5)
            return IssuingDistributionPoint(
                distributionPoint: name, onlyContainsUserCerts: user, onlyContainsCACerts: ca,
                onlySomeReasons: reasons, indirectCRL: indirect, onlyContainsAttributeCerts: attribute)
        }
    }
}
