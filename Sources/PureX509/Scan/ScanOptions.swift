/// How ``CertificateScan`` reads.
public struct ScanOptions: Sendable {
    /// The password for PKCS#12 files and encrypted keys; nil reads what needs none.
    public var password: String?
    /// The largest file read (10 MiB by default: far above any certificate file, and a
    /// bound on the time one stray file can take).
    public var maximumFileSize = 10 * 1024 * 1024
    /// The most regular files examined in one scan (a bound on a scan of `/` by mistake).
    public var maximumFiles = 200_000
    /// The deepest directory nesting followed.
    public var maximumDepth = 64

    /// The defaults.
    public init() {}
}
