import PureX509
import PureX509ASN1
import Testing

/// The path builder's budget (`VerificationBudget`) against a hostile pool: each limit just
/// at the work a pool needs (the search runs to its end) and one under it (the search stops
/// with `.budgetExhausted` naming the limit). The pool: the TestVectors/verification leaf
/// and `fakeCount` impostor intermediates carrying its issuer's name and another CA's key,
/// so each is one candidate and one failing signature check.
@Suite("Resource limits: path-building budget")
struct VerificationBudgetTests {
    static let fakeCount = 6
    static let june2026: Int64 = ASN1Time(year: 2026, month: 6, day: 1)!.secondsSince1970

    static func load(_ path: String) throws -> Certificate {
        try Certificate(derEncoded: pemBlocks(String(decoding: try testVector(path), as: UTF8.self))[0])
    }

    /// Intermediates named like the leaf's issuer, with the key of an unrelated root.
    static func impostors(of leaf: Certificate) throws -> [Certificate] {
        let otherKey = try load("verification/other-root.pem").subjectPublicKeyInfo.derEncoded
        return try (0..<fakeCount).map { index in
            var builder = CertificateBuilder()
            builder.serial = [0x02, 0x01, UInt8(index + 1)]
            builder.subject = Array(leaf.issuer.derEncoded)
            builder.publicKey = Array(otherKey)
            return try Certificate(derEncoded: builder.der)
        }
    }

    static func verify(_ budget: VerificationBudget) throws -> VerificationResult {
        let leaf = try load("verification/leaf.pem")
        var policy = VerificationPolicy(time: june2026, purpose: .serverAuth)
        policy.budget = budget
        let verifier = ChainVerifier(trustStore: TrustStore(certificates: [try load("verification/root.pem")]), policy: policy)
        return verifier.verify(leaf, intermediates: try impostors(of: leaf))
    }

    static func isExhausted(_ result: VerificationResult, _ what: String) -> Bool {
        result.primaryFailure == .budgetExhausted(what)
    }

    @Test("signature checks: a budget of one per impostor runs the search out, one less stops it")
    func signatureChecks() throws {
        let enough = try Self.verify(VerificationBudget(signatureChecks: Self.fakeCount))
        #expect(enough.signatureChecks == Self.fakeCount)
        #expect(!enough.isValid && !Self.isExhausted(enough, "signature checks"))
        #expect(enough.attempts.count == Self.fakeCount)

        let short = try Self.verify(VerificationBudget(signatureChecks: Self.fakeCount - 1))
        #expect(short.signatureChecks == Self.fakeCount - 1)
        #expect(Self.isExhausted(short, "signature checks"), "\(String(describing: short.primaryFailure))")
    }

    @Test("candidate issuers: one per impostor runs the search out, one less stops it")
    func candidates() throws {
        let enough = try Self.verify(VerificationBudget(candidates: Self.fakeCount))
        #expect(enough.candidatesConsidered == Self.fakeCount)
        #expect(!enough.isValid && !Self.isExhausted(enough, "candidate issuers"))

        let short = try Self.verify(VerificationBudget(candidates: Self.fakeCount - 1))
        #expect(short.candidatesConsidered == Self.fakeCount - 1)
        #expect(Self.isExhausted(short, "candidate issuers"), "\(String(describing: short.primaryFailure))")
        #expect(short.signatureChecks == Self.fakeCount - 1)
    }

    @Test("recorded attempts: the report keeps at most the budget, the search goes on")
    func recordedAttempts() throws {
        let all = try Self.verify(VerificationBudget(recordedAttempts: Self.fakeCount))
        #expect(all.attempts.count == Self.fakeCount)
        let fewer = try Self.verify(VerificationBudget(recordedAttempts: Self.fakeCount - 1))
        #expect(fewer.attempts.count == Self.fakeCount - 1)
        #expect(fewer.signatureChecks == Self.fakeCount)
        #expect(fewer.primaryFailure == all.primaryFailure)
    }

    /// TestVectors/scenarios/name-constraints-violated: a leaf for www.example.com under an
    /// intermediate permitted only example.org, under the scenario root.
    static func verifyConstrained(comparisons: Int) throws -> (VerificationResult, leaf: Certificate, issuer: Certificate) {
        let chain = pemBlocks(String(decoding: try testVector("scenarios/name-constraints-violated/chain.pem"), as: UTF8.self))
        let leaf = try Certificate(derEncoded: chain[0])
        let issuer = try Certificate(derEncoded: chain[1])
        var policy = VerificationPolicy(time: june2026, purpose: .serverAuth)
        policy.budget = VerificationBudget(nameConstraintComparisons: comparisons)
        let store = TrustStore(certificates: [try load("scenarios/name-constraints-violated/root.pem")])
        return (ChainVerifier(trustStore: store, policy: policy).verify(leaf, intermediates: [issuer]), leaf, issuer)
    }

    @Test("name-constraint comparisons: names times (subtrees + 1) is enough, one less is not")
    func nameConstraintComparisons() throws {
        let (_, leaf, issuer) = try Self.verifyConstrained(comparisons: 0)
        let constraints = try #require(issuer.extensions.nameConstraints)
        // NameConstraintsChecker.check: every SAN entry, the subject, each emailAddress.
        let names = (leaf.extensions.subjectAlternativeName?.names.count ?? 0) + 1 + leaf.subject.emailAddresses.count
        let needed = names * ((constraints.permittedSubtrees?.count ?? 0) + (constraints.excludedSubtrees?.count ?? 0) + 1)
        #expect(needed >= 4)

        let enough = try Self.verifyConstrained(comparisons: needed).0
        guard case .nameConstraintViolation? = enough.primaryFailure else {
            Issue.record("expected the violation with enough budget, got \(String(describing: enough.primaryFailure))")
            return
        }
        let short = try Self.verifyConstrained(comparisons: needed - 1).0
        #expect(Self.isExhausted(short, "name-constraint comparisons"), "\(String(describing: short.primaryFailure))")
    }
}
