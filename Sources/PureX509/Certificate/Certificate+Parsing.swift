import PureX509ASN1

extension CertificateStorage {
    /// Parses a whole certificate (RFC 5280 4.1):
    ///
    /// ```
    /// Certificate ::= SEQUENCE { tbsCertificate TBSCertificate,
    ///     signatureAlgorithm AlgorithmIdentifier, signatureValue BIT STRING }
    /// TBSCertificate ::= SEQUENCE {
    ///     version         [0] EXPLICIT Version DEFAULT v1,
    ///     serialNumber         CertificateSerialNumber,
    ///     signature            AlgorithmIdentifier,
    ///     issuer               Name,
    ///     validity             Validity,
    ///     subject              Name,
    ///     subjectPublicKeyInfo SubjectPublicKeyInfo,
    ///     issuerUniqueID  [1] IMPLICIT UniqueIdentifier OPTIONAL,
    ///     subjectUniqueID [2] IMPLICIT UniqueIdentifier OPTIONAL,
    ///     extensions      [3] EXPLICIT Extensions OPTIONAL }
    /// ```
    ///
    /// `scanning` false parses names and extensions with the reference parsers only, without
    /// their fast paths: tests compare the two.
    static func parse(_ der: [UInt8], scanning: Bool = true) throws(X509ParseError) -> CertificateStorage {
        guard der.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "certificate", .inputTooLarge(size: der.count, limit: X509Limits.maximumInputSize))
        }
        var reader = DERReader(der)
        let certificate = try parsingField("certificate") { try reader.readElement(.sequence) }
        try parsingField("certificate") { try reader.finish() }

        var leniencies = Leniencies()
        var nameEntries: [NameAttributeEntry] = []
        nameEntries.reserveCapacity(12)

        var body = DERReader(der, range: certificate.contentRange, depth: 1)
        let tbs = try parsingField("tbsCertificate") { try body.readElement(.sequence) }
        var fields = DERReader(der, range: tbs.contentRange, depth: 2)

        // version [0] EXPLICIT Version DEFAULT v1
        var version = CertificateVersion.v1
        let versionStart = fields.position
        let versionValue: Int? = try parsingField("tbsCertificate.version") {
            try fields.readOptionalExplicit(0) { try $0.readInt() }
        }
        if let versionValue {
            switch versionValue {
            case 0: throw X509ParseError(field: "tbsCertificate.version", reason: .explicitDefaultVersion, offset: versionStart)
            case 1: version = .v2
            case 2: version = .v3
            default: throw X509ParseError(field: "tbsCertificate.version", reason: .unsupportedVersion(versionValue), offset: versionStart)
            }
        }

        // serialNumber
        let serial = try parsingField("tbsCertificate.serialNumber") { try fields.readIntegerElement() }
        if der[serial.contentStart] & 0x80 != 0 {
            leniencies.insert(.serialNumberNegative)
        } else if serial.contentLength == 1 && der[serial.contentStart] == 0 {
            leniencies.insert(.serialNumberZero)
        }
        if serial.contentLength > 20 { leniencies.insert(.serialNumberTooLong) }

        let innerAlgorithm = try parsingField("tbsCertificate.signature") { try AlgorithmIdentifierRanges.parse(&fields) }
        let issuer = try parsingField("tbsCertificate.issuer") { try DistinguishedName.parse(&fields, into: &nameEntries, scanning: scanning) }
        let issuerEntryCount = nameEntries.count

        // Validity ::= SEQUENCE { notBefore Time, notAfter Time }
        let (notBefore, notAfter) = try parsingField("tbsCertificate.validity") {
            try fields.readSequence { validity in
                let notBefore = try parsingField("notBefore") { try validity.readTime() }
                let notAfter = try parsingField("notAfter") { try validity.readTime() }
                return (notBefore, notAfter)
            }
        }

        let subject = try parsingField("tbsCertificate.subject") { try DistinguishedName.parse(&fields, into: &nameEntries, scanning: scanning) }
        let publicKey = try parsingField("tbsCertificate.subjectPublicKeyInfo") { try SubjectPublicKeyInfoRanges.parse(&fields) }

        // Unique identifiers need v2 or v3 (RFC 5280 4.1.2.8).
        var issuerUniqueID: ByteRange?
        var subjectUniqueID: ByteRange?
        for (number, field) in [(UInt32(1), "tbsCertificate.issuerUniqueID"), (2, "tbsCertificate.subjectUniqueID")] {
            let start = fields.position
            let bits = try parsingField(field) { () throws(DERError) -> DERBitString? in
                guard try fields.peekTag() == .contextSpecificPrimitive(number) else { return nil }
                return try fields.readImplicitBitString(number)
            }
            guard let bits else { continue }
            guard version >= .v2 else {
                throw X509ParseError(field: field, reason: .fieldRequiresVersion(field: String(field.dropFirst(15)), minimum: 2), offset: start)
            }
            if number == 1 { issuerUniqueID = ByteRange(bits.bytesRange) } else { subjectUniqueID = ByteRange(bits.bytesRange) }
        }

        // extensions [3] EXPLICIT Extensions OPTIONAL; v3 only (RFC 5280 4.1.2.9).
        var extensions: [ExtensionEntry] = []
        let extensionsStart = fields.position
        if try parsingField("tbsCertificate.extensions", { try fields.peekTag() }) == .contextSpecific(3) {
            guard version == .v3 else {
                throw X509ParseError(field: "tbsCertificate.extensions", reason: .fieldRequiresVersion(field: "extensions", minimum: 3), offset: extensionsStart)
            }
            extensions = try parsingField("tbsCertificate.extensions") {
                try fields.readExplicit(3) { try Extensions.parse(&$0, leniencies: &leniencies, scanning: scanning) }
            }
        }
        try parsingField("tbsCertificate") { try fields.finish() }

        // signatureAlgorithm must equal tbsCertificate.signature (RFC 5280 4.1.1.2).
        let outerStart = body.position
        let outerAlgorithm = try parsingField("signatureAlgorithm") { try AlgorithmIdentifierRanges.parse(&body) }
        let algorithmsMatch = der.withUnsafeBufferPointer { buffer in
            buffer[outerAlgorithm.encoded.range].elementsEqual(buffer[innerAlgorithm.encoded.range])
        }
        guard algorithmsMatch else {
            throw X509ParseError(field: "signatureAlgorithm", reason: .signatureAlgorithmMismatch, offset: outerStart)
        }
        let signature = try parsingField("signatureValue") { try body.readBitString() }
        try parsingField("certificate") { try body.finish() }

        return CertificateStorage(
            der: der, tbs: ByteRange(tbs.fullRange), serial: ByteRange(serial.contentRange),
            innerSignatureAlgorithm: innerAlgorithm, outerSignatureAlgorithm: outerAlgorithm,
            issuerRange: ByteRange(issuer.fullRange), subjectRange: ByteRange(subject.fullRange),
            nameEntries: nameEntries, issuerEntryCount: issuerEntryCount, notBefore: notBefore, notAfter: notAfter,
            publicKey: publicKey, issuerUniqueID: issuerUniqueID, subjectUniqueID: subjectUniqueID,
            extensions: extensions, signature: ByteRange(signature.bytesRange), version: version, leniencies: leniencies)
    }
}
