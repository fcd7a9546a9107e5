import PureX509ASN1

/// A PKCS #10 certificate signing request (RFC 2986):
///
/// ```
/// CertificationRequest ::= SEQUENCE {
///     certificationRequestInfo CertificationRequestInfo,
///     signatureAlgorithm AlgorithmIdentifier,
///     signature BIT STRING }
/// CertificationRequestInfo ::= SEQUENCE {
///     version INTEGER { v1(0) },
///     subject Name,
///     subjectPKInfo SubjectPublicKeyInfo,
///     attributes [0] IMPLICIT SET OF Attribute }
/// Attribute ::= SEQUENCE { type OBJECT IDENTIFIER, values SET SIZE(1..MAX) OF ANY }
/// ```
/// The requested extensions (PKCS #9 extensionRequest) are checked like a certificate's.
public struct CertificateSigningRequest: Sendable {
    let der: [UInt8]
    let info: ByteRange
    let subjectRange: ByteRange
    let nameEntries: [NameAttributeEntry]
    let publicKey: SubjectPublicKeyInfoRanges
    let attributeEntries: [(type: ByteRange, values: ByteRange)]
    let extensionEntries: [ExtensionEntry]
    let algorithm: AlgorithmIdentifierRanges
    let signatureRange: ByteRange
    /// Named leniencies the requested extensions needed.
    public let leniencies: Leniencies

    /// PKCS #9 extensionRequest, 1.2.840.113549.1.9.14.
    static let extensionRequest: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x0E]
    /// PKCS #9 challengePassword, 1.2.840.113549.1.9.7.
    public static let challengePasswordType = OID.constant([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x07])

    /// Parses a DER-encoded request.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "certificationRequest", .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        der = bytes
        var reader = DERReader(bytes)
        let outer = try parsingField("certificationRequest") { try reader.readElement(.sequence) }
        try parsingField("certificationRequest") { try reader.finish() }
        var body = DERReader(bytes, range: outer.contentRange, depth: 1)
        let infoElement = try parsingField("certificationRequestInfo") { try body.readElement(.sequence) }
        var fields = DERReader(bytes, range: infoElement.contentRange, depth: 2)
        let versionStart = fields.position
        let version = try parsingField("certificationRequestInfo.version") { try fields.readInt() }
        guard version == 0 else {
            throw X509ParseError(field: "certificationRequestInfo.version", reason: .unsupportedVersion(version), offset: versionStart)
        }
        var entries: [NameAttributeEntry] = []
        let subject = try parsingField("certificationRequestInfo.subject") { try DistinguishedName.parse(&fields, into: &entries) }
        publicKey = try parsingField("certificationRequestInfo.subjectPKInfo") { try SubjectPublicKeyInfoRanges.parse(&fields) }
        var attributes: [(type: ByteRange, values: ByteRange)] = []
        var extensions: [ExtensionEntry] = []
        var leniencies = Leniencies()
        try parsingField("certificationRequestInfo.attributes") {
            let set = try fields.readElement(.contextSpecific(0))
            try fields.withContent(of: set) { list in
                var index = 0
                while !list.isAtEnd {
                    try parsingField("[\(index)]") {
                        try list.readSequence { attribute in
                            let type = try attribute.readObjectIdentifierElement()
                            let values = try attribute.readElement(.set)
                            try attribute.requireNonEmpty(values)
                            if bytes[type.contentRange].elementsEqual(CertificateSigningRequest.extensionRequest) {
                                // extensionRequest: SET { Extensions } (exactly one value).
                                extensions = try attribute.withContent(of: values) { value in
                                    try parsingField("extensionRequest") { try Extensions.parse(&value, leniencies: &leniencies) }
                                }
                            } else {
                                try validateDER(bytes, values.contentRange, depth: attribute.depth + 1)
                            }
                            attributes.append((ByteRange(type.contentRange), ByteRange(values.contentRange)))
                        }
                    }
                    index += 1
                }
            }
        }
        try parsingField("certificationRequestInfo") { try fields.finish() }
        algorithm = try parsingField("signatureAlgorithm") { try AlgorithmIdentifierRanges.parse(&body) }
        let signature = try parsingField("signature") { try body.readBitString() }
        try parsingField("certificationRequest") { try body.finish() }
        info = ByteRange(infoElement.fullRange)
        subjectRange = ByteRange(subject.fullRange)
        nameEntries = entries
        attributeEntries = attributes
        extensionEntries = extensions
        signatureRange = ByteRange(signature.bytesRange)
        self.leniencies = leniencies
    }

    /// The request's DER encoding.
    public var derEncoded: [UInt8] { der }
    /// The DER of certificationRequestInfo: the bytes the signature covers.
    public var certificationRequestInfoBytes: ArraySlice<UInt8> { der[info.range] }
    /// The requested subject.
    public var subject: DistinguishedName {
        DistinguishedName(der: der, encodedRange: subjectRange.range, entries: nameEntries[...])
    }
    /// The public key.
    public var subjectPublicKeyInfo: SubjectPublicKeyInfo { SubjectPublicKeyInfo(der: der, ranges: publicKey) }
    /// The signature algorithm.
    public var signatureAlgorithm: AlgorithmIdentifier { AlgorithmIdentifier(der: der, ranges: algorithm) }
    /// The signature's bits.
    public var signature: ArraySlice<UInt8> { der[signatureRange.range] }
    /// The requested extensions (from extensionRequest), empty when none.
    public var requestedExtensions: Extensions { Extensions(der: der, entries: extensionEntries) }

    /// One attribute: its type and the DER of each value.
    public struct Attribute: Hashable, Sendable {
        /// The attribute type (PKCS#9, RFC 2985): extensionRequest (1.2.840.113549.1.9.14),
        /// challengePassword (1.2.840.113549.1.9.7), ...
        public let type: OID
        /// The DER of each value of the attribute's SET OF values, in encoding order.
        public let values: [ArraySlice<UInt8>]
    }

    /// Every attribute, in encoding order (extensionRequest included).
    public var attributes: [Attribute] {
        attributeEntries.map { entry in
            var reader = DERReader(der, range: entry.values.range)
            var values: [ArraySlice<UInt8>] = []
            while let element = try? reader.readElement() { values.append(der[element.fullRange]) }
            return Attribute(type: OID.fromValidated(der, entry.type.range), values: values)
        }
    }

    /// The challenge password (PKCS #9), when present and a string.
    public var challengePassword: String? {
        guard let attribute = attributes.first(where: { $0.type == CertificateSigningRequest.challengePasswordType }),
            let value = attribute.values.first
        else { return nil }
        let bytes = Array(value)
        var reader = DERReader(bytes)
        return (try? reader.readString())?.string(in: bytes)
    }
}

extension CertificateSigningRequest: Hashable {
    public static func == (lhs: CertificateSigningRequest, rhs: CertificateSigningRequest) -> Bool { lhs.der == rhs.der }
    public func hash(into hasher: inout Hasher) { hasher.combine(der) }
}
