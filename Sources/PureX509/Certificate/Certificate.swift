import PureX509ASN1
import PureX509Crypto

/// An X.509 v1/v2/v3 certificate (RFC 5280).
///
/// `init(derEncoded:)` checks the whole structure in one pass (strict DER, every field, every
/// extension this library knows) and keeps the DER once; fields are offsets into it and
/// strings are decoded when read. A `Certificate` value is therefore always structurally
/// valid, cheap to copy (one reference), and equal to another exactly when their DER is.
///
/// ```swift
/// let certificate = try Certificate(derEncoded: der)
/// certificate.subject.commonName                       // "example.com"
/// certificate.notAfter                                 // 2026-11-22T12:00:00Z
/// certificate.extensions.subjectAlternativeName?.dnsNames
/// certificate.subjectPublicKeyInfo.summary             // "EC P-256"
/// certificate.fingerprintHex()                        // "5C1A…" (SHA-256)
/// ```
///
/// Errors name the field and byte offset: "tbsCertificate.issuer: non-minimal length at
/// byte 312".
public struct Certificate: Sendable {
    let storage: CertificateStorage

    /// Parses a DER-encoded certificate. The whole input must be one certificate.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        storage = try CertificateStorage.parse(bytes)
    }

    /// Parses a DER-encoded certificate from a slice (copied once into the value).
    public init(derEncoded bytes: ArraySlice<UInt8>) throws(X509ParseError) {
        try self.init(derEncoded: Array(bytes))
    }

    /// The certificate's DER encoding.
    public var derEncoded: [UInt8] { storage.der }

    /// The DER of `tbsCertificate`: the bytes the signature covers.
    public var tbsCertificateBytes: ArraySlice<UInt8> { storage.der[storage.tbs.range] }

    /// The certificate's version.
    public var version: CertificateVersion { storage.version }

    /// The serial number.
    public var serialNumber: SerialNumber { SerialNumber(bytes: storage.der[storage.serial.range]) }

    /// The signature algorithm (`signatureAlgorithm`, equal to `tbsCertificate.signature`).
    public var signatureAlgorithm: AlgorithmIdentifier {
        AlgorithmIdentifier(der: storage.der, ranges: storage.outerSignatureAlgorithm)
    }

    /// The issuer's name.
    public var issuer: DistinguishedName {
        DistinguishedName(
            der: storage.der, encodedRange: storage.issuerRange.range,
            entries: storage.nameEntries[0..<storage.issuerEntryCount])
    }

    /// The subject's name.
    public var subject: DistinguishedName {
        DistinguishedName(
            der: storage.der, encodedRange: storage.subjectRange.range,
            entries: storage.nameEntries[storage.issuerEntryCount...])
    }

    /// The start of the validity period.
    public var notBefore: ASN1Time { storage.notBefore }

    /// The end of the validity period (inclusive, RFC 5280 4.1.2.5).
    public var notAfter: ASN1Time { storage.notAfter }

    /// Whether `secondsSince1970` lies within notBefore...notAfter.
    public func isValid(at secondsSince1970: Int64) -> Bool {
        storage.notBefore.secondsSince1970 <= secondsSince1970 && secondsSince1970 <= storage.notAfter.secondsSince1970
    }

    /// The subject's public key.
    public var subjectPublicKeyInfo: SubjectPublicKeyInfo {
        SubjectPublicKeyInfo(der: storage.der, ranges: storage.publicKey)
    }

    /// The issuer unique identifier's bits (v2/v3, obsolete), or nil.
    public var issuerUniqueID: ArraySlice<UInt8>? { storage.issuerUniqueID.map { storage.der[$0.range] } }

    /// The subject unique identifier's bits (v2/v3, obsolete), or nil.
    public var subjectUniqueID: ArraySlice<UInt8>? { storage.subjectUniqueID.map { storage.der[$0.range] } }

    /// The extensions (empty for v1 and v2 certificates).
    public var extensions: Extensions { Extensions(der: storage.der, entries: storage.extensions) }

    /// The signature's bits (the BIT STRING content after the unused-bits octet).
    public var signature: ArraySlice<UInt8> { storage.der[storage.signature.range] }

    /// The named leniencies this certificate needed (empty for a conforming certificate).
    public var leniencies: Leniencies { storage.leniencies }

    /// The digest of the whole DER encoding (SHA-256 and SHA-1 are the usual fingerprints).
    public func fingerprint(_ algorithm: HashAlgorithm = .sha256) -> [UInt8] {
        storage.der.withUnsafeBytes { algorithm.hash($0) }
    }

    /// True when issuer and subject are the same name (RFC 5280 7.1 comparison): the
    /// certificate may be self-signed.
    public var isSelfIssued: Bool { issuer.matches(subject) }

    /// True when basicConstraints says the subject is a CA.
    public var isCA: Bool { extensions.basicConstraints?.isCA ?? false }
}

extension Certificate: Hashable {
    /// Equality of the DER encodings.
    public static func == (lhs: Certificate, rhs: Certificate) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.der == rhs.storage.der
    }

    /// Hashes the DER encoding.
    public func hash(into hasher: inout Hasher) {
        storage.der.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
