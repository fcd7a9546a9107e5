import PureX509ASN1

/// An X.509 v1/v2 certificate revocation list (RFC 5280 section 5):
///
/// ```
/// CertificateList ::= SEQUENCE { tbsCertList TBSCertList,
///     signatureAlgorithm AlgorithmIdentifier, signatureValue BIT STRING }
/// TBSCertList ::= SEQUENCE {
///     version Version OPTIONAL,  -- if present, MUST be v2
///     signature AlgorithmIdentifier,
///     issuer Name,
///     thisUpdate Time,
///     nextUpdate Time OPTIONAL,
///     revokedCertificates SEQUENCE OF SEQUENCE { userCertificate CertificateSerialNumber,
///         revocationDate Time, crlEntryExtensions Extensions OPTIONAL } OPTIONAL,
///     crlExtensions [0] EXPLICIT Extensions OPTIONAL }
/// ```
/// Every entry and extension is checked when parsed; entries keep offsets, not copies.
///
/// The one CRL type: read it (`init(derEncoded:)`, `init(pemEncoded:)`,
/// `init(contentsOfFile:)`, or from any input with ``InputContents``), show it (issuer,
/// dates, ``revokedCertificates`` with their reasons, ``extensions``), and give it to
/// ``VerificationPolicy/crls`` for revocation checking (RFC 5280 6.3), where
/// ``revocationProblem`` says why one cannot be relied on. Parsing failures are an
/// ``X509ParseError`` with the field path and byte offset.
public struct CertificateRevocationList: Sendable {
    struct Entry: Sendable {
        let serial: ByteRange
        let revocationDate: ASN1Time
        let extensions: [ExtensionEntry]
    }

    let der: [UInt8]
    let tbs: ByteRange
    /// 1 or 2.
    public let version: Int
    let issuerRange: ByteRange
    let nameEntries: [NameAttributeEntry]
    /// The issue date of this CRL.
    public let thisUpdate: ASN1Time
    /// When the next CRL will be issued, if stated.
    public let nextUpdate: ASN1Time?
    let entries: [Entry]
    let extensionEntries: [ExtensionEntry]
    let algorithm: AlgorithmIdentifierRanges
    let signatureRange: ByteRange
    /// Named leniencies the CRL needed.
    public let leniencies: Leniencies

    /// Parses a DER-encoded CRL.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "certificateList", .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        der = bytes
        var reader = DERReader(bytes)
        let outer = try parsingField("certificateList") { try reader.readElement(.sequence) }
        try parsingField("certificateList") { try reader.finish() }
        var body = DERReader(bytes, range: outer.contentRange, depth: 1)
        let tbsElement = try parsingField("tbsCertList") { try body.readElement(.sequence) }
        var fields = DERReader(bytes, range: tbsElement.contentRange, depth: 2)

        var version = 1
        let versionStart = fields.position
        if try parsingField("tbsCertList.version", { try fields.peekTag() }) == .integer {
            let value = try parsingField("tbsCertList.version") { try fields.readInt() }
            guard value == 1 else {
                throw X509ParseError(field: "tbsCertList.version", reason: .unsupportedVersion(value), offset: versionStart)
            }
            version = 2
        }
        let inner = try parsingField("tbsCertList.signature") { try AlgorithmIdentifierRanges.parse(&fields) }
        var names: [NameAttributeEntry] = []
        let issuer = try parsingField("tbsCertList.issuer") { try DistinguishedName.parse(&fields, into: &names) }
        thisUpdate = try parsingField("tbsCertList.thisUpdate") { try fields.readTime() }
        let nextTag = try parsingField("tbsCertList.nextUpdate") { try fields.peekTag() }
        if nextTag == .utcTime || nextTag == .generalizedTime {
            nextUpdate = try parsingField("tbsCertList.nextUpdate") { try fields.readTime() }
        } else {
            nextUpdate = nil
        }
        var leniencies = Leniencies()
        var entries: [Entry] = []
        if try parsingField("tbsCertList.revokedCertificates", { try fields.peekTag() }) == .sequence {
            try parsingField("tbsCertList.revokedCertificates") {
                try fields.readSequence { list in
                    var index = 0
                    while !list.isAtEnd {
                        let entry = try parsingField("[\(index)]") {
                            try list.readSequence { seq in
                                let serial = try parsingField("userCertificate") { try seq.readIntegerElement() }
                                let date = try parsingField("revocationDate") { try seq.readTime() }
                                var extensions: [ExtensionEntry] = []
                                if !seq.isAtEnd {
                                    let start = seq.position
                                    guard version == 2 else {
                                        throw X509ParseError(field: "crlEntryExtensions", reason: .fieldRequiresVersion(field: "crlEntryExtensions", minimum: 2), offset: start)
                                    }
                                    extensions = try parsingField("crlEntryExtensions") { try Extensions.parse(&seq, leniencies: &leniencies) }
                                }
                                return Entry(serial: ByteRange(serial.contentRange), revocationDate: date, extensions: extensions)
                            }
                        }
                        entries.append(entry)
                        index += 1
                    }
                }
            }
        }
        var extensions: [ExtensionEntry] = []
        let extensionsStart = fields.position
        if try parsingField("tbsCertList.crlExtensions", { try fields.peekTag() }) == .contextSpecific(0) {
            guard version == 2 else {
                throw X509ParseError(field: "tbsCertList.crlExtensions", reason: .fieldRequiresVersion(field: "crlExtensions", minimum: 2), offset: extensionsStart)
            }
            extensions = try parsingField("tbsCertList.crlExtensions") {
                try fields.readExplicit(0) { try Extensions.parse(&$0, leniencies: &leniencies) }
            }
        }
        try parsingField("tbsCertList") { try fields.finish() }
        let outerStart = body.position
        algorithm = try parsingField("signatureAlgorithm") { try AlgorithmIdentifierRanges.parse(&body) }
        guard bytes[algorithm.encoded.range].elementsEqual(bytes[inner.encoded.range]) else {
            throw X509ParseError(field: "signatureAlgorithm", reason: .signatureAlgorithmMismatch, offset: outerStart)
        }
        let signature = try parsingField("signatureValue") { try body.readBitString() }
        try parsingField("certificateList") { try body.finish() }

        tbs = ByteRange(tbsElement.fullRange)
        self.version = version
        issuerRange = ByteRange(issuer.fullRange)
        nameEntries = names
        self.entries = entries
        extensionEntries = extensions
        signatureRange = ByteRange(signature.bytesRange)
        self.leniencies = leniencies
    }

    /// The CRL's DER encoding.
    public var derEncoded: [UInt8] { der }
    /// The DER of tbsCertList: the bytes the signature covers.
    public var tbsCertListBytes: ArraySlice<UInt8> { der[tbs.range] }
    /// The issuer's name.
    public var issuer: DistinguishedName {
        DistinguishedName(der: der, encodedRange: issuerRange.range, entries: nameEntries[...])
    }
    /// The signature algorithm.
    public var signatureAlgorithm: AlgorithmIdentifier { AlgorithmIdentifier(der: der, ranges: algorithm) }
    /// The signature's bits.
    public var signature: ArraySlice<UInt8> { der[signatureRange.range] }
    /// The CRL extensions.
    public var extensions: Extensions { Extensions(der: der, entries: extensionEntries) }
    /// The CRL number, when present.
    public var crlNumber: CRLNumber? { extensions.value(CRLNumber.self) }
    /// The number of revoked certificates.
    public var revokedCount: Int { entries.count }

    /// Every revoked certificate, in encoding order.
    public var revokedCertificates: [RevokedCertificate] {
        entries.map { revoked($0) }
    }

    /// The entry for `serial`, or nil when it is not listed.
    public func revocation(of serial: SerialNumber) -> RevokedCertificate? {
        entries.first { der[$0.serial.range].elementsEqual(serial.bytes) }.map { revoked($0) }
    }

    private func revoked(_ entry: Entry) -> RevokedCertificate {
        RevokedCertificate(
            serialNumber: SerialNumber(bytes: der[entry.serial.range]), revocationDate: entry.revocationDate,
            extensions: Extensions(der: der, entries: entry.extensions))
    }
}

extension CertificateRevocationList: Hashable {
    public static func == (lhs: CertificateRevocationList, rhs: CertificateRevocationList) -> Bool { lhs.der == rhs.der }
    public func hash(into hasher: inout Hasher) { hasher.combine(der) }
}
