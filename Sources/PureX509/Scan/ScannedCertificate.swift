/// A certificate found by ``CertificateScan`` and where.
public struct ScannedCertificate: Sendable {
    /// The file it is in (bytes of the name that are not UTF-8 kept as U+10FF00 + byte).
    public let path: String
    /// Its position among the certificates of that file, from 1 (containers included).
    public let position: Int
    /// The BEGIN line of its PEM block (of its container's block), nil for DER.
    public let pemLine: Int?
    /// The certificate.
    public let certificate: Certificate

    /// Its expiry status at `time` with the given thresholds (seconds before notAfter).
    public func status(at time: Int64, thresholds: ExpiryThresholds) -> ExpiryStatus {
        thresholds.status(notBefore: certificate.notBefore.secondsSince1970, notAfter: certificate.notAfter.secondsSince1970, at: time)
    }
}
