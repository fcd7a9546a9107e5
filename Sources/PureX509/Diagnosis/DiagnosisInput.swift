/// Everything a diagnosis looks at: the files a TLS server is configured with, in the order
/// it serves them, and what clients will check them against.
///
/// ```swift
/// var input = DiagnosisInput(certificates: [.read("fullchain.pem")], time: now)
/// input.key = .read("privkey.pem")
/// input.host = "www.example.com"
/// let report = Diagnosis.run(input)
/// ```
public struct DiagnosisInput: Sendable {
    /// The certificate files as the server serves them: leaf first, then its issuers. Their
    /// certificates are numbered from 0 across files, in order.
    public var certificates: [DiagnosisSource]
    /// A TensorFlow Serving `--ssl_config_file` whose `server_cert` and `server_key` are
    /// diagnosed as if given in `certificates` and `key` (before them).
    public var tfServingConfig: DiagnosisSource?
    /// The private key file, if any. A key found in a certificate file (HAProxy's combined
    /// PEM) is used when this is nil.
    public var key: DiagnosisSource?
    /// The trust anchors clients use: nil for the operating system's store.
    public var trustAnchors: [DiagnosisSource]?
    /// Local certificates a missing intermediate may be taken from (files of a folder or
    /// bundles); they are never assumed to be served.
    public var repairPool: [DiagnosisSource]
    /// How the user named the trust anchors (`--ca /etc/ssl/certs`), for messages; nil to
    /// list the sources.
    public var trustAnchorNames: [String]?
    /// How the user named the repair pool (`--repair-from pool/`), for messages and for the
    /// `x509dump fix-chain` command suggested; nil to list the sources.
    public var repairPoolNames: [String]?
    /// The host name or IP address clients connect to; nil to skip name checks.
    public var host: String?
    /// The moment to judge validity at, in seconds since 1970 (UTC).
    public var time: Int64
    /// Limits for expiry warnings, clock skew and key sizes.
    public var thresholds: DiagnosisThresholds
    /// How `trustAnchors` were chosen (`--ca`, `SSL_CERT_FILE`, `SSL_CERT_DIR` or the system
    /// default), so that the report names the store and where the choice came from; nil
    /// when the caller gave the anchors without saying.
    public var trustStoreChoice: TrustStoreChoice?
    /// The password for encrypted private keys and PKCS#12 files; nil when none was given
    /// (a PKCS#12 file is then tried with the empty password, as OpenSSL does).
    public var password: String?
    /// Other trust stores clients on this machine use (the default store, certifi's bundle,
    /// ...): when the chain's root is not trusted here, the diagnosis says which of them
    /// trust it and which clients use them. Empty: no comparison.
    public var otherTrustStores: [ClientTrustStore] = []

    /// An input with the given certificates and time and nothing else.
    public init(
        certificates: [DiagnosisSource], key: DiagnosisSource? = nil, trustAnchors: [DiagnosisSource]? = nil,
        repairPool: [DiagnosisSource] = [], host: String? = nil, time: Int64,
        thresholds: DiagnosisThresholds = .standard
    ) {
        self.certificates = certificates
        self.key = key
        self.trustAnchors = trustAnchors
        self.repairPool = repairPool
        self.host = host
        self.time = time
        self.thresholds = thresholds
    }
}
