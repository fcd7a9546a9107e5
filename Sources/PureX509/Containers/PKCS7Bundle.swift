import PureX509ASN1

/// The certificates and CRLs of a PKCS#7/CMS `SignedData` (RFC 5652 section 5), as found in
/// `.p7b`/`.p7c` files (PEM `PKCS7` or `CMS`, or DER): the "degenerate" certificates-only
/// form `openssl crl2pkcs7` writes, or a signed message whose certificates are wanted.
///
///     ContentInfo ::= SEQUENCE { contentType OBJECT IDENTIFIER (id-signedData),
///         content [0] EXPLICIT SignedData }
///     SignedData ::= SEQUENCE { version CMSVersion, digestAlgorithms SET OF AlgorithmIdentifier,
///         encapContentInfo EncapsulatedContentInfo,
///         certificates [0] IMPLICIT CertificateSet OPTIONAL,
///         crls [1] IMPLICIT RevocationInfoChoices OPTIONAL, signerInfos SET OF SignerInfo }
///
/// Signatures are not checked (a certificate bag is not signed). Certificates keep the order
/// of the file: OpenSSL writes the SET in input order and so does this reader, which does
/// not require DER's sorted SET OF here. Strict DER otherwise: BER with indefinite lengths
/// (as Windows writes) is reported with its offset and the openssl command that converts it.
public struct PKCS7Bundle: Sendable {
    /// The certificates, in file order.
    public let certificates: [Certificate]
    /// The CRLs, in file order.
    public let crls: [CertificateRevocationList]
    /// Certificate choices other than X.509 certificates (attribute certificates and the
    /// like), counted but not read.
    public let otherCertificateCount: Int
    /// Revocation info other than CRLs (`other` choice), counted but not read.
    public let otherRevocationInfoCount: Int
    /// The number of SignerInfos (0 for a certificates-only bundle).
    public let signerCount: Int
    /// The encapsulated content type (id-data for a certificates-only bundle).
    public let contentType: OID
    /// Whether the encapsulated content is present (a signed message rather than a bag).
    public let hasContent: Bool

    /// Parses a DER `ContentInfo` holding `SignedData`.
    /// - Throws: ``ContainerError``: `.malformed` with the byte offset (BER with indefinite
    ///   lengths says so, with the openssl command that converts it), `.invalid`,
    ///   `.unsupported`.
    public init(derEncoded bytes: [UInt8]) throws(ContainerError) {
        do {
            try self.init(der: bytes)
        } catch {
            throw ContainerError(error, container: .pkcs7)
        }
    }

    /// Parses PEM text holding one `PKCS7` or `CMS` block (RFC 7468 sections 8 and 9).
    /// - Throws: ``ContainerError``: `.pem` when the PEM is malformed, `.pemMismatch` naming
    ///   every label found and its line when the text is not one such block, or the
    ///   parser's error with the block's `pemLine`.
    public init(pemEncoded text: String) throws(ContainerError) {
        try self.init(pemEncoded: Array(text.utf8))
    }

    /// Parses PEM text (as bytes) holding one `PKCS7` or `CMS` block; see `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(ContainerError) {
        do throws(KeyFileError) {
            self = try SinglePEMBlock.read(
                bytes, expected: "PKCS7", accepts: { $0 == .pkcs7 || $0 == .cms }, failure: { KeyFileError(pemFailure: $0, context: "PEM") }
            ) { block throws(KeyFileError) in try PKCS7Bundle(pemBlock: block) }
        } catch {
            throw ContainerError(error, container: .pkcs7)
        }
    }

    /// Reads the one PKCS#7 bundle of a file (PEM `PKCS7`/`CMS` or DER; read by
    /// ``InputContents``). Its certificates alone read with `[Certificate](contentsOfFile:)`.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read, `.unexpectedContents` when the file holds anything but one bundle.
    public init(contentsOfFile path: String) throws(ReadError) {
        self = try InputContents(contentsOfFile: path).single(expected: "one PKCS#7 bundle") {
            if case .pkcs7(let bundle) = $0 { bundle } else { nil }
        }
    }

    /// ``init(derEncoded:)`` with the reading code's error (what ``InputContents`` reports).
    init(der bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        do {
            self = try keyField("PKCS#7 ContentInfo") {
                let bundle = try PKCS7Bundle.read(&reader)
                try reader.finish()
                return bundle
            }
        } catch {
            if case .malformed(.indefiniteLength) = error.reason {
                throw error.hinting("the file is BER (indefinite lengths), not DER; convert it: " + ConversionHints.pkcs7ToPEM)
            }
            throw error
        }
    }

    /// Reads the PKCS#7 in a PEM block labelled `PKCS7` or `CMS`; errors carry its line.
    init(pemBlock block: PEMBlock) throws(KeyFileError) {
        do {
            try self.init(der: block.der)
        } catch {
            throw error.atPEMLine(block.beginLine)
        }
    }

    private init(
        certificates: [Certificate], crls: [CertificateRevocationList], otherCertificateCount: Int, otherRevocationInfoCount: Int,
        signerCount: Int, contentType: OID, hasContent: Bool
    ) {
        self.certificates = certificates
        self.crls = crls
        self.otherCertificateCount = otherCertificateCount
        self.otherRevocationInfoCount = otherRevocationInfoCount
        self.signerCount = signerCount
        self.contentType = contentType
        self.hasContent = hasContent
    }

    private static func read(_ reader: inout DERReader) throws -> PKCS7Bundle {
        try reader.readSequence { contentInfo in
            let typeStart = contentInfo.position
            let type = try keyField("contentType") { try contentInfo.readObjectIdentifier() }
            guard type == .pkcs7SignedData else {
                throw KeyFileError(.unsupported("content type \(type.displayName) (only signedData carries certificates)"),
                                   context: "contentType", offset: typeStart)
            }
            return try contentInfo.readExplicit(0) { explicit in
                try explicit.readSequence { signedData in try readSignedData(&signedData) }
            }
        }
    }

    private static func readSignedData(_ signedData: inout DERReader) throws -> PKCS7Bundle {
        _ = try keyField("SignedData.version") { try signedData.readKeyInteger(in: 1...5, "version") }
        try keyField("SignedData.digestAlgorithms") { _ = try signedData.readElement(.set) }
        // EncapsulatedContentInfo ::= SEQUENCE { eContentType, eContent [0] EXPLICIT OCTET STRING OPTIONAL }
        let (contentType, hasContent) = try keyField("SignedData.encapContentInfo") {
            try signedData.readSequence { encap -> (OID, Bool) in
                let type = try encap.readObjectIdentifier()
                let content = try encap.readOptionalElement(.contextSpecific(0))
                return (type, content != nil)
            }
        }
        var certificates: [Certificate] = []
        var otherCertificates = 0
        let certificateSet = try keyField("SignedData.certificates") { try signedData.readOptionalElement(.contextSpecific(0)) }
        if let certificateSet {
            try signedData.withContent(of: certificateSet) { choices in
                try readCertificates(&choices, into: &certificates, others: &otherCertificates)
            }
        }
        var crls: [CertificateRevocationList] = []
        var otherRevocation = 0
        let crlSet = try keyField("SignedData.crls") { try signedData.readOptionalElement(.contextSpecific(1)) }
        if let crlSet {
            try signedData.withContent(of: crlSet) { choices in
                try readCRLs(&choices, into: &crls, others: &otherRevocation)
            }
        }
        var signers = 0
        try keyField("SignedData.signerInfos") {
            try signedData.readSet { set in
                while !set.isAtEnd {
                    _ = try set.readElement(.sequence)
                    signers += 1
                }
            }
        }
        return PKCS7Bundle(
            certificates: certificates, crls: crls, otherCertificateCount: otherCertificates,
            otherRevocationInfoCount: otherRevocation, signerCount: signers, contentType: contentType,
            hasContent: hasContent)
    }

    /// CertificateChoices: Certificate (SEQUENCE) or the [0]-[3] alternatives, counted.
    private static func readCertificates(_ choices: inout DERReader, into certificates: inout [Certificate], others: inout Int) throws {
        let bytes = choices.bytes
        while !choices.isAtEnd {
            let index = certificates.count + others
            let element = try keyField("certificates[\(index)]") { try choices.readElement() }
            guard element.tag == .sequence else {
                others += 1
                continue
            }
            do {
                certificates.append(try Certificate(derEncoded: Array(bytes[element.fullRange])))
            } catch {
                throw KeyFileError(x509Error: error, context: "certificates[\(index)]", base: element.start)
            }
        }
    }

    /// RevocationInfoChoice: CertificateList (SEQUENCE) or `other [1]`, counted.
    private static func readCRLs(_ choices: inout DERReader, into crls: inout [CertificateRevocationList], others: inout Int) throws {
        let bytes = choices.bytes
        while !choices.isAtEnd {
            let index = crls.count + others
            let element = try keyField("crls[\(index)]") { try choices.readElement() }
            guard element.tag == .sequence else {
                others += 1
                continue
            }
            do {
                crls.append(try CertificateRevocationList(derEncoded: Array(bytes[element.fullRange])))
            } catch {
                throw KeyFileError(x509Error: error, context: "crls[\(index)]", base: element.start)
            }
        }
    }
}

extension PKCS7Bundle: CustomStringConvertible {
    /// "PKCS#7 bundle: 3 certificates, 1 CRL".
    public var description: String {
        "PKCS#7 bundle: \(certificates.count) certificate\(certificates.count == 1 ? "" : "s"), \(crls.count) CRL\(crls.count == 1 ? "" : "s")"
    }
}
