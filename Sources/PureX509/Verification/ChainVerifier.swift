/// Verifies certificates against a trust store under a policy: builds a path from the leaf
/// through the given intermediates to a trust anchor (depth-first with backtracking over
/// every candidate issuer) and validates it (RFC 5280 section 6 under the policy's
/// `VerificationProfile`, `.client` by default; anchors' OpenSSL trust settings honoured).
///
/// ```swift
/// let verifier = ChainVerifier(trustStore: store, policy: VerificationPolicy(
///     time: now, purpose: .serverAuth, peerNames: [.dns("example.com")]))
/// let result = verifier.verify(leaf, intermediates: chainTail)
/// if let path = result.path { ... } else { print(result.attempts) }
/// ```
public struct ChainVerifier: Sendable {
    /// The trust anchors.
    public var trustStore: TrustStore
    /// What to check.
    public var policy: VerificationPolicy

    /// A verifier for `trustStore` and `policy`.
    public init(trustStore: TrustStore, policy: VerificationPolicy) {
        self.trustStore = trustStore
        self.policy = policy
    }

    /// Verifies `leaf` with `intermediates` (any order, duplicates and unrelated certificates
    /// allowed).
    public func verify(_ leaf: Certificate, intermediates: CertificatePool) -> VerificationResult {
        var builder = PathBuilder(
            policy: policy, anchors: trustStore.pool, intermediates: intermediates, trustSettings: trustStore.trustSettings)
        return builder.run(leaf: leaf)
    }

    /// Verifies `leaf` with `intermediates`.
    public func verify(_ leaf: Certificate, intermediates: [Certificate] = []) -> VerificationResult {
        verify(leaf, intermediates: CertificatePool(intermediates))
    }
}
