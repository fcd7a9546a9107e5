import PureX509
import PureX509ASN1
import Testing

/// The three verification profiles on certificates made the way people make them
/// (TestVectors/gen/53-profiles.sh). Each row gives the verdict of every profile, and the
/// client verdict is the one `openssl verify` (OpenSSL 3.0) gives on the same files,
/// recorded when the vectors were made.
struct VerificationProfileTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let leaf: String
        var intermediates: [String] = []
        let anchors: [String]
        var host: String? = nil
        /// Failure code per profile, nil when the path is valid.
        let client: String?
        let webPKI: String?
        let rfc5280: String?
        /// Text that must not appear in the failure message of any profile (a rule that
        /// does not apply).
        var forbidden: [String] = []
        var testDescription: String { name }
    }

    static let june2026: Int64 = ASN1Time(year: 2026, month: 6, day: 1)!.secondsSince1970

    static func load(_ name: String) throws -> Certificate {
        try Certificate(derEncoded: pemBlocks(String(decoding: try testVector("verification/profiles/\(name).pem"), as: UTF8.self))[0])
    }

    static let rows: [Row] = [
        // `openssl req -x509` with OpenSSL 3's defaults, trusted through --ca and served as
        // the server certificate: OpenSSL, curl and Python accept it.
        Row(
            name: "req -x509 default served as leaf", leaf: "req-x509-default", anchors: ["req-x509-default"],
            host: "localhost", client: nil, webPKI: "leaf-is-ca", rfc5280: nil),
        // A private root without SKI and with non-critical basicConstraints, and a leaf
        // without EKU or AKI: OpenSSL 3 accepts (openssl verify -purpose sslserver: OK).
        Row(
            name: "lax private root and leaf", leaf: "lax-leaf", anchors: ["lax-root"], host: "app.internal",
            client: nil, webPKI: "subscriber-profile", rfc5280: "key-identifiers",
            forbidden: ["does not allow"]),
        // No extendedKeyUsage: fit for every purpose (RFC 5280 4.2.1.12); the web PKI
        // requires the extension, and says that, not that it forbids serverAuth.
        Row(
            name: "leaf without EKU", leaf: "leaf-no-eku", anchors: ["root"], host: "www.example.com",
            client: nil, webPKI: "subscriber-profile", rfc5280: nil, forbidden: ["does not allow"]),
        // EKU clientAuth only: every client refuses it for a server (openssl verify: error 26).
        Row(
            name: "client-only EKU", leaf: "leaf-client-only", anchors: ["root"], host: "www.example.com",
            client: "eku-mismatch", webPKI: "eku-mismatch", rfc5280: "eku-mismatch"),
        // Non-critical policyConstraints in an intermediate (RFC 5280 4.2.1.11 puts
        // criticality on the issuing CA): processed by OpenSSL 3 and Go.
        Row(
            name: "non-critical policyConstraints", leaf: "leaf-under-pc", intermediates: ["intermediate-noncritical-pc"],
            anchors: ["root"], host: "www.example.com",
            client: nil, webPKI: "critical-policy-constraints", rfc5280: "critical-policy-constraints"),
        // Version 1 root and leaf (`openssl x509 -req` without extensions): OpenSSL 3 counts
        // a v1 self-signed root as a CA and accepts the leaf; the strict profiles want v3.
        Row(
            name: "version 1 root and leaf", leaf: "v1-leaf", anchors: ["v1-root"],
            client: nil, webPKI: "unsupported-version", rfc5280: "unsupported-version"),
    ]

    @Test(arguments: rows)
    func verdicts(_ row: Row) throws {
        let leaf = try Self.load(row.leaf)
        let store = TrustStore(certificates: try row.anchors.map(Self.load))
        let intermediates = try row.intermediates.map(Self.load)
        for (profile, expected) in [(VerificationProfile.client, row.client), (.webPKI, row.webPKI), (.rfc5280, row.rfc5280)] {
            let policy = VerificationPolicy(
                time: Self.june2026, purpose: .serverAuth, peerNames: row.host.map { [.dns($0)] } ?? [], profile: profile)
            let result = ChainVerifier(trustStore: store, policy: policy).verify(leaf, intermediates: intermediates)
            #expect(result.profile == profile)
            #expect(result.primaryFailure?.code == expected, "\(profile): \(String(describing: result.primaryFailure))")
            if let failure = result.primaryFailure {
                for text in row.forbidden { #expect(!failure.description.contains(text), "\(profile): \(failure)") }
                // A failure of a profile rule names the rule and the profiles that apply it.
                if let rule = failure.profileRule {
                    #expect(!profile.applies(rule) == false, "\(profile) failed on \(rule), which it does not apply")
                    #expect(failure.description.contains(rule.citation), "\(failure)")
                    #expect(failure.description.contains("profile"), "\(failure)")
                }
            }
        }
    }

    @Test func clientIsTheDefault() {
        #expect(VerificationPolicy(time: 0).profile == .client)
        #expect(VerificationProfile.client.rules.isEmpty)
    }

    /// The strict presets: webPKI has every rule but critical nameConstraints (BR 7.1.2.5.2
    /// allows a non-critical one); rfc5280 has none of the Baseline Requirements' rules.
    @Test func presets() {
        #expect(!VerificationProfile.webPKI.applies(.criticalNameConstraints))
        #expect(VerificationProfile.webPKI.applies(.subscriberProfile))
        #expect(VerificationProfile.rfc5280.applies(.criticalNameConstraints))
        for rule in [VerificationProfile.Rule.subscriberProfile, .rootProfile, .publicKeyProfile, .commonNameEncoding] {
            #expect(!VerificationProfile.rfc5280.applies(rule))
        }
        #expect(VerificationProfile.named("WEBPKI") == .webPKI)
        #expect(VerificationProfile.named("rfc5280") == .rfc5280)
        #expect(VerificationProfile.named("strict") == nil)
        #expect(VerificationProfile.Rule.criticalPolicyConstraints.code == "critical-policy-constraints")
        #expect(VerificationProfile.Rule.version3.code == "version-3")
        for rule in VerificationProfile.Rule.allCases { #expect(!rule.clientPractice.isEmpty) }
    }
}
