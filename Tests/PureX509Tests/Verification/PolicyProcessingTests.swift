import PureX509
import PureX509ASN1
import Testing

/// Certificate policy processing (RFC 5280 6.1.3 d-f, 6.1.4 a-b, h-j, 6.1.5 g) over the
/// chains of TestVectors/policies (made by TestVectors/gen/52-policies.sh; all valid on
/// 2026-06-01, every chain ends at policies/root.pem).
///
/// Each row records OpenSSL 3.0.19's verdict for the same chain and inputs:
/// `openssl verify -attime 1780300800 -policy_check -CAfile root.pem -untrusted ICAS LEAF`
/// with `-policy OID` for each user policy (`-policy 2.5.29.32.0` for the default
/// any-policy: without a `-policy`, OpenSSL's user set is empty and every explicit-policy
/// check fails, which RFC 5280 6.1.1 c does not do), `-explicit_policy`, `-inhibit_map`,
/// `-inhibit_any`. "OK" or the error OpenSSL printed.
struct PolicyProcessingTests {
    static let june2026: Int64 = ASN1Time(year: 2026, month: 6, day: 1)!.secondsSince1970
    static let p1 = OID(dotted: "2.16.840.1.101.3.2.1.48.1")!
    static let p2 = OID(dotted: "2.16.840.1.101.3.2.1.48.2")!
    static let p3 = OID(dotted: "2.16.840.1.101.3.2.1.48.3")!
    static let any = CertificatePolicies.anyPolicy

    static func load(_ name: String) throws -> Certificate {
        try Certificate(derEncoded: pemBlocks(String(decoding: try testVector("policies/\(name).pem"), as: UTF8.self))[0])
    }

    enum Outcome: Sendable, Equatable {
        /// A valid path with these `validPolicies`.
        case valid([OID])
        /// No valid path; the failure's code and the index (leaf first) of the certificate.
        case invalid(code: String, index: Int)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let leaf: String
        let intermediates: [String]
        var userPolicies: [OID] = [CertificatePolicies.anyPolicy]
        var explicit = false
        var inhibitMapping = false
        var inhibitAny = false
        let expected: Outcome
        /// OpenSSL's verdict (see the type's comment).
        let openssl: String
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        // No policies anywhere: valid unless an explicit policy is required.
        Row(name: "no policies", leaf: "leaf-none", intermediates: ["ica-none"], expected: .valid([]), openssl: "OK"),
        Row(name: "no policies, explicit", leaf: "leaf-none", intermediates: ["ica-none"], explicit: true,
            expected: .invalid(code: "policy-required", index: 1), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        // Policies matching through the chain, and user-initial-policy-sets.
        Row(name: "P1 through the chain", leaf: "leaf-p1", intermediates: ["ica-p1p2"], expected: .valid([p1]), openssl: "OK"),
        Row(name: "P1 through the chain, user {P1}, explicit", leaf: "leaf-p1", intermediates: ["ica-p1p2"], userPolicies: [p1], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        Row(name: "user {P2} intersects to empty, explicit", leaf: "leaf-p1", intermediates: ["ica-p1p2"], userPolicies: [p2], explicit: true,
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "user {P2} intersects to empty, no explicit policy", leaf: "leaf-p1", intermediates: ["ica-p1p2"], userPolicies: [p2],
            expected: .valid([]), openssl: "OK"),
        Row(name: "user {P1, P3} intersects to {P1}, explicit", leaf: "leaf-p1", intermediates: ["ica-p1p2"], userPolicies: [p1, p3], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        Row(name: "leaf policy the CA lacks", leaf: "leaf-p3", intermediates: ["ica-p1p2"], expected: .valid([]), openssl: "OK"),
        Row(name: "leaf policy the CA lacks, explicit", leaf: "leaf-p3", intermediates: ["ica-p1p2"], explicit: true,
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        // anyPolicy in the intermediate.
        Row(name: "anyPolicy CA, P1 leaf", leaf: "any-leaf-p1", intermediates: ["ica-any"], expected: .valid([p1]), openssl: "OK"),
        Row(name: "anyPolicy CA, P1 leaf, user {P1}, explicit", leaf: "any-leaf-p1", intermediates: ["ica-any"], userPolicies: [p1], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        Row(name: "anyPolicy CA, P1 leaf, user {P2}, explicit", leaf: "any-leaf-p1", intermediates: ["ica-any"], userPolicies: [p2], explicit: true,
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "anyPolicy down to the leaf", leaf: "any-leaf-any", intermediates: ["ica-any"], expected: .valid([any]), openssl: "OK"),
        Row(name: "anyPolicy down to the leaf, user {P2}, explicit", leaf: "any-leaf-any", intermediates: ["ica-any"], userPolicies: [p2], explicit: true,
            expected: .valid([p2]), openssl: "OK"),
        Row(name: "anyPolicy CA, initial-any-policy-inhibit, explicit", leaf: "any-leaf-p1", intermediates: ["ica-any"], explicit: true, inhibitAny: true,
            expected: .invalid(code: "policy-required", index: 1), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "anyPolicy CA, initial-any-policy-inhibit", leaf: "any-leaf-p1", intermediates: ["ica-any"], inhibitAny: true,
            expected: .valid([]), openssl: "OK"),
        // requireExplicitPolicy 0 in the intermediate.
        Row(name: "requireExplicitPolicy 0, leaf without policies", leaf: "rep0-leaf-none", intermediates: ["ica-rep0"],
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "requireExplicitPolicy 0, P1 leaf", leaf: "rep0-leaf-p1", intermediates: ["ica-rep0"], expected: .valid([p1]), openssl: "OK"),
        // Policy mapping P1 -> P2.
        Row(name: "mapped P1 -> P2", leaf: "map-leaf-p2", intermediates: ["ica-map"], expected: .valid([p1]), openssl: "OK"),
        Row(name: "mapped P1 -> P2, user {P1}, explicit", leaf: "map-leaf-p2", intermediates: ["ica-map"], userPolicies: [p1], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        Row(name: "mapped P1 -> P2, user {P2} (subject domain), explicit", leaf: "map-leaf-p2", intermediates: ["ica-map"], userPolicies: [p2],
            explicit: true, expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "mapped P1 -> P2, initial-policy-mapping-inhibit, explicit", leaf: "map-leaf-p2", intermediates: ["ica-map"], explicit: true,
            inhibitMapping: true, expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "mapped P1 -> P2, initial-policy-mapping-inhibit", leaf: "map-leaf-p2", intermediates: ["ica-map"], inhibitMapping: true,
            expected: .valid([]), openssl: "OK"),
        Row(name: "mapped P1 -> P2, leaf asserts P1, explicit", leaf: "map-leaf-p1", intermediates: ["ica-map"], explicit: true,
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        // inhibitPolicyMapping in the certificate above the mapping one.
        Row(name: "inhibitPolicyMapping 0 above a mapping, explicit", leaf: "ipm0-leaf-p2", intermediates: ["ica-ipm0", "ipm0-map"], explicit: true,
            expected: .invalid(code: "policy-required", index: 0), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "inhibitPolicyMapping 0 above a mapping", leaf: "ipm0-leaf-p2", intermediates: ["ica-ipm0", "ipm0-map"],
            expected: .valid([]), openssl: "OK"),
        Row(name: "inhibitPolicyMapping 1 above a mapping, explicit", leaf: "ipm1-leaf-p2", intermediates: ["ica-ipm1", "ipm1-map"], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        // inhibitAnyPolicy with skipCerts 0 and 1.
        Row(name: "inhibitAnyPolicy 0 above an anyPolicy CA, explicit", leaf: "iap0-leaf-p1", intermediates: ["ica-iap0", "iap0-any"], explicit: true,
            expected: .invalid(code: "policy-required", index: 1), openssl: "error 43 at 0 depth lookup: no explicit policy"),
        Row(name: "inhibitAnyPolicy 0 above an anyPolicy CA", leaf: "iap0-leaf-p1", intermediates: ["ica-iap0", "iap0-any"],
            expected: .valid([]), openssl: "OK"),
        Row(name: "inhibitAnyPolicy 1 above an anyPolicy CA, explicit", leaf: "iap1-leaf-p1", intermediates: ["ica-iap1", "iap1-any"], explicit: true,
            expected: .valid([p1]), openssl: "OK"),
        // A self-issued intermediate does not count (RFC 5280 6.1.4 h) and may use
        // anyPolicy under inhibitAnyPolicy 0 (6.1.3 d.2): requireExplicitPolicy 2 above it
        // still allows a leaf without policies; counted, it would not.
        Row(name: "self-issued CA not counted, leaf without policies", leaf: "self-leaf-none", intermediates: ["ica-self", "ica-self-roll"],
            expected: .valid([]), openssl: "OK"),
        Row(name: "self-issued CA keeps anyPolicy, user {P1}, explicit", leaf: "self-leaf-p1", intermediates: ["ica-self", "ica-self-roll"],
            userPolicies: [p1], explicit: true, expected: .valid([p1]), openssl: "OK"),
        // A mapping from anyPolicy is refused (RFC 5280 6.1.4 a).
        Row(name: "mapping to anyPolicy", leaf: "map-any-leaf-p1", intermediates: ["ica-map-any"],
            expected: .invalid(code: "extension-profile", index: 1),
            openssl: "error 42 at 1 depth lookup: invalid or inconsistent certificate policy extension"),
    ]

    static func verify(_ row: Row, configure: (inout VerificationPolicy) -> Void = { _ in }) throws -> VerificationResult {
        var policy = VerificationPolicy(time: june2026, purpose: .serverAuth, peerNames: [.dns("www.example.com")])
        policy.userInitialPolicySet = row.userPolicies
        policy.initialExplicitPolicy = row.explicit
        policy.initialPolicyMappingInhibit = row.inhibitMapping
        policy.initialAnyPolicyInhibit = row.inhibitAny
        configure(&policy)
        let store = TrustStore(certificates: [try load("root")])
        return ChainVerifier(trustStore: store, policy: policy).verify(try load(row.leaf), intermediates: try row.intermediates.map(load))
    }

    @Test(arguments: rows)
    func policyProcessing(_ row: Row) throws {
        let result = try Self.verify(row)
        // Our verdict agrees with OpenSSL's.
        #expect(result.isValid == (row.openssl == "OK"))
        switch row.expected {
        case .valid(let policies):
            #expect(result.isValid, "\(String(describing: result.primaryFailure))")
            #expect(result.path?.count == row.intermediates.count + 2)
            #expect(result.validPolicies == policies)
        case .invalid(let code, let index):
            #expect(!result.isValid)
            #expect(result.validPolicies.isEmpty)
            #expect(result.primaryFailure?.code == code, "\(String(describing: result.primaryFailure))")
            let attempt = try #require(result.attempts.last)
            #expect(attempt.failingIndex == index)
            // The failure names the certificate by its index, as the attempt does.
            if case .policyRequired(let certificateIndex, _)? = result.primaryFailure {
                #expect(certificateIndex == index)
                #expect(result.primaryFailure?.description.contains("certificate #\(index)") == true)
            }
        }
    }

    /// The default inputs are RFC 5280 6.1.1's: any policy, nothing inhibited or required.
    @Test func defaultInputs() {
        let policy = VerificationPolicy(time: Self.june2026)
        #expect(policy.userInitialPolicySet == [CertificatePolicies.anyPolicy])
        #expect(!policy.initialExplicitPolicy)
        #expect(!policy.initialPolicyMappingInhibit)
        #expect(!policy.initialAnyPolicyInhibit)
        #expect(policy.budget.policyTreeNodes == 1_000)
    }

    /// Four CAs each asserting P1..P8 and mapping every one to all eight: the tree would
    /// hold 8^k nodes at depth k (37,448 in all). It stops at the node limit with the typed
    /// error, at once. OpenSSL 3.0.19 stops too ("check_policy:malloc failure", its own
    /// 1,000-node limit).
    @Test func policyTreeBombFailsClosed() throws {
        let row = Row(name: "bomb", leaf: "bomb-leaf", intermediates: ["bomb-1", "bomb-2", "bomb-3", "bomb-4"], expected: .valid([]), openssl: "")
        let clock = ContinuousClock()
        var result: VerificationResult?
        let elapsed = try clock.measure { result = try Self.verify(row) }
        let verdict = try #require(result)
        #expect(!verdict.isValid)
        guard case .policyTreeTooLarge(let index, let limit)? = verdict.primaryFailure else {
            Issue.record("expected policyTreeTooLarge, got \(String(describing: verdict.primaryFailure))")
            return
        }
        #expect(limit == 1_000)
        #expect((0...4).contains(index))
        #expect(verdict.primaryFailure?.code == "policy-tree-too-large")
        // Generous for a debug build on a loaded machine; the exponential tree would not
        // finish at all.
        #expect(elapsed < .seconds(5))

        // With room for the whole tree the same chain is valid (the mapping rules are
        // right, only the size is refused): 8 + 64 + 512 + 4,096 + 32,768 nodes.
        let roomy = try Self.verify(row) { $0.budget.policyTreeNodes = 40_000 }
        #expect(roomy.isValid, "\(String(describing: roomy.primaryFailure))")
        #expect(Set(roomy.validPolicies).count == 8)
    }

    /// A directly trusted leaf has no certificate to process: the valid policies are the
    /// user's.
    @Test func trustedLeafAlone() throws {
        var policy = VerificationPolicy(time: Self.june2026)
        policy.userInitialPolicySet = [Self.p1]
        policy.initialExplicitPolicy = true
        let leaf = try Self.load("leaf-p1")
        let result = ChainVerifier(trustStore: TrustStore(certificates: [leaf]), policy: policy).verify(leaf)
        #expect(result.isValid)
        #expect(result.validPolicies == [Self.p1])
    }

    /// The diagnosis names a policy failure with its own finding (`policy-required`), about
    /// the certificate without an acceptable policy, with the verifier's reason.
    @Test func diagnosisExplainsAPolicyFailure() throws {
        func source(_ name: String) -> DiagnosisSource {
            DiagnosisSource.read(packageRoot.appendingPathComponent("TestVectors/policies/\(name).pem").path)
        }
        let input = DiagnosisInput(
            certificates: [source("rep0-leaf-none"), source("ica-rep0")], trustAnchors: [source("root")],
            host: "www.example.com", time: Self.june2026)
        let report = Diagnosis.run(input)
        let finding = try #require(report.findings.first { $0.code == .policyRequired }, "\(report.findings.map(\.code))")
        #expect(finding.message.contains("no certificatePolicies extension"))
        #expect(finding.message.hasPrefix("#0 CN=www.example.com"), "about the leaf: \(finding.message)")
        #expect(!report.findings.contains { $0.code == .noPath })
        // The same files with a leaf that asserts P1 have no such finding.
        let fine = Diagnosis.run(DiagnosisInput(
            certificates: [source("rep0-leaf-p1"), source("ica-rep0")], trustAnchors: [source("root")],
            host: "www.example.com", time: Self.june2026))
        #expect(!fine.findings.contains { $0.code == .noPath || $0.code == .policyRequired })
    }

    /// A path refused for its policies does not end the search: with the twin of
    /// ica-none that requires an explicit policy tried first, the leaf without policies
    /// still verifies through ica-none, and the refused path is kept with its reason.
    /// (OpenSSL 3.0.19 builds one chain and does not go back on a policy failure: with
    /// `-untrusted` holding ica-none-rep0 first it reports "error 43 at 0 depth lookup: no
    /// explicit policy"; RFC 4158 path building tries the other issuer.)
    @Test func searchGoesOnAfterAPolicyFailure() throws {
        let row = Row(name: "twin", leaf: "leaf-none", intermediates: ["ica-none-rep0", "ica-none"], expected: .valid([]),
            openssl: "error 43 at 0 depth lookup: no explicit policy (first issuer only)")
        let result = try Self.verify(row)
        let path = try #require(result.path)
        #expect(path[1] == (try Self.load("ica-none")))
        #expect(result.validPolicies.isEmpty)
        let refused = try #require(result.attempts.first { $0.failure.code == "policy-required" })
        #expect(refused.failingIndex == 0)
        #expect(refused.certificates[1] == (try Self.load("ica-none-rep0")))
    }
}
