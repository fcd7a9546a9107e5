import Foundation
import Testing

/// `x509dump verify` with the certificate policy inputs (RFC 5280 6.1.1 c, e, f, g) over the
/// chains of TestVectors/policies (TestVectors/gen/52-policies.sh), run as the built
/// executable.
struct VerifyCommandTests {
    static let p1 = "2.16.840.1.101.3.2.1.48.1"

    /// `x509dump verify LEAF --untrusted ICA... --ca root.pem --at 2026-06-01 extra...`.
    static func verify(_ leaf: String, _ intermediates: [String], _ extra: [String]) throws -> Tool.Run {
        var arguments = ["verify", vectorPath("policies/\(leaf).pem"), "--ca", vectorPath("policies/root.pem"), "--at", "2026-06-01"]
        for name in intermediates { arguments += ["--untrusted", vectorPath("policies/\(name).pem")] }
        return try Tool.run(arguments + extra)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let leaf: String
        let intermediates: [String]
        let options: [String]
        let exitCode: Int32
        /// The `valid policies:` line of the text output, or the failure's code.
        let expected: String
        var testDescription: String { "\(leaf) \(options.joined(separator: " "))" }
    }

    static let rows: [Row] = [
        Row(leaf: "leaf-none", intermediates: ["ica-none"], options: [], exitCode: 0, expected: "valid policies: none (none required)"),
        Row(leaf: "leaf-none", intermediates: ["ica-none"], options: ["--explicit-policy"], exitCode: 1, expected: "policy-required"),
        Row(leaf: "leaf-p1", intermediates: ["ica-p1p2"], options: ["--policy", p1, "--explicit-policy"], exitCode: 0,
            expected: "valid policies: \(p1)"),
        Row(leaf: "any-leaf-any", intermediates: ["ica-any"], options: [], exitCode: 0, expected: "valid policies: 2.5.29.32.0 (anyPolicy)"),
        Row(leaf: "any-leaf-any", intermediates: ["ica-any"], options: ["--policy", "anyPolicy"], exitCode: 0,
            expected: "valid policies: 2.5.29.32.0 (anyPolicy)"),
        Row(leaf: "map-leaf-p2", intermediates: ["ica-map"], options: ["--explicit-policy", "--inhibit-policy-mapping"], exitCode: 1,
            expected: "policy-required"),
        Row(leaf: "any-leaf-p1", intermediates: ["ica-any"], options: ["--explicit-policy", "--inhibit-any-policy"], exitCode: 1,
            expected: "policy-required"),
        Row(leaf: "bomb-leaf", intermediates: ["bomb-1", "bomb-2", "bomb-3", "bomb-4"], options: [], exitCode: 1,
            expected: "policy-tree-too-large"),
    ]

    @Test(arguments: rows)
    func policyOptions(_ row: Row) throws {
        let text = try Self.verify(row.leaf, row.intermediates, row.options)
        #expect(text.exitCode == row.exitCode, "\(text.text)\(text.standardError)")
        let json = try Self.verify(row.leaf, row.intermediates, row.options + ["--json"])
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
        if row.exitCode == 0 {
            #expect(text.text.split(separator: "\n").contains { $0 == row.expected })
            let policies = try #require(object["validPolicies"] as? [String])
            let expectedOIDs = row.expected.dropFirst("valid policies: ".count).split(separator: ",").compactMap {
                $0.split(separator: " ").first.map(String.init)
            }.filter { $0 != "none" }
            #expect(policies == expectedOIDs)
        } else {
            let failure = try #require(object["failure"] as? [String: Any])
            #expect(failure["code"] as? String == row.expected)
            #expect(object["validPolicies"] == nil)
        }
    }

    @Test func badPolicyIsAUsageError() throws {
        let run = try Self.verify("leaf-p1", ["ica-p1p2"], ["--policy", "not-an-oid"])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("--policy"))
    }
}

/// `x509dump verify --profile` on the certificates of TestVectors/gen/53-profiles.sh: the
/// client profile is the default, and each output names the profile it applied.
struct VerifyProfileCommandTests {
    static func run(_ leaf: String, ca: String, _ extra: [String]) throws -> Tool.Run {
        try Tool.run(
            ["verify", vectorPath("verification/profiles/\(leaf).pem"), "--ca", vectorPath("verification/profiles/\(ca).pem"),
             "--at", "2026-06-01"] + extra)
    }

    /// `openssl req -x509` with OpenSSL 3's defaults (CA:TRUE, no EKU), trusted and served
    /// as the server certificate: valid as OpenSSL and curl see it, refused by webPKI with
    /// the rule and the profile named.
    @Test func selfSignedCAServedAsLeaf() throws {
        let client = try Self.run("req-x509-default", ca: "req-x509-default", ["--host", "localhost"])
        #expect(client.exitCode == 0, "\(client.text)\(client.standardError)")
        #expect(client.text.contains("(profile client)"))
        let webPKI = try Self.run("req-x509-default", ca: "req-x509-default", ["--host", "localhost", "--profile", "webpki"])
        #expect(webPKI.exitCode == 1)
        #expect(webPKI.text.contains("end-entity certificate is a CA certificate (BR 7.1.2.7.8: a rule of the webPKI profile"))
        #expect(webPKI.text.contains("(profile webPKI)"))
    }

    /// A leaf without extendedKeyUsage is never told that its EKU forbids server
    /// authentication; JSON carries the profile and the rule's code.
    @Test func missingEKUNamesTheMissingExtension() throws {
        let strict = try Self.run("leaf-no-eku", ca: "root", ["--host", "www.example.com", "--profile", "webpki", "--json"])
        #expect(strict.exitCode == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: strict.standardOutput) as? [String: Any])
        #expect(object["profile"] as? String == "webPKI")
        let failure = try #require(object["failure"] as? [String: Any])
        #expect(failure["code"] as? String == "subscriber-profile")
        let message = try #require(failure["message"] as? String)
        #expect(message.contains("no extendedKeyUsage extension"))
        #expect(!message.contains("does not allow"))
        let client = try Self.run("leaf-no-eku", ca: "root", ["--host", "www.example.com"])
        #expect(client.exitCode == 0, "\(client.text)")
        let rfc = try Self.run("leaf-no-eku", ca: "root", ["--host", "www.example.com", "--rfc5280"])
        #expect(rfc.exitCode == 0, "\(rfc.text)")
        #expect(rfc.text.contains("(profile rfc5280)"))
    }

    @Test func badProfileIsAUsageError() throws {
        let bad = try Self.run("leaf-no-eku", ca: "root", ["--profile", "strict"])
        #expect(bad.exitCode == 2)
        #expect(bad.standardError.contains("--profile takes client, webpki or rfc5280"))
        let contradiction = try Self.run("leaf-no-eku", ca: "root", ["--profile", "webpki", "--rfc5280"])
        #expect(contradiction.exitCode == 2)
    }

    /// A key or a CSR given where the chain goes (arguments swapped): the error says what the
    /// file holds, not only that it has no certificate.
    @Test(arguments: [
        ("verification/cross-sign/leaf.key", "PRIVATE KEY block"),
        ("certs/leaf-rsa2048.pem", nil),
    ] as [(String, String?)])
    func chainThatIsNotACertificate(_ file: String, _ holds: String?) throws {
        let run = try Tool.run(["verify", vectorPath(file), "--ca", vectorPath("verification/cross-sign/trust-store.pem")])
        if let holds {
            #expect(run.exitCode == 2)
            #expect(run.standardError.contains("no certificate found: it is PEM text with 1 "), "\(run.standardError)")
            #expect(run.standardError.contains(holds), "\(run.standardError)")
        } else {
            #expect(!run.standardError.contains("no certificate found"), "\(run.standardError)")
        }
    }

    /// A name that does not match stops the search at the leaf; verify then says whether the
    /// chain holds without the name check (the name is the only problem, or not).
    @Test func nameMismatchSaysWhetherTheChainHolds() throws {
        let chain = vectorPath("verification/cross-sign/fullchain.pem")
        let store = vectorPath("verification/cross-sign/trust-store.pem")
        let good = try Tool.run(["verify", chain, "--ca", store, "--at", "2026-06-01", "--host", "wrong.example.com"])
        #expect(good.exitCode == 1)
        #expect(good.text.contains("FAILED: no subjectAltName matches wrong.example.com"), "\(good.text)")
        #expect(good.text.contains("without the name check: the chain is valid (3 certificate(s) up to CN=New Root): the name is the only problem"),
                "\(good.text)")
        // Anchored to an unrelated root: the name is not the only problem.
        let trustedElsewhere = try Tool.run(
            ["verify", chain, "--ca", vectorPath("verification/root.pem"), "--at", "2026-06-01", "--host", "wrong.example.com", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: trustedElsewhere.standardOutput) as? [String: Any])
        let without = try #require(json["withoutNameCheck"] as? [String: Any], "\(trustedElsewhere.text)")
        #expect(without["valid"] as? Bool == false)
        #expect((without["failure"] as? [String: Any])?["code"] != nil)
        // A matching name: no such line.
        let right = try Tool.run(["verify", chain, "--ca", store, "--at", "2026-06-01", "--host", "www.example.com"])
        #expect(right.exitCode == 0)
        #expect(!right.text.contains("without the name check"))
    }

    /// `--host` takes what people paste, as the diagnosis and curl do: a URL or HOST:PORT is
    /// checked for its host, an address as an address; what is no name at all is still a
    /// usage error.
    @Test(arguments: [
        ("https://www.example.com:443/login", 0, "OK"),
        ("www.example.com:8443", 0, "OK"),
        ("  www.example.com  ", 0, "OK"),
        ("https://wrong.example.com/", 1, "no subjectAltName matches wrong.example.com"),
        ("192.0.2.1", 1, "192.0.2.1"),
        ("[2001:db8::1]:443", 1, "2001:db8::1"),
        ("not a name!", 2, "--host: 'not a name!' is not a valid DNS name"),
    ] as [(String, Int32, String)])
    func hostAsPeopleWriteIt(_ host: String, _ exitCode: Int32, _ text: String) throws {
        let run = try Tool.run(["verify", vectorPath("verification/cross-sign/fullchain.pem"),
                                "--ca", vectorPath("verification/cross-sign/trust-store.pem"), "--at", "2026-06-01", "--host", host])
        #expect(run.exitCode == exitCode, "\(run.text)")
        #expect((run.text + run.standardError).contains(text), "\(run.text)\(run.standardError)")
    }

    /// "No issuer found" explained when CHAIN tells why: a self-signed certificate nobody
    /// trusts, or a leaf alone. Not for a chain whose root is simply not trusted.
    @Test(arguments: [
        ("verification/profiles/req-x509-default.pem", "hint: CN=localhost is self-signed and not in the trust store"),
        ("certs/leaf-rsa2048.pem", "hint: CHAIN holds only the leaf "),
        ("verification/chain.pem", nil),
    ] as [(String, String?)])
    func issuerNotFoundHints(_ file: String, _ hint: String?) throws {
        let run = try Tool.run(["verify", vectorPath(file), "--ca", vectorPath("verification/cross-sign/trust-store.pem"), "--at", "2026-06-01"])
        #expect(run.exitCode == 1)
        #expect(run.text.contains("FAILED: no issuer found"), "\(run.text)")
        if let hint {
            #expect(run.text.contains(hint), "\(run.text)")
        } else {
            #expect(!run.text.contains("hint:"), "\(run.text)")
        }
    }
}
