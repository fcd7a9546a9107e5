/// When an expiry counts as a warning or an error: `x509dump scan --warn-days 30
/// --error-days 7` (the alert levels TLS runbooks recommend).
public struct ExpiryThresholds: Sendable, Hashable {
    /// Seconds before notAfter from which an expiry is a warning.
    public var warnWithin: Int64
    /// Seconds before notAfter from which an expiry is an error.
    public var errorWithin: Int64

    /// Thresholds in days.
    public init(warnDays: Int64 = 30, errorDays: Int64 = 7) {
        warnWithin = warnDays * 86_400
        errorWithin = errorDays * 86_400
    }

    /// The status of a validity period at `time`.
    public func status(notBefore: Int64, notAfter: Int64, at time: Int64) -> ExpiryStatus {
        if time > notAfter { return .expired }
        if notAfter - time <= errorWithin { return .critical }
        if notAfter - time <= warnWithin { return .warning }
        if time < notBefore { return .notYetValid }
        return .ok
    }
}

/// Where a certificate (or a CRL's nextUpdate) stands against ``ExpiryThresholds``.
public enum ExpiryStatus: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Past notAfter (a CRL past nextUpdate).
    case expired
    /// Expires within the error threshold.
    case critical
    /// Expires within the warning threshold.
    case warning
    /// Not valid yet (notBefore in the future), not close to expiry.
    case notYetValid = "not-yet-valid"
    /// Nothing to report.
    case ok

    /// Worst first.
    public static func < (lhs: ExpiryStatus, rhs: ExpiryStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
