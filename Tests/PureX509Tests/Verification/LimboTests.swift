import Foundation
import PureX509
import PureX509Limbo
import Testing

/// Runs the whole x509-limbo suite (../shared/limbo/limbo.json beside the repository) in
/// shards that Swift Testing runs in parallel, twice:
/// - each case under the profile its namespace names (rfc5280:: under rfc5280, the rest
///   under webPKI, webpki::cn:: skipped), compared with limbo-expectations.json: a case not
///   listed must give limbo's expected result, a listed case the listed result, and a false
///   accept (expected FAILURE, got SUCCESS) is never allowed;
/// - every case under the client profile, compared with limbo-client-expectations.json, which
///   lists each difference with the client behaviour it follows.
struct LimboTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let limboPath = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/limbo/limbo.json").path
    static let expectationsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("limbo-expectations.json").path
    static let clientExpectationsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("limbo-client-expectations.json").path
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
        let results = cases.map { LimboRunner.run($0) }
        let listed = Set(expectations.cases.map(\.id))
        let problems = expectations.problems(suite: shardSuite, results: results)
            .filter { !$0.hasSuffix("listed but not in the suite") }  // other shards hold them
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        for (testcase, result) in zip(cases, results) where testcase.expectedResult == "FAILURE" && result.actual == .success {
            Issue.record("false accept under the profile its namespace names: \(testcase.id): \(result.context)")
        }
        // Only the nine webpki::cn:: cases are skipped, each with its reason.
        for (testcase, result) in zip(cases, results) where result.actual == .skipped {
            #expect(testcase.id.hasPrefix("webpki::cn::"), "\(testcase.id) skipped: \(result.context)")
            #expect(listed.contains(testcase.id))
        }
    }

    /// The client profile over the whole suite: every difference from limbo is listed, with
    /// the rule it leaves out and the clients it follows; and the client profile never
    /// rejects what limbo expects to verify unless that is listed too.
    @Test(
        "x509-limbo shard under the client profile",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"),
        arguments: 0..<shardCount)
    func limboClientShard(_ shard: Int) throws {
        let suite = try #require(Self.suite, "limbo.json does not decode")
        let expectations = try LimboExpectations.load(path: Self.clientExpectationsPath)
        let cases = suite.testcases.enumerated().filter { $0.offset % Self.shardCount == shard }.map(\.element)
        let results = cases.map { LimboRunner.run($0, profile: .client) }
        let problems = expectations.problems(suite: LimboSuite(version: suite.version, testcases: cases), results: results)
            .filter { !$0.hasSuffix("listed but not in the suite") }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(!results.contains { $0.actual == .skipped })
    }

    @Test(
        "every client difference names the rule and the clients it follows",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func clientDifferencesAreExplained() throws {
        let expectations = try LimboExpectations.load(path: Self.clientExpectationsPath)
        #expect(!expectations.cases.isEmpty)
        for entry in expectations.cases {
            #expect(!entry.reason.contains("UNEXPLAINED"), "\(entry.id): \(entry.reason)")
            #expect(entry.actual == "SUCCESS" || entry.actual == "FAILURE", "\(entry.id)")
        }
    }

    @Test(
        "every listed id exists",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func expectationsNameRealCases() throws {
        let suite = try #require(Self.suite)
        let ids = Set(suite.testcases.map(\.id))
        for path in [Self.expectationsPath, Self.clientExpectationsPath] {
            let expectations = try LimboExpectations.load(path: path)
            for entry in expectations.cases { #expect(ids.contains(entry.id), "\(entry.id) is not in limbo.json") }
        }
        #expect(suite.testcases.count == 9_780)
    }

    /// cve-2024-0567 is listed as a failure only for its AKI-less, not self-signed anchor
    /// (a rule of the strict profiles); under the client profile, which trusts anchors as
    /// configured, the path through the cross-sign cycle must be found.
    @Test(
        "cve-2024-0567 path is found under the client profile",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func crossSignCycle() throws {
        let suite = try #require(Self.suite)
        let testcase = try #require(suite.testcases.first { $0.id == "cve::cve-2024-0567" })
        let leaf = try Certificate(derEncoded: pemBlocks(testcase.peerCertificate)[0])
        let anchors = try (testcase.trustedCerts ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) }
        let pool = CertificatePool(try (testcase.untrustedIntermediates ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) })
        let policy = VerificationPolicy(time: 1_700_000_000, peerNames: [.dns("cve-2024-0567.example.com")], profile: .client)
        let result = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy).verify(leaf, intermediates: pool)
        let path = try #require(result.path, "\(result.attempts)")
        #expect(path.count == 3)
        #expect(path.dropFirst().map { $0.subject.commonName } == ["Intermediate A1", "Root A"])
    }

    /// The denial-of-service chains fail within the budget even under the client profile,
    /// without the CA profile checks that already reject most of them (missing
    /// subjectKeyIdentifier).
    @Test(
        "pathological chains end within the budget under the client profile",
        .enabled(if: FileManager.default.fileExists(atPath: limboPath), "../shared/limbo/limbo.json is absent: x509-limbo not run"))
    func pathologicalChainsUnderRFC5280() throws {
        let suite = try #require(Self.suite)
        for testcase in suite.testcases where testcase.id.hasPrefix("pathological::pathological-chain") || testcase.id.hasPrefix("pathological::intermediate-cycle") {
            let leaf = try Certificate(derEncoded: pemBlocks(testcase.peerCertificate)[0])
            let anchors = try (testcase.trustedCerts ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) }
            let pool = CertificatePool(try (testcase.untrustedIntermediates ?? []).map { try Certificate(derEncoded: pemBlocks($0)[0]) })
            var policy = VerificationPolicy(time: 1_700_000_000, peerNames: [.dns("example.com")], profile: .client)
            if let depth = testcase.maxChainDepth { policy.maximumIntermediates = depth }
            let result = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy).verify(leaf, intermediates: pool)
            #expect(!result.isValid, "\(testcase.id)")
            #expect(result.signatureChecks <= policy.budget.signatureChecks, "\(testcase.id)")
            #expect(result.candidatesConsidered <= policy.budget.candidates, "\(testcase.id)")
        }
    }
}
