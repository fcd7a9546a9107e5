import PureX509ASN1

/// The parsed form of a certificate: the DER once, and offsets into it (internal; one
/// allocation per certificate besides the two small arrays).
final class CertificateStorage: Sendable {
    let der: [UInt8]
    let tbs: ByteRange
    let serial: ByteRange
    let innerSignatureAlgorithm: AlgorithmIdentifierRanges
    let outerSignatureAlgorithm: AlgorithmIdentifierRanges
    let issuerRange: ByteRange
    let subjectRange: ByteRange
    /// Issuer attributes, then subject attributes.
    let nameEntries: [NameAttributeEntry]
    let issuerEntryCount: Int
    let notBefore: ASN1Time
    let notAfter: ASN1Time
    let publicKey: SubjectPublicKeyInfoRanges
    /// BIT STRING data of the unique identifiers; `nil` when absent.
    let issuerUniqueID: ByteRange?
    let subjectUniqueID: ByteRange?
    let extensions: [ExtensionEntry]
    let signature: ByteRange
    let version: CertificateVersion
    let leniencies: Leniencies

    init(
        der: [UInt8], tbs: ByteRange, serial: ByteRange, innerSignatureAlgorithm: AlgorithmIdentifierRanges,
        outerSignatureAlgorithm: AlgorithmIdentifierRanges, issuerRange: ByteRange, subjectRange: ByteRange,
        nameEntries: [NameAttributeEntry], issuerEntryCount: Int, notBefore: ASN1Time, notAfter: ASN1Time,
        publicKey: SubjectPublicKeyInfoRanges, issuerUniqueID: ByteRange?, subjectUniqueID: ByteRange?,
        extensions: [ExtensionEntry], signature: ByteRange, version: CertificateVersion, leniencies: Leniencies
    ) {
        self.der = der
        self.tbs = tbs
        self.serial = serial
        self.innerSignatureAlgorithm = innerSignatureAlgorithm
        self.outerSignatureAlgorithm = outerSignatureAlgorithm
        self.issuerRange = issuerRange
        self.subjectRange = subjectRange
        self.nameEntries = nameEntries
        self.issuerEntryCount = issuerEntryCount
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.publicKey = publicKey
        self.issuerUniqueID = issuerUniqueID
        self.subjectUniqueID = subjectUniqueID
        self.extensions = extensions
        self.signature = signature
        self.version = version
        self.leniencies = leniencies
    }
}
