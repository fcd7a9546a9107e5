/// What one of the other trust stores clients use says about a diagnosed chain
/// (`DiagnosisReport.otherTrustStores`).
public struct TrustStoreVerdict: Sendable, Hashable {
    /// The store.
    public let store: ClientTrustStore
    /// The trust anchor of the path found through this store, nil when it does not trust
    /// the chain (or could not be read).
    public let anchor: Certificate?
    /// True when the store's files could not be read or held no certificate.
    public let unreadable: Bool

    /// The verdict of `store`: the anchor it reached (nil when it does not trust the chain) and
    /// whether its files could not be read.
    public init(store: ClientTrustStore, anchor: Certificate?, unreadable: Bool) {
        self.store = store
        self.anchor = anchor
        self.unreadable = unreadable
    }

    /// True when the store trusts the chain.
    public var trusts: Bool { anchor != nil }
}
