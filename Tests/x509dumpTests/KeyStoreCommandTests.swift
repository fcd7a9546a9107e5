import Foundation
import Testing
@testable import x509dump

/// Java keystores through the command line: `show` (text and JSON: aliases, integrity, the
/// key matched to its certificate), `pem` (the certificates, never the key) and `diagnose`
/// (the PrivateKeyEntry's chain served, wrong store and key passwords, damaged stores, a
/// truststore given as the certificate). Inputs: TestVectors/keystores
/// (TestVectors/gen/70-keystores.sh); keytool's own PKCS#12 keeps working.
@Suite("x509dump with Java keystores")
struct KeyStoreCommandTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]
    static func path(_ name: String) -> String { vectorPath("keystores/" + name) }

    struct ShowRow: Sendable, CustomTestStringConvertible {
        let file: String
        let password: String?
        let exitCode: Int32
        /// Lines (or parts of lines) the text must hold.
        let text: [String]
        /// The JSON: integrity, the aliases, the problem kinds.
        let integrity: String?
        let aliases: [String]
        let problems: [String]
        var testDescription: String { "\(file) \(password ?? "no password")" }
    }

    static let showRows: [ShowRow] = [
        ShowRow(file: "server.jks", password: nil, exitCode: 0,
                text: ["Java keystore JKS", "2 entries, 1 private key", "not checked (no password given",
                       "Entry 2:       \"server\" PrivateKeyEntry, chain of 3 from CN=www.example.com; key JKS key protection (SHA-1 keystream) not read: password required",
                       "Certificate #2 (", "alias \"server\" chain certificate 1)"],
                integrity: "notChecked", aliases: ["root-ca", "server"], problems: []),
        ShowRow(file: "server.jks", password: "changeit", exitCode: 0,
                text: ["SHA-1 keystore digest, verified with the password given",
                       "key EC P-256, JKS key protection (SHA-1 keystream); matches #2 in"],
                integrity: "verified", aliases: ["root-ca", "server"], problems: []),
        ShowRow(file: "server.jceks", password: "changeit", exitCode: 0,
                text: ["Java keystore JCEKS", "key EC P-256, PBEWithMD5AndTripleDES (JCEKS); matches #2 in"],
                integrity: "verified", aliases: ["root-ca", "server"], problems: []),
        ShowRow(file: "rsa-unicode.jks", password: "пароль-ключ", exitCode: 0,
                text: ["key RSA 2048, JKS key protection (SHA-1 keystream); matches #1 in"],
                integrity: "verified", aliases: ["rsa-client"], problems: []),
        ShowRow(file: "server-badkeypass.jks", password: "changeit", exitCode: 0,
                text: ["not read: wrong password: the key's check digest does not match"],
                integrity: "verified", aliases: ["server"], problems: []),
        ShowRow(file: "server.jks", password: "not-the-password", exitCode: 1,
                text: ["wrong password: the keystore digest does not match this password at byte"],
                integrity: nil, aliases: [], problems: ["wrongPassword"]),
        ShowRow(file: "server-flipped.jks", password: "changeit", exitCode: 1,
                text: ["integrity check failed: the password opens the private key \"server\""],
                integrity: nil, aliases: [], problems: ["integrityCheckFailed"]),
        ShowRow(file: "server-truncated.jks", password: nil, exitCode: 1,
                text: ["entry 1 (\"root-ca\") certificate length", "runs past the end of the input", "at byte 40"],
                integrity: nil, aliases: [], problems: ["invalid"]),
        ShowRow(file: "server.p12", password: "changeit", exitCode: 0,
                text: ["PKCS#12 (", "4 certificates, 1 private key", "\"server\"", "\"root-ca\""],
                integrity: nil, aliases: [], problems: []),
    ]

    static func showArguments(_ row: ShowRow) -> [String] {
        [path(row.file)] + (row.password.map { ["--password", $0] } ?? []) + at
    }

    @Test(arguments: showRows)
    func show(_ row: ShowRow) throws {
        let text = ShowCommand.execute(try ParsedArguments(Self.showArguments(row), spec: ShowCommand.options))
        #expect(text.exitCode == row.exitCode)
        for part in row.text {
            #expect(text.standardOutput.contains(part), "\(part) in \(text.standardOutput)")
        }
        let json = ShowCommand.execute(try ParsedArguments(["--json"] + Self.showArguments(row), spec: ShowCommand.options))
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let input = try #require((object["inputs"] as? [[String: Any]])?.first)
        let items = input["items"] as? [[String: Any]] ?? []
        let store = items.first { $0["kind"] as? String == "javaKeyStore" }
        #expect(store?["integrity"] as? String == row.integrity)
        #expect((store?["entries"] as? [[String: Any]] ?? []).compactMap { $0["alias"] as? String } == row.aliases)
        #expect((input["problems"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } == row.problems)
        // Certificates carry their alias; no key value and no password is ever printed.
        if !row.aliases.isEmpty {
            let aliases = items.filter { $0["kind"] as? String == "certificate" }.compactMap { $0["alias"] as? String }
            #expect(Set(aliases) == Set(row.aliases))
        }
        for output in [text.standardOutput, json.standardOutput] {
            #expect(!output.contains("PRIVATE KEY-----"))
            if let password = row.password { #expect(!output.contains(password)) }
        }
    }

    /// `pem` writes the certificates of a keystore (each once, leaf first) and says that the
    /// key was left out; a damaged store is an error on standard error.
    @Test func pemWritesTheCertificates() throws {
        let run = try Tool.run(["pem", Self.path("server.jceks"), "--password", "changeit"])
        #expect(run.exitCode == 0)
        let expected = try ["leaf.pem", "intermediate.pem", "root.pem"].map { try String(contentsOfFile: Self.path($0), encoding: .utf8) }
        #expect(run.text == expected.joined())
        #expect(run.standardError.contains("a private key not written (x509dump never outputs private keys)"))
        let withoutPassword = try Tool.run(["pem", Self.path("server.jks")])
        #expect(withoutPassword.exitCode == 0)
        #expect(withoutPassword.text == expected.joined())
        let json = try Tool.run(["pem", "--json", Self.path("server.jks")])
        let items = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        #expect(items.compactMap { $0["subject"] as? String }.first == "CN=www.example.com")
        let truncated = try Tool.run(["pem", Self.path("server-truncated.jks")])
        #expect(truncated.exitCode == 1)
        #expect(truncated.standardError.contains("runs past the end of the input"))
    }

    struct DiagnoseRow: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let exitCode: Int32
        let codes: [String]
        let mentions: [String]
        let chainTrusted: Bool
        var testDescription: String { name }
    }

    static let base = ["--ca", "root.pem", "--host", "www.example.com"]

    static let diagnoseRows: [DiagnoseRow] = [
        DiagnoseRow(name: "JKS, no password", arguments: ["server.jks"] + base, exitCode: 0,
                    codes: ["key-encrypted", "root-included"], mentions: ["no password was given", "keytool's default is changeit"],
                    chainTrusted: true),
        DiagnoseRow(name: "JKS, right password", arguments: ["server.jks", "--password-file", "password.txt"] + base, exitCode: 0,
                    codes: ["root-included"], mentions: [], chainTrusted: true),
        DiagnoseRow(name: "JCEKS, right password", arguments: ["server.jceks", "--password", "changeit"] + base, exitCode: 0,
                    codes: ["root-included"], mentions: [], chainTrusted: true),
        // PKCS#12 is read as before: every certificate served, so keytool's trustedCertEntry
        // "root-ca" beside the chain's root is a duplicate (a Java server would not send it).
        DiagnoseRow(name: "keytool's PKCS#12", arguments: ["server.p12", "--password", "changeit"] + base, exitCode: 0,
                    codes: ["duplicate-certificate", "format-pkcs12", "root-included"], mentions: [], chainTrusted: true),
        DiagnoseRow(name: "JKS, wrong password", arguments: ["server.jks", "--password-file", "wrong-password.txt"] + base, exitCode: 1,
                    codes: ["wrong-password"], mentions: ["does not open the Java keystore", "keytool -list -keystore"],
                    chainTrusted: false),
        DiagnoseRow(name: "JKS, key with its own password", arguments: ["server-badkeypass.jks", "--password", "changeit"] + base,
                    exitCode: 1, codes: ["root-included", "wrong-password"], mentions: ["the key has its own password", "keytool -keypasswd"],
                    chainTrusted: true),
        DiagnoseRow(name: "JKS, altered", arguments: ["server-flipped.jks", "--password", "changeit"] + base, exitCode: 1,
                    codes: ["der-malformed"], mentions: ["altered or damaged after it was written: the password is right"],
                    chainTrusted: false),
        DiagnoseRow(name: "JKS, truncated", arguments: ["server-truncated.jks"] + base, exitCode: 1,
                    codes: ["der-malformed"], mentions: ["is a damaged Java keystore", "at byte 40"], chainTrusted: false),
        DiagnoseRow(name: "a truststore as the certificate", arguments: ["truststore.jks"] + base, exitCode: 1,
                    codes: ["format-unknown"], mentions: ["no PrivateKeyEntry", "pass this one as trust anchors (--ca)"],
                    chainTrusted: false),
        DiagnoseRow(name: "the keystore's chain with another key", arguments: ["server.jks", "--key", "other.key", "--password", "changeit"] + base,
                    exitCode: 1, codes: ["key-mismatch", "root-included"], mentions: ["belongs to none of the 3 served certificates"],
                    chainTrusted: true),
        DiagnoseRow(name: "a truststore as trust anchors",
                    arguments: ["leaf.pem", "intermediate.pem", "--key", "leaf.key", "--ca", "truststore.jks", "--host", "www.example.com"],
                    exitCode: 0, codes: [], mentions: [], chainTrusted: true),
        DiagnoseRow(name: "expired on the day after", arguments: ["server.jks", "--password", "changeit", "--ca", "root.pem",
                                                                  "--host", "www.example.com", "--at", "2027-02-01T00:00:00Z"],
                    exitCode: 1, codes: ["expired", "root-included"], mentions: [], chainTrusted: false),
    ]

    static func diagnose(_ arguments: [String], json: Bool) throws -> (output: String, exitCode: Int32) {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let absolute = try privateCopies(of: arguments, in: directory, locate: path)
        let time = arguments.contains("--at") ? [] : at
        let parsed = try ParsedArguments(absolute + time + (json ? ["--json"] : []), spec: DiagnoseCommand.options)
        return try DiagnoseCommand.diagnose(parsed, color: false, environment: [:], certifiPaths: [])
    }

    @Test(arguments: diagnoseRows)
    func diagnose(_ row: DiagnoseRow) throws {
        let json = try Self.diagnose(row.arguments, json: true)
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.compactMap { $0["code"] as? String }.sorted() == row.codes, "\(findings.map { $0["message"] ?? "" })")
        let messages = findings.map { "\($0["message"] as? String ?? "") \($0["fix"] as? String ?? "")" }.joined(separator: "\n")
        for mention in row.mentions {
            #expect(messages.contains(mention), "\(mention) in \(messages)")
        }
        #expect(object["chainTrusted"] as? Bool == row.chainTrusted)
        #expect(!json.output.contains("changeit\"") && !json.output.contains("not-the-password"))

        let text = try Self.diagnose(row.arguments, json: false)
        #expect(text.exitCode == row.exitCode)
        let textCodes = text.output.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count >= 2, ["error", "warning", "info"].contains(String(words[0])) else { return nil }
            return String(words[1])
        }
        #expect(textCodes.sorted() == row.codes)
    }
}
