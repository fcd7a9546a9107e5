/// The trust anchors of a verification: self-signed roots (or any certificate the user
/// chose to trust), indexed like a `CertificatePool`.
///
/// Load one with `TrustStore(certificates:)`, `TrustStore(contentsOf:)` (PEM bundles, DER
/// files, directories such as OpenSSL's hashed `/etc/ssl/certs`) or `TrustStore.system()`
/// (the Linux distribution bundles). macOS keeps its anchors in the keychain: export them
/// with `security find-certificate -a -p /System/Library/Keychains/SystemRootCertificates.keychain`
/// and load the file; reading the keychain directly is out of scope.
public struct TrustStore: Sendable {
    /// The anchors, indexed.
    public private(set) var pool: CertificatePool
    /// OpenSSL trust settings of the anchors that carry them (`TRUSTED CERTIFICATE` blocks).
    public private(set) var trustSettings: [Certificate: TrustSettings] = [:]

    /// A store of `certificates`.
    public init(certificates: some Sequence<Certificate>) {
        pool = CertificatePool(certificates)
    }

    /// The number of anchors.
    public var count: Int { pool.count }

    /// Adds an anchor.
    public mutating func add(_ certificate: Certificate) { pool.insert(certificate) }

    /// Adds an anchor with its OpenSSL trust settings (nil: none, trusted for every use).
    public mutating func add(_ certificate: Certificate, trustSettings settings: TrustSettings?) {
        pool.insert(certificate)
        if let settings { trustSettings[certificate] = settings }
    }

    /// True when `certificate` is one of the anchors (identical DER).
    public func contains(_ certificate: Certificate) -> Bool { pool.contains(certificate) }
}
