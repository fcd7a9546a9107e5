/// A certificate with the keys path building finds it by, computed once when it enters a
/// `CertificatePool`.
package struct IndexedCertificate: Sendable {
    /// The certificate.
    package let certificate: Certificate
    /// The subject in RFC 5280 7.1 comparison form (see `DistinguishedName.comparisonKey`).
    let subjectKey: [String]
    /// The issuer in the same form.
    let issuerKey: [String]
    /// subjectKeyIdentifier, when present.
    let subjectKeyIdentifier: [UInt8]?
    /// authorityKeyIdentifier's keyIdentifier, when present.
    let authorityKeyIdentifier: [UInt8]?
    /// The DER of subjectPublicKeyInfo, for loop detection (RFC 4158 2.4.2: a path never
    /// repeats a subject name and public key pair).
    let publicKeyInfo: ArraySlice<UInt8>

    /// Indexes `certificate`.
    package init(_ certificate: Certificate) {
        self.certificate = certificate
        subjectKey = certificate.subject.comparisonKey
        issuerKey = certificate.issuer.comparisonKey
        let extensions = certificate.extensions
        subjectKeyIdentifier = extensions.subjectKeyIdentifier.map { Array($0.keyIdentifier) }
        authorityKeyIdentifier = extensions.authorityKeyIdentifier?.keyIdentifier.map { Array($0) }
        publicKeyInfo = certificate.subjectPublicKeyInfo.derEncoded
    }

    /// True when issuer and subject are the same name (RFC 5280 6.1: self-issued).
    var isSelfIssued: Bool { subjectKey == issuerKey }
}
