/// "Works in the browser, fails in code": the chain judged against the other trust stores
/// clients on this machine use (`DiagnosisInput.otherTrustStores`).
///
/// - When the root is not trusted by the store checked (`untrusted-root`), the finding
///   gets a note: which of the other stores trust the chain (and through which root), and
///   which client reads which store.
/// - When the default store trusts the chain (no `--ca`) but a complete store another
///   client uses does not (certifi's bundle for Python requests, `REQUESTS_CA_BUNDLE`,
///   `CURL_CA_BUNDLE`), `untrusted-elsewhere` (a warning) names that store and its clients:
///   the private root installed with update-ca-certificates that curl accepts and requests
///   rejects.
///
/// A store trusts the chain when a path from the leaf through the served (and repair-pool)
/// certificates reaches one of its certificates, dates aside (dates are judged on their own).
struct TrustStoreComparison {
    let input: DiagnosisInput
    let analysis: ChainAnalysis
    let chainIsTrusted: Bool

    /// Adds the note or the finding; returns what each store said when it was asked (the
    /// chain's root is untrusted, or the default store trusts it), else nothing.
    func run(into context: inout DiagnosisContext) -> [TrustStoreVerdict] {
        guard !input.otherTrustStores.isEmpty else { return [] }
        if context.has(.untrustedRoot) {
            let verdicts = verdicts()
            noteOnUntrustedRoot(verdicts, into: &context)
            return verdicts
        } else if chainIsTrusted, input.trustAnchors == nil || input.trustStoreChoice?.isDefault == true {
            let verdicts = verdicts()
            let refusing = verdicts.filter { $0.store.kind.isComplete && !$0.unreadable && $0.anchor == nil }
            guard !refusing.isEmpty else { return verdicts }
            let leaf = analysis.leaf
            let checked = input.trustStoreChoice?.description ?? "the system trust store"
            let names = refusing.map { "\($0.store.name), used by \($0.store.clients)" }.joined(separator: "; ")
            context.report(.untrustedElsewhere, .warning, about: leaf,
                message: "The chain is trusted by the store checked, \(checked), but not by \(names). So curl and the browser may accept the server while these clients fail with \"certificate verify failed: unable to get local issuer certificate\". \(ClientTrustStores.whoUsesWhat)",
                fix: ClientTrustStores.howToTrust("the chain's root"))
            return verdicts
        }
        return []
    }

    /// Each other store's answer.
    func verdicts() -> [TrustStoreVerdict] {
        let leaf = analysis.leaf.certificate
        var poolCertificates = analysis.served.filter { $0.index != analysis.leafIndex }.map(\.certificate)
        poolCertificates += analysis.repair.map(\.certificate)
        let pool = CertificatePool(poolCertificates)
        return input.otherTrustStores.map { store in
            var skipped = 0
            guard let anchors = try? TrustStore(contentsOf: store.paths, skipped: &skipped), anchors.count > 0 else {
                return TrustStoreVerdict(store: store, anchor: nil, unreadable: true)
            }
            if anchors.contains(leaf) { return TrustStoreVerdict(store: store, anchor: leaf, unreadable: false) }
            let result = ChainVerifier(trustStore: anchors, policy: analysis.policy(timed: false)).verify(leaf, intermediates: pool)
            return TrustStoreVerdict(store: store, anchor: result.path?.last, unreadable: false)
        }
    }

    /// Appends to `untrusted-root` what the other stores say.
    func noteOnUntrustedRoot(_ verdicts: [TrustStoreVerdict], into context: inout DiagnosisContext) {
        let parts = verdicts.map { verdict -> String in
            if verdict.unreadable { return "\(verdict.store.name) could not be read" }
            if let anchor = verdict.anchor {
                return "\(verdict.store.name), used by \(verdict.store.clients), trusts it, through \(ChainAnalysis.shortName(anchor))"
            }
            return "\(verdict.store.name), used by \(verdict.store.clients), does not trust it"
                + (verdict.store.kind.isComplete ? "" : " either (Node.js may still trust it through its own store)")
        }
        let trustedSomewhere = verdicts.contains { $0.anchor != nil }
        let summary = trustedSomewhere
            ? " So the chain works for clients that read a store that trusts it and fails for the others (\"works in the browser, fails in code\")."
            : ""
        context.amend(.untrustedRoot,
            message: " Other trust stores on this machine: " + parts.joined(separator: "; ") + "." + summary + " " + ClientTrustStores.whoUsesWhat,
            fix: " " + ClientTrustStores.howToTrust("the root"))
    }
}
