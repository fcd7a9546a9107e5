import PureX509ASN1

/// A CRL (RFC 5280 section 5) read for revocation checking: the parts section 6.3 needs,
/// checked strictly; nothing else is decoded. (The certificate model's full CRL type can
/// replace this reader once it exists; this one keeps to what verification consults.)
///
/// ```
/// CertificateList ::= SEQUENCE { tbsCertList TBSCertList, signatureAlgorithm
///     AlgorithmIdentifier, signatureValue BIT STRING }
/// TBSCertList ::= SEQUENCE { version Version OPTIONAL, signature AlgorithmIdentifier,
///     issuer Name, thisUpdate Time, nextUpdate Time OPTIONAL,
///     revokedCertificates SEQUENCE OF SEQUENCE { userCertificate CertificateSerialNumber,
///         revocationDate Time, crlEntryExtensions Extensions OPTIONAL } OPTIONAL,
///     crlExtensions [0] EXPLICIT Extensions OPTIONAL }
/// ```
public struct RevocationList: Sendable {
    /// The whole DER.
    public let derEncoded: [UInt8]
    /// The issuer's name.
    public let issuer: DistinguishedName
    /// thisUpdate: when the CRL was issued.
    public let thisUpdate: ASN1Time
    /// nextUpdate: when the next CRL is due, if given.
    public let nextUpdate: ASN1Time?
    /// The revoked serial numbers (DER INTEGER contents).
    public let revokedSerials: Set<[UInt8]>
    /// The crlExtensions: (OID, critical, extnValue content).
    public let extensions: [(oid: OID, isCritical: Bool, value: [UInt8])]
    /// The full model (entries with their extensions, issuingDistributionPoint,
    /// deltaCRLIndicator), parsed from the same DER.
    public let model: CertificateRevocationList
    let tbsRange: Range<Int>
    let innerAlgorithmRange: Range<Int>
    let algorithmRange: Range<Int>
    let signatureRange: Range<Int>

    /// The signature algorithm's DER.
    public var signatureAlgorithmDER: ArraySlice<UInt8> { derEncoded[algorithmRange] }
    /// The signed bytes.
    public var tbsBytes: ArraySlice<UInt8> { derEncoded[tbsRange] }
    /// The signature's bits.
    public var signature: ArraySlice<UInt8> { derEncoded[signatureRange] }

    static let crlNumberOID = OID(dotted: "2.5.29.20")!

    /// Parses a DER CRL; throws for anything malformed.
    public init(derEncoded bytes: [UInt8]) throws {
        derEncoded = bytes
        var reader = DERReader(bytes)
        var parsed: (tbs: Range<Int>, inner: Range<Int>, issuer: Range<Int>, thisUpdate: ASN1Time, nextUpdate: ASN1Time?,
            serials: Set<[UInt8]>, extensions: [(OID, Bool, [UInt8])], outer: Range<Int>, signature: Range<Int>)?
        try reader.readSequence { list in
            let tbsElement = try list.peekElement()
            var fields: (Range<Int>, Range<Int>, ASN1Time, ASN1Time?, Set<[UInt8]>, [(OID, Bool, [UInt8])])?
            try list.readSequence { tbs in
                if try tbs.peekTag() == .integer {
                    let version = try tbs.readInt()
                    guard version == 1 else { throw RevocationListError("CRL version \(version + 1), v2 expected") }
                }
                let inner = try tbs.readElement(.sequence).fullRange
                let issuer = try tbs.readElement(.sequence).fullRange
                let thisUpdate = try tbs.readTime()
                var nextUpdate: ASN1Time?
                if let tag = try tbs.peekTag(), tag == .utcTime || tag == .generalizedTime { nextUpdate = try tbs.readTime() }
                var serials: Set<[UInt8]> = []
                if try tbs.peekTag() == .sequence {
                    try tbs.readSequence { entries in
                        while !entries.isAtEnd {
                            try entries.readSequence { entry in
                                let serial = try entry.readIntegerElement()
                                serials.insert(Array(bytes[serial.contentRange]))
                                _ = try entry.readTime()
                                if !entry.isAtEnd { _ = try entry.readElement(.sequence) }
                            }
                        }
                    }
                }
                var extensions: [(OID, Bool, [UInt8])] = []
                _ = try tbs.readOptionalExplicit(0) { wrapper in
                    try wrapper.readSequence { list in
                        while !list.isAtEnd {
                            try list.readSequence { ext in
                                let oid = try ext.readObjectIdentifier()
                                let critical = try ext.readDefaultFalseBoolean()
                                let value = try ext.readOctetString()
                                extensions.append((oid, critical, Array(bytes[value])))
                            }
                        }
                    }
                }
                fields = (inner, issuer, thisUpdate, nextUpdate, serials, extensions)
            }
            let outer = try list.readElement(.sequence).fullRange
            let signature = try list.readBitString()
            guard let fields else { throw RevocationListError("empty TBSCertList") }
            parsed = (tbsElement.fullRange, fields.0, fields.1, fields.2, fields.3, fields.4, fields.5, outer, signature.bytesRange)
        }
        try reader.finish()
        guard let parsed else { throw RevocationListError("empty CRL") }
        guard bytes[parsed.inner].elementsEqual(bytes[parsed.outer]) else {
            throw RevocationListError("signature algorithms of TBSCertList and CertificateList differ (RFC 5280 5.1.1.2)")
        }
        var seen: Set<OID> = []
        for ext in parsed.extensions where !seen.insert(ext.0).inserted {
            throw RevocationListError("duplicate CRL extension \(ext.0.dotted)")
        }
        tbsRange = parsed.tbs
        innerAlgorithmRange = parsed.inner
        algorithmRange = parsed.outer
        signatureRange = parsed.signature
        issuer = try DistinguishedName(derEncoded: Array(bytes[parsed.issuer]))
        thisUpdate = parsed.thisUpdate
        nextUpdate = parsed.nextUpdate
        revokedSerials = parsed.serials
        extensions = parsed.extensions.map { (oid: $0.0, isCritical: $0.1, value: $0.2) }
        model = try CertificateRevocationList(derEncoded: bytes)
    }

    static let deltaCRLIndicatorOID = OID(dotted: "2.5.29.27")!
    static let issuingDistributionPointOID = OID(dotted: "2.5.29.28")!

    /// True for a delta CRL (RFC 5280 5.2.4: deltaCRLIndicator present).
    public var isDelta: Bool { extensions.contains { $0.oid == Self.deltaCRLIndicatorOID } }

    /// The issuingDistributionPoint extension's DER value, nil when absent (two CRLs have the
    /// same scope when these agree, RFC 5280 5.2.4).
    var scopeBytes: [UInt8]? { extensions.first { $0.oid == Self.issuingDistributionPointOID }?.value }

    /// Why the CRL cannot be relied on by itself (RFC 5280 5.2: CRLNumber present and
    /// non-critical; no unknown critical extension, 5.2; no unknown critical entry extension,
    /// 5.3), or nil.
    var profileProblem: String? {
        guard let number = extensions.first(where: { $0.oid == Self.crlNumberOID }) else {
            return "no CRLNumber extension (RFC 5280 5.2.3)"
        }
        if number.isCritical { return "critical CRLNumber extension (RFC 5280 5.2.3)" }
        // authorityKeyIdentifier, issuerAltName, CRLNumber, deltaCRLIndicator,
        // issuingDistributionPoint, freshestCRL (RFC 5280 5.2.1 to 5.2.6).
        let known: Set<OID> = [
            Self.crlNumberOID, OID(dotted: "2.5.29.35")!, OID(dotted: "2.5.29.18")!, Self.deltaCRLIndicatorOID,
            Self.issuingDistributionPointOID, OID(dotted: "2.5.29.46")!,
        ]
        if let unknown = extensions.first(where: { $0.isCritical && !known.contains($0.oid) }) {
            return "unsupported critical CRL extension \(unknown.oid.dotted)"
        }
        if extensions.contains(where: { $0.oid == Self.issuingDistributionPointOID }) && model.extensions.value(IssuingDistributionPoint.self) == nil {
            return "issuingDistributionPoint cannot be decoded"
        }
        // reasonCode, invalidityDate, certificateIssuer (RFC 5280 5.3.1 to 5.3.3).
        let knownEntry: Set<String> = ["2.5.29.21", "2.5.29.24", "2.5.29.29"]
        for entry in model.revokedCertificates {
            if let unknown = entry.extensions.first(where: { $0.isCritical && !knownEntry.contains($0.oid.dotted) }) {
                return "unsupported critical CRL entry extension \(unknown.oid.dotted) (RFC 5280 5.3)"
            }
        }
        return nil
    }
}

/// A structural error in a CRL.
struct RevocationListError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
