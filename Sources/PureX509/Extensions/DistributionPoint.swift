import PureX509ASN1

/// ```
/// DistributionPoint ::= SEQUENCE {
///     distributionPoint [0] DistributionPointName OPTIONAL,
///     reasons           [1] ReasonFlags OPTIONAL,
///     cRLIssuer         [2] GeneralNames OPTIONAL }
/// DistributionPointName ::= CHOICE {
///     fullName                [0] GeneralNames,
///     nameRelativeToCRLIssuer [1] RelativeDistinguishedName }
/// ```
/// (RFC 5280 4.2.1.13), used by cRLDistributionPoints and freshestCRL. A point with
/// neither a name nor a cRLIssuer is rejected ("either distributionPoint or cRLIssuer MUST
/// be present").
public struct DistributionPoint: Hashable, Sendable {
    /// Where the CRL is.
    public enum Name: Hashable, Sendable {
        /// `fullName [0]`: the CRL's locations as general names, usually an http or ldap URI.
        case fullName([GeneralName])
        /// `nameRelativeToCRLIssuer [1]`: one RDN appended to the CRL issuer's name gives the
        /// point's directory name.
        case nameRelativeToCRLIssuer(RelativeDistinguishedName)
    }

    /// The distribution point's name.
    public let name: Name?
    /// The revocation reasons the CRL covers (nil: all).
    public let reasons: ReasonFlags?
    /// The CRL's issuer when it is not the certificate's issuer.
    public let crlIssuer: [GeneralName]?

    /// The URIs of `fullName`.
    public var uris: [String] {
        guard case .fullName(let names)? = name else { return [] }
        return names.compactMap { if case .uniformResourceIdentifier(let uri) = $0 { return uri } else { return nil } }
    }

    /// Reads one DistributionPoint.
    static func parse(_ reader: inout DERReader, materialize: Bool) throws -> DistributionPoint {
        let sequence = try reader.readElement(.sequence)
        return try reader.withContent(of: sequence) { seq in
            var name: Name?
            if let wrapper = try seq.readOptionalElement(.contextSpecific(0)) {
                name = try parsingField("distributionPoint") { try parseName(&seq, wrapper: wrapper, materialize: materialize) }
            }
            var reasons: ReasonFlags?
            if let element = try seq.readOptionalElement(.contextSpecificPrimitive(1)) {
                reasons = try parsingField("reasons") {
                    let bits = try seq.validateBitString(element)
                    return ReasonFlags(rawValue: UInt16(truncatingIfNeeded: seq.namedBits(bits, count: 9)))
                }
            }
            var crlIssuer: [GeneralName]?
            if let element = try seq.readOptionalElement(.contextSpecific(2)) {
                crlIssuer = try parsingField("cRLIssuer") { try GeneralName.parseList(&seq, content: element, materialize: materialize) }
            }
            guard name != nil || crlIssuer != nil else {
                throw X509ParseError(field: "", reason: .invalid("neither distributionPoint nor cRLIssuer present"), offset: sequence.start)
            }
            return DistributionPoint(name: name, reasons: reasons, crlIssuer: crlIssuer)
        }
    }

    /// Reads the `DistributionPointName` CHOICE inside `[0]` (EXPLICIT, as a CHOICE must be).
    static func parseName(_ reader: inout DERReader, wrapper: DERElement, materialize: Bool) throws -> Name {
        let bytes = reader.bytes
        return try reader.withContent(of: wrapper) { choice in
            let element = try choice.readElement()
            if element.tag == .contextSpecific(0) {
                return .fullName(try parsingField("fullName") { try GeneralName.parseList(&choice, content: element, materialize: materialize) })
            }
            if element.tag == .contextSpecific(1) {
                var entries: [NameAttributeEntry] = []
                try parsingField("nameRelativeToCRLIssuer") {
                    try DistinguishedName.parseRelativeName(&choice, set: element, rdnIndex: 0, into: &entries)
                }
                let attributes = entries.map { NameAttribute(der: bytes, entry: $0) }
                return .nameRelativeToCRLIssuer(RelativeDistinguishedName(attributes: attributes))
            }
            throw DERError.unexpectedTag(offset: element.start, expected: .contextSpecific(0), found: element.tag)
        }
    }

    /// Reads `SEQUENCE SIZE (1..MAX) OF DistributionPoint`.
    static func parseList(_ reader: inout DERReader, materialize: Bool) throws -> [DistributionPoint] {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { list in
            var points: [DistributionPoint] = []
            var index = 0
            while !list.isAtEnd {
                let point = try parsingField("[\(index)]") { try DistributionPoint.parse(&list, materialize: materialize) }
                if materialize { points.append(point) }
                index += 1
            }
            return points
        }
    }
}

/// `ReasonFlags ::= BIT STRING { unused (0), keyCompromise (1), cACompromise (2),
/// affiliationChanged (3), superseded (4), cessationOfOperation (5), certificateHold (6),
/// privilegeWithdrawn (7), aACompromise (8) }` (RFC 5280 4.2.1.13).
public struct ReasonFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Bit 0, `unused`: never a reason; not to be set.
    public static let unused = ReasonFlags(rawValue: 1 << 0)
    /// Bit 1, `keyCompromise`: the subject's private key was or may have been compromised.
    public static let keyCompromise = ReasonFlags(rawValue: 1 << 1)
    /// Bit 2, `cACompromise`: a CA's private key was or may have been compromised.
    public static let cACompromise = ReasonFlags(rawValue: 1 << 2)
    /// Bit 3, `affiliationChanged`: the subject's name or other information changed.
    public static let affiliationChanged = ReasonFlags(rawValue: 1 << 3)
    /// Bit 4, `superseded`: the certificate was replaced.
    public static let superseded = ReasonFlags(rawValue: 1 << 4)
    /// Bit 5, `cessationOfOperation`: the certificate is no longer needed.
    public static let cessationOfOperation = ReasonFlags(rawValue: 1 << 5)
    /// Bit 6, `certificateHold`: revocation is on hold (may be lifted).
    public static let certificateHold = ReasonFlags(rawValue: 1 << 6)
    /// Bit 7, `privilegeWithdrawn`: a privilege asserted by the certificate was withdrawn.
    public static let privilegeWithdrawn = ReasonFlags(rawValue: 1 << 7)
    /// Bit 8, `aACompromise`: an attribute authority's key was compromised.
    public static let aACompromise = ReasonFlags(rawValue: 1 << 8)

    static let names = [
        "unused", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
        "cessationOfOperation", "certificateHold", "privilegeWithdrawn", "aACompromise",
    ]

    /// The names of the flags set, in bit order.
    public var flagNames: [String] {
        (0..<9).filter { rawValue & (1 << $0) != 0 }.map { ReasonFlags.names[$0] }
    }
}
