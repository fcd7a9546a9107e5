import PureX509ASN1

/// The outcome of `ChainVerifier.verify`: the valid path, or every path tried and why
/// each failed.
public struct VerificationResult: Sendable {
    /// The certificate that was verified.
    public let leaf: Certificate
    /// The profile whose rules were applied.
    public let profile: VerificationProfile
    /// The valid path, leaf first and trust anchor last; nil when there is none.
    public let path: [Certificate]?
    /// The paths tried that failed, in the order they were tried (bounded by
    /// `VerificationBudget.recordedAttempts`).
    public let attempts: [PathAttempt]
    /// Set when the search stopped early because a budget ran out.
    public let budgetFailure: VerificationFailure?
    /// Signature verifications performed (cached repeats not counted).
    public let signatureChecks: Int
    /// Candidate issuers considered.
    public let candidatesConsidered: Int
    /// The certificate policies the valid path is valid for (RFC 5280 6.1.5 g): the
    /// user-constrained policy set, that is the path's authorities-constrained policies
    /// (in the trust anchor's policy domain, before any policy mapping) intersected with
    /// `VerificationPolicy.userInitialPolicySet`. Contains anyPolicy (2.5.29.32.0) when
    /// every policy is valid (anyPolicy asserted down to the leaf and accepted by the
    /// user). Empty when there is no valid path, or when the path is valid without a
    /// policy (no certificatePolicies in a path that requires no explicit policy).
    public let validPolicies: [OID]

    /// True when a valid path was found.
    public var isValid: Bool { path != nil }

    /// The reason to report when there is no valid path: the budget failure if the search
    /// was cut short; otherwise the failure of the attempt that got furthest (longest path,
    /// later failing index), preferring real defects over search artefacts (a cycle, the
    /// depth limit), which is usually the one a person wants to see.
    public var primaryFailure: VerificationFailure? {
        guard path == nil else { return nil }
        if let budgetFailure { return budgetFailure }
        func isArtefact(_ failure: VerificationFailure) -> Bool {
            switch failure {
            case .loop, .maximumDepthExceeded: true
            default: false
            }
        }
        let real = attempts.filter { !isArtefact($0.failure) }
        let pool = real.isEmpty ? attempts : real
        let best = pool.max { ($0.certificates.count, $0.failingIndex) < ($1.certificates.count, $1.failingIndex) }
        return best?.failure ?? .issuerNotFound
    }
}
