/// What ``CertificateScan`` found: the certificates and CRLs with where they are, what it
/// could not read, and what it did not try to read.
public struct ScanReport: Sendable {
    /// Every certificate found, in walk order (directories sorted by name bytes).
    public internal(set) var certificates: [ScannedCertificate] = []
    /// Every CRL found.
    public internal(set) var crls: [ScannedCRL] = []
    /// What was meant to be read and could not be (the `x509_read_errors` of the
    /// Prometheus output).
    public internal(set) var readErrors: [ScanReadError] = []
    /// What was found and not read, with why.
    public internal(set) var skipped: [ScanSkip] = []
    /// Regular files looked at.
    public internal(set) var filesExamined = 0
    /// Files read as certificate, key, CRL or container files.
    public internal(set) var filesRead = 0
    /// Files looked at that hold nothing of the kind (configuration files in `/etc`, ...).
    public internal(set) var filesWithoutCertificates = 0
    /// Directories walked.
    public internal(set) var directoriesVisited = 0
    /// True when ``ScanOptions/maximumFiles`` stopped the walk early.
    public internal(set) var fileLimitReached = false

    /// The certificates ordered by notAfter (soonest first), then path and position.
    public var certificatesByExpiry: [ScannedCertificate] {
        certificates.sorted {
            let (left, right) = ($0.certificate.notAfter.secondsSince1970, $1.certificate.notAfter.secondsSince1970)
            if left != right { return left < right }
            if $0.path != $1.path { return $0.path < $1.path }
            return $0.position < $1.position
        }
    }

    /// How many certificates have each status at `time`.
    public func counts(at time: Int64, thresholds: ExpiryThresholds) -> [ExpiryStatus: Int] {
        var counts: [ExpiryStatus: Int] = [:]
        for found in certificates { counts[found.status(at: time, thresholds: thresholds), default: 0] += 1 }
        return counts
    }

    /// The worst status among certificates and CRLs at `time` (`.ok` when nothing was found).
    public func worstStatus(at time: Int64, thresholds: ExpiryThresholds) -> ExpiryStatus {
        let statuses = certificates.map { $0.status(at: time, thresholds: thresholds) } + crls.map { $0.status(at: time, thresholds: thresholds) }
        return statuses.min() ?? .ok
    }
}
