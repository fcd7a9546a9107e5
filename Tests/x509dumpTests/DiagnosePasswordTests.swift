import Foundation
import Testing
@testable import x509dump

/// `diagnose --password/--password-file/--password-env`: encrypted keys (PKCS#8, legacy PEM)
/// and PKCS#12 files are opened and checked like any other key; a wrong password is
/// `wrong-password`, a damaged archive `der-malformed`, and without a password the finding
/// names the options. Inputs: TestVectors/client-trust (TestVectors/gen/60-client-trust.sh).
@Suite("x509dump diagnose passwords")
struct DiagnosePasswordTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        /// Files of TestVectors/client-trust copied (mode 600) and named by these arguments.
        let arguments: [String]
        let exitCode: Int32
        /// Exactly these codes, sorted.
        let codes: [String]
        /// Text the findings' messages must hold.
        let mentions: [String]
        /// The served position the key was matched to (nil: no leaf from a key).
        let chainTrusted: Bool
        var testDescription: String { name }
    }

    static let base = ["--ca", "corp-root.pem", "--host", "www.example.com"]

    static let rows: [Row] = [
        Row(name: "PKCS#8, no password", arguments: ["chain.pem", "--key", "leaf-pkcs8-enc.pem"] + base, exitCode: 0,
            codes: ["key-encrypted"], mentions: ["--password-file FILE, --password-env VAR or --password PASS"], chainTrusted: true),
        Row(name: "PKCS#8, right password", arguments: ["chain.pem", "--key", "leaf-pkcs8-enc.pem", "--password-file", "password.txt"] + base,
            exitCode: 0, codes: ["key-encrypted"], mentions: ["the password given decrypts it, and it was checked against the certificates"], chainTrusted: true),
        Row(name: "PKCS#8, right password, another key", arguments: ["chain.pem", "--key", "other-pkcs8-enc.pem", "--password", "correct-horse"] + base,
            exitCode: 1, codes: ["key-encrypted", "key-mismatch"], mentions: ["belongs to none of the 2 served certificates"], chainTrusted: true),
        Row(name: "PKCS#8, wrong password", arguments: ["chain.pem", "--key", "leaf-pkcs8-enc.pem", "--password-file", "wrong-password.txt"] + base,
            exitCode: 1, codes: ["wrong-password"], mentions: ["The password given does not open the private key in"], chainTrusted: true),
        Row(name: "legacy PEM, right password", arguments: ["chain.pem", "--key", "leaf-legacy-enc.pem", "--password", "correct-horse"] + base,
            exitCode: 0, codes: ["key-encrypted"], mentions: ["legacy OpenSSL PEM encryption (AES-128-CBC)"], chainTrusted: true),
        Row(name: "legacy PEM, wrong password", arguments: ["chain.pem", "--key", "leaf-legacy-enc.pem", "--password", "battery-staple"] + base,
            exitCode: 1, codes: ["wrong-password"], mentions: ["openssl pkey -in"], chainTrusted: true),
        Row(name: "PKCS#12, no password", arguments: ["server.p12"] + base, exitCode: 1,
            codes: ["format-pkcs12"], mentions: ["It is protected by a password", "--password-file FILE"], chainTrusted: false),
        Row(name: "PKCS#12, right password", arguments: ["server.p12", "--password-file", "password.txt"] + base, exitCode: 0,
            codes: ["format-pkcs12"], mentions: ["read PEM files, not PKCS#12"], chainTrusted: true),
        Row(name: "PKCS#12, wrong password", arguments: ["server.p12", "--password", "battery-staple"] + base, exitCode: 1,
            codes: ["format-pkcs12", "wrong-password"], mentions: ["does not open the PKCS#12 archive", "openssl pkcs12 -in"], chainTrusted: false),
        Row(name: "PKCS#12 altered, right password", arguments: ["server-altered.p12", "--password-file", "password.txt"] + base, exitCode: 1,
            codes: ["der-malformed", "format-pkcs12"], mentions: ["the password is right (it decrypts the contents), but the integrity check fails"],
            chainTrusted: false),
        Row(name: "PKCS#12 as the key of a PEM chain", arguments: ["chain.pem", "--key", "server.p12", "--password", "correct-horse"] + base,
            exitCode: 0, codes: ["format-pkcs12"], mentions: [], chainTrusted: true),
    ]

    /// Copies the inputs to a scratch folder (mode 600, as a careful administrator keeps
    /// them) and runs diagnose there, in process.
    static func run(_ arguments: [String], json: Bool) throws -> (output: String, exitCode: Int32) {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let absolute = try privateCopies(of: arguments, in: directory) { vectorPath("client-trust/" + $0) }
        let parsed = try ParsedArguments(absolute + Self.at + (json ? ["--json"] : []), spec: DiagnoseCommand.options)
        return try DiagnoseCommand.diagnose(parsed, color: false, environment: [:], certifiPaths: [])
    }

    @Test(arguments: rows)
    func passwords(_ row: Row) throws {
        let json = try Self.run(row.arguments, json: true)
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.compactMap { $0["code"] as? String }.sorted() == row.codes, "\(findings.map { $0["message"] ?? "" })")
        let messages = findings.map { "\($0["message"] as? String ?? "") \($0["fix"] as? String ?? "")" }.joined(separator: "\n")
        for mention in row.mentions {
            #expect(messages.contains(mention), "\(mention) in \(messages)")
        }
        #expect(object["chainTrusted"] as? Bool == row.chainTrusted)
        // Never a password in the output.
        #expect(!json.output.contains("correct-horse") && !json.output.contains("battery-staple"))

        let text = try Self.run(row.arguments, json: false)
        #expect(text.exitCode == row.exitCode)
        let textCodes = text.output.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count >= 2, ["error", "warning", "info"].contains(String(words[0])) else { return nil }
            return String(words[1])
        }
        #expect(textCodes.sorted() == row.codes)
        #expect(!text.output.contains("correct-horse") && !text.output.contains("battery-staple"))
    }

    /// `--password-env` through the real command line, and the usage errors.
    @Test func passwordFromTheEnvironmentAndUsageErrors() throws {
        let chain = vectorPath("client-trust/chain.pem"), key = vectorPath("client-trust/leaf-pkcs8-enc.pem")
        let ca = ["--ca", vectorPath("client-trust/corp-root.pem")]
        let right = try Tool.run(["diagnose", chain, "--key", key, "--password-env", "X509DUMP_TEST_KEY_PASSWORD", "--json"] + ca + Self.at,
                                 environment: ["X509DUMP_TEST_KEY_PASSWORD": "correct-horse"])
        let object = try #require(try JSONSerialization.jsonObject(with: right.standardOutput) as? [String: Any])
        let codes = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(!codes.contains("wrong-password") && !codes.contains("key-mismatch"))
        #expect(codes.contains("key-encrypted"))
        let unset = try Tool.run(["diagnose", chain, "--key", key, "--password-env", "X509DUMP_TEST_UNSET_VARIABLE"] + ca + Self.at)
        #expect(unset.exitCode == 2)
        #expect(unset.standardError.contains("X509DUMP_TEST_UNSET_VARIABLE is not set"))
        let both = try Tool.run(["diagnose", chain, "--key", key, "--password", "a", "--password-file", "b"] + ca + Self.at)
        #expect(both.exitCode == 2)
        #expect(both.standardError.contains("give only one of --password, --password-file and --password-env"))
        let help = try Tool.run(["diagnose", "--help"])
        #expect(help.text.contains("--password-file FILE"))
    }
}
