import Foundation
import PureX509
import PureX509Limbo
import Testing

/// Runs the whole x509-limbo suite (../shared/limbo/limbo.json beside the repository) in
/// shards that Swift Testing runs in parallel, and compares every result with the committed
/// expectations (limbo-expectations.json): a case not listed must give limbo's expected
/// result, a listed case must give the listed result, and a false accept (expected FAILURE,
/// got SUCCESS) is allowed only where the file lists it with its reason.
struct LimboTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let limboPath = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/limbo/limbo.json").path
    static let expectationsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("limbo-expectations.json").path
    static let suite: LimboSuite? = try? LimboRunner.loadSuite(path: limboPath)
    static let shardCount = 8

    @Test(
        "x509-limbo shard",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"),
        arguments: 0..<shardCount)
    func limboShard(_ shard: Int) throws {
        let suite = try #require(Self.suite, "limbo.json does not decode")
        let expectations = try LimboExpectations.load(path: Self.expectationsPath)
        let cases = suite.testcases.enumerated().filter { $0.offset % Self.shardCount == shard }.map(\.element)
        let shardSuite = LimboSuite(version: suite.version, testcases: cases)
        let results = cases.map(LimboRunner.run)
        let listed = Set(expectations.cases.map(\.id))
        let problems = expectations.problems(suite: shardSuite, results: results)
            .filter { !$0.hasSuffix("listed but not in the suite") }  // other shards hold them
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        for (testcase, result) in zip(cases, results)
        where testcase.expectedResult == "FAILURE" && result.actual == .success && !listed.contains(testcase.id) {
            Issue.record("false accept: \(testcase.id): \(result.context)")
        }
    }

    @Test(
        "every listed id exists",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func expectationsNameRealCases() throws {
        let suite = try #require(Self.suite)
        let ids = Set(suite.testcases.map(\.id))
        let expectations = try LimboExpectations.load(path: Self.expectationsPath)
        for entry in expectations.cases { #expect(ids.contains(entry.id), "\(entry.id) is not in limbo.json") }
        #expect(suite.testcases.count == 9_780)
    }

    /// cve-2024-0567 is listed as a failure only for its AKI-less, not self-signed anchor
    /// (a profile rule); under RFC 5280 rules alone the path through the cross-sign cycle
    /// must be found.
    @Test(
        "cve-2024-0567 path is found under RFC 5280 rules",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func crossSignCycle() throws {
        let suite = try #require(Self.suite)
        let testcase = try #require(suite.testcases.first { $0.id == "cve::cve-2024-0567" })
        let leaf = try Certificate(derEncoded: pemBlocks(testcase.peerCertificate)[0])
        let anchors = try (testcase.trustedCerts ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) }
        let pool = CertificatePool(try (testcase.untrustedIntermediates ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) })
        var policy = VerificationPolicy(time: 1_700_000_000, peerNames: [.dns("cve-2024-0567.example.com")])
        policy.webPKIProfile = false
        let result = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy).verify(leaf, intermediates: pool)
        let path = try #require(result.path, "\(result.attempts)")
        #expect(path.count == 3)
        #expect(path.dropFirst().map { $0.subject.commonName } == ["Intermediate A1", "Root A"])
    }

    /// The denial-of-service chains fail within the budget even without the web PKI profile
    /// checks that already reject most of them (missing subjectKeyIdentifier).
    @Test(
        "pathological chains end within the budget under RFC 5280 rules",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func pathologicalChainsUnderRFC5280() throws {
        let suite = try #require(Self.suite)
        for testcase in suite.testcases where testcase.id.hasPrefix("pathological::pathological-chain") || testcase.id.hasPrefix("pathological::intermediate-cycle") {
            let leaf = try Certificate(derEncoded: pemBlocks(testcase.peerCertificate)[0])
            let anchors = try (testcase.trustedCerts ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) }
            let pool = CertificatePool(try (testcase.untrustedIntermediates ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) })
            var policy = VerificationPolicy(time: 1_700_000_000, peerNames: [.dns("example.com")])
            policy.webPKIProfile = false
            if let depth = testcase.maxChainDepth { policy.maximumIntermediates = depth }
            let result = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy).verify(leaf, intermediates: pool)
            #expect(!result.isValid, "\(testcase.id)")
            #expect(result.signatureChecks <= policy.budget.signatureChecks, "\(testcase.id)")
            #expect(result.candidatesConsidered <= policy.budget.candidates, "\(testcase.id)")
        }
    }
}
