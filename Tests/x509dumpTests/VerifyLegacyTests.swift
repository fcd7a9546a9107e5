import Foundation
import Testing

/// `x509dump verify --allow-legacy`: SHA-1 and DSA signatures are accepted only with it
/// (`--allow-sha1` accepts SHA-1 alone), never with --profile webpki; without it a DSA
/// signature fails with a message that names the option. Files of
/// TestVectors/gen/57-legacy.sh; OpenSSL 3.0 accepts both chains (`openssl verify -attime`).
struct VerifyLegacyTests {
    static func file(_ name: String) -> String { vectorPath("verification/legacy/\(name)") }

    struct Row: Sendable, CustomTestStringConvertible {
        let chain: String
        let root: String
        let options: [String]
        let exitCode: Int32
        let expected: [String]
        var forbidden: [String] = []
        var testDescription: String { "\(chain) \(options.joined(separator: " "))" }
    }

    static let rows: [Row] = [
        Row(chain: "dsa-leaf.pem", root: "dsa-root.pem", options: [], exitCode: 1,
            expected: ["legacy signature algorithm DSA with SHA-256", "--allow-legacy"], forbidden: ["OK"]),
        Row(chain: "dsa-leaf.pem", root: "dsa-root.pem", options: ["--allow-sha1"], exitCode: 1,
            expected: ["--allow-legacy"], forbidden: ["OK"]),
        Row(chain: "dsa-leaf.pem", root: "dsa-root.pem", options: ["--allow-legacy"], exitCode: 0, expected: ["OK"]),
        Row(chain: "dsa-leaf.pem", root: "dsa-root.pem", options: ["--allow-legacy", "--profile", "rfc5280"], exitCode: 0,
            expected: ["OK"]),
        Row(chain: "dsa-leaf.pem", root: "dsa-root.pem", options: ["--allow-legacy", "--profile", "webpki"], exitCode: 2,
            expected: ["--allow-legacy", "webpki"], forbidden: ["OK"]),
        Row(chain: "sha1-leaf.pem", root: "sha1-root.pem", options: [], exitCode: 1,
            expected: ["not allowed"], forbidden: ["OK"]),
        Row(chain: "sha1-leaf.pem", root: "sha1-root.pem", options: ["--allow-sha1"], exitCode: 0, expected: ["OK"]),
        Row(chain: "sha1-leaf.pem", root: "sha1-root.pem", options: ["--allow-legacy"], exitCode: 0, expected: ["OK"]),
    ]

    @Test(arguments: rows)
    func verdicts(_ row: Row) throws {
        let run = try Tool.run(
            ["verify", Self.file(row.chain), "--ca", Self.file(row.root), "--at", "2026-06-01", "--host", "www.example.com"] + row.options)
        let output = run.text + run.standardError
        #expect(run.exitCode == row.exitCode, "\(output)")
        for text in row.expected { #expect(output.contains(text), "missing \(text) in \(output)") }
        for text in row.forbidden { #expect(!output.contains(text), "unexpected \(text) in \(output)") }
    }
}

/// A few NIST PKITS tests end to end through `x509dump verify --profile client --purpose any
/// --allow-legacy --crl-check all` (the whole suite runs through the library in
/// PureX509Tests' PKITSTests): DSA with inherited parameters, a revoked end entity, a CRL
/// signed by a separate key, a delta CRL, an indirect CRL, and policy inputs. Needs the data
/// fetched by Scripts/fetch-pkits.sh.
struct VerifyPKITSTests {
    static let directory: String = {
        if let chosen = ProcessInfo.processInfo.environment["PKITS_DIR"], !chosen.isEmpty { return chosen }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/pkits").path
    }()
    static var present: Bool { FileManager.default.fileExists(atPath: directory + "/certs/TrustAnchorRootCertificate.crt") }

    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let certificates: [String]
        let crls: [String]
        var options: [String] = []
        let valid: Bool
        var expected: String? = nil
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "4.1.5", certificates: ["DSACACert", "DSAParametersInheritedCACert", "ValidDSAParameterInheritanceTest5EE"],
            crls: ["DSACACRL", "DSAParametersInheritedCACRL"], valid: true),
        Row(id: "4.1.6", certificates: ["DSACACert", "InvalidDSASignatureTest6EE"], crls: ["DSACACRL"], valid: false),
        Row(id: "4.4.3", certificates: ["GoodCACert", "InvalidRevokedEETest3EE"], crls: ["GoodCACRL"], valid: false,
            expected: "revoked"),
        Row(id: "4.4.1", certificates: ["NoCRLCACert", "InvalidMissingCRLTest1EE"], crls: [], valid: false),
        Row(id: "4.4.19", certificates: [
            "SeparateCertificateandCRLKeysCertificateSigningCACert", "SeparateCertificateandCRLKeysCRLSigningCert",
            "ValidSeparateCertificateandCRLKeysTest19EE",
        ], crls: ["SeparateCertificateandCRLKeysCRL"], valid: true),
        Row(id: "4.15.4", certificates: ["deltaCRLCA1Cert", "InvaliddeltaCRLTest4EE"], crls: ["deltaCRLCA1CRL", "deltaCRLCA1deltaCRL"],
            valid: false, expected: "revoked"),
        Row(id: "4.15.5", certificates: ["deltaCRLCA1Cert", "ValiddeltaCRLTest5EE"], crls: ["deltaCRLCA1CRL", "deltaCRLCA1deltaCRL"],
            valid: true),
        Row(id: "4.14.24", certificates: ["indirectCRLCA2Cert", "indirectCRLCA1Cert", "ValidIDPwithindirectCRLTest24EE"],
            crls: ["indirectCRLCA1CRL"], valid: true),
        Row(id: "4.8.1 subpart 3", certificates: ["GoodCACert", "ValidCertificatePathTest1EE"], crls: ["GoodCACRL"],
            options: ["--policy", "2.16.840.1.101.3.2.1.48.2", "--explicit-policy"], valid: false),
        Row(id: "4.10.1 subpart 3", certificates: ["Mapping1to2CACert", "ValidPolicyMappingTest1EE"], crls: ["Mapping1to2CACRL"],
            options: ["--inhibit-policy-mapping"], valid: false),
        Row(id: "4.12.3 subpart 2", certificates: ["inhibitAnyPolicy1CACert", "inhibitAnyPolicy1subCA1Cert", "inhibitAnyPolicyTest3EE"],
            crls: ["inhibitAnyPolicy1CACRL", "inhibitAnyPolicy1subCA1CRL"], options: ["--inhibit-any-policy"], valid: false),
        Row(id: "4.12.3 subpart 1", certificates: ["inhibitAnyPolicy1CACert", "inhibitAnyPolicy1subCA1Cert", "inhibitAnyPolicyTest3EE"],
            crls: ["inhibitAnyPolicy1CACRL", "inhibitAnyPolicy1subCA1CRL"], valid: true),
    ]

    @Test(
        .enabled(if: present, "PKITS data is absent: run Scripts/fetch-pkits.sh (it fills ../shared/pkits, or $PKITS_DIR)"),
        arguments: rows)
    func pkits(_ row: Row) throws {
        var arguments = [
            "verify", "\(Self.directory)/certs/\(row.certificates.last ?? "").crt",
            "--ca", "\(Self.directory)/certs/TrustAnchorRootCertificate.crt",
            "--profile", "client", "--purpose", "any", "--allow-legacy", "--crl-check", "all", "--at", "2026-11-22T12:00:00Z",
            "--crl", "\(Self.directory)/crls/TrustAnchorRootCRL.crl",
        ]
        for stem in row.certificates.dropLast() { arguments += ["--untrusted", "\(Self.directory)/certs/\(stem).crt"] }
        for stem in row.crls { arguments += ["--crl", "\(Self.directory)/crls/\(stem).crl"] }
        let run = try Tool.run(arguments + row.options)
        let output = run.text + run.standardError
        #expect(run.exitCode == (row.valid ? 0 : 1), "\(row.id): \(output)")
        if let expected = row.expected { #expect(output.contains(expected), "\(row.id): \(output)") }
    }
}
