/// A CRL found by ``CertificateScan`` and where.
public struct ScannedCRL: Sendable {
    /// The file it is in (bytes of the name that are not UTF-8 kept as U+10FF00 + byte).
    public let path: String
    /// The BEGIN line of its PEM block, nil for DER.
    public let pemLine: Int?
    /// The CRL.
    public let crl: CertificateRevocationList

    /// Its status at `time`: a CRL past its nextUpdate is stale (RFC 5280 5.1.2.5), which
    /// clients that check revocation treat like an expired certificate. A CRL without
    /// nextUpdate never goes stale by date.
    public func status(at time: Int64, thresholds: ExpiryThresholds) -> ExpiryStatus {
        guard let next = crl.nextUpdate else { return .ok }
        return thresholds.status(notBefore: crl.thisUpdate.secondsSince1970, notAfter: next.secondsSince1970, at: time)
    }
}
