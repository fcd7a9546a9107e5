/// Limits that end path building on hostile input (a pool of certificates that all claim
/// to issue each other, a CA with thousands of name constraints over a leaf with thousands
/// of names). When one runs out, verification fails with `.budgetExhausted`.
/// The defaults are far above what real chains need (a handful of each).
public struct VerificationBudget: Hashable, Sendable {
    /// Signature verifications (each is the expensive step).
    public var signatureChecks: Int
    /// Candidate issuers considered, over the whole search.
    public var candidates: Int
    /// Name-constraint comparisons (names times constraints) for one issuer over the
    /// certificates below it.
    public var nameConstraintComparisons: Int
    /// Paths whose failure is kept for the report (the search goes on beyond it).
    public var recordedAttempts: Int
    /// Nodes of the RFC 5280 6.1 valid_policy_tree of one path. Policy mappings can make
    /// the tree grow exponentially with the path length (CVE-2023-0464); a path whose tree
    /// would grow past this fails with `.policyTreeTooLarge`. OpenSSL's limit is the same,
    /// 1,000; a real path has a handful.
    public var policyTreeNodes: Int

    /// A budget with the given limits.
    public init(
        signatureChecks: Int = 100, candidates: Int = 1_000, nameConstraintComparisons: Int = 250_000,
        recordedAttempts: Int = 64, policyTreeNodes: Int = 1_000
    ) {
        self.signatureChecks = signatureChecks
        self.candidates = candidates
        self.nameConstraintComparisons = nameConstraintComparisons
        self.recordedAttempts = recordedAttempts
        self.policyTreeNodes = policyTreeNodes
    }

    /// The default limits.
    public static let standard = VerificationBudget()
}
