/// The limits a diagnosis judges by. The defaults follow what browsers and the CA/Browser
/// Forum enforce today.
public struct DiagnosisThresholds: Sendable, Hashable {
    /// A certificate that expires within this many seconds is a warning (`expires-soon`).
    public var expiryWarning: Int64
    /// A certificate that expires within this many seconds is an error (`expires-soon`).
    public var expiryError: Int64
    /// A certificate not yet valid by less than this is probably a clock problem
    /// (`clock-skew-suspected`) rather than a wrong certificate (`not-yet-valid`).
    public var clockSkew: Int64
    /// The smallest acceptable RSA modulus (CA/B Forum BR 6.1.5).
    public var minimumRSABits: Int
    /// The smallest acceptable elliptic-curve field size.
    public var minimumECBits: Int

    /// Thresholds with the given limits (defaults: warn 30 days, error 7 days before
    /// expiry, never an error while still valid; one day of clock skew; RSA 2048; EC 256).
    /// A certificate that is still valid works for every client, so by default expiring soon
    /// is a warning however close; `expiryError` makes the last days an error for those who
    /// want a failing check.
    public init(
        expiryWarning: Int64 = 30 * 86_400, expiryError: Int64 = 0, clockSkew: Int64 = 86_400,
        minimumRSABits: Int = 2048, minimumECBits: Int = 256
    ) {
        self.expiryWarning = expiryWarning
        self.expiryError = expiryError
        self.clockSkew = clockSkew
        self.minimumRSABits = minimumRSABits
        self.minimumECBits = minimumECBits
    }

    /// The defaults.
    public static let standard = DiagnosisThresholds()
}
