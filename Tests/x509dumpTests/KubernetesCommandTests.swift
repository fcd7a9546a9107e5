import Foundation
import Testing
@testable import x509dump

/// Kubernetes Secrets and kubeconfigs through the command line: `show` (text and JSON:
/// objects, fields with their lines, the key matched), `pem` (the certificates, never the
/// key) and `diagnose` (tls.crt served, tls.key matched, ca.crt checked, each damaged
/// variant named). Inputs: TestVectors/kubernetes (TestVectors/gen/71-kubernetes.sh).
@Suite("x509dump with Kubernetes Secrets and kubeconfigs")
struct KubernetesCommandTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]
    static func path(_ name: String) -> String { vectorPath("kubernetes/" + name) }

    struct ShowRow: Sendable, CustomTestStringConvertible {
        let file: String
        let exitCode: Int32
        let text: [String]
        /// JSON: object titles, problem count, certificates shown.
        let titles: [String]
        let problems: Int
        let certificates: Int
        var testDescription: String { file }
    }

    static let showRows: [ShowRow] = [
        ShowRow(file: "secret.yaml", exitCode: 0,
                text: ["a Kubernetes Secret", "Object:        Secret default/web-tls (line 1), type kubernetes.io/tls",
                       "tls.crt:     2 certificates from CN=www.example.com (base64, line 4)",
                       "tls.key:     key EC P-256, matches #1 in", "Certificate #3 (", "Secret default/web-tls ca.crt)"],
                titles: ["Secret default/web-tls"], problems: 0, certificates: 3),
        ShowRow(file: "secret.json", exitCode: 0, text: ["Kubernetes JSON", "tls.key:     key EC P-256, matches #1 in"],
                titles: ["Secret default/web-tls"], problems: 0, certificates: 3),
        ShowRow(file: "list.yaml", exitCode: 0, text: ["a Kubernetes List", "Secret default/api-tls (line 19)"],
                titles: ["Secret default/web-tls", "Secret default/api-tls"], problems: 0, certificates: 4),
        ShowRow(file: "stringdata.yaml", exitCode: 0, text: ["tls.crt:     2 certificates from CN=www.example.com (stringData, line 10)"],
                titles: ["Secret shop/web-tls"], problems: 0, certificates: 2),
        ShowRow(file: "kubeconfig.yaml", exitCode: 0,
                text: ["a kubeconfig", "kubeconfig user admin (line 16)", "client-key-data: key EC P-256, matches #1 in",
                       "kubeconfig cluster prod (line 3)", "Subject:       CN = ci-bot", "expired"],
                titles: ["kubeconfig user admin", "kubeconfig user ci", "kubeconfig cluster prod"], problems: 0, certificates: 3),
        ShowRow(file: "bad-base64.yaml", exitCode: 1,
                text: ["Problem (", "bad-base64.yaml, line 3): Secret default/web-tls: column 12: tls.crt is not valid base64",
                       "tls.crt:     not read: bad base64 (base64, line 3)"],
                titles: ["Secret default/web-tls"], problems: 1, certificates: 0),
        ShowRow(file: "missing-key.yaml", exitCode: 1, text: ["without tls.key: the API server rejects it"],
                titles: ["Secret default/web-tls"], problems: 1, certificates: 3),
        ShowRow(file: "wrong-type.yaml", exitCode: 1, text: ["type Opaque", "Ingress controllers and cert-manager expect type kubernetes.io/tls"],
                titles: ["Secret default/web-tls"], problems: 1, certificates: 3),
        ShowRow(file: "bad-syntax.yaml", exitCode: 1, text: ["bad-syntax.yaml, line 6): YAML: column 2: not valid YAML: unexpected indentation"],
                titles: [], problems: 1, certificates: 0),
    ]

    @Test(arguments: showRows)
    func show(_ row: ShowRow) throws {
        let text = ShowCommand.execute(try ParsedArguments([Self.path(row.file)] + Self.at, spec: ShowCommand.options))
        #expect(text.exitCode == row.exitCode)
        for part in row.text {
            #expect(text.standardOutput.contains(part), "\(part) in \(text.standardOutput)")
        }
        #expect(!text.standardOutput.contains("PRIVATE KEY-----"))
        let json = ShowCommand.execute(try ParsedArguments(["--json", Self.path(row.file)] + Self.at, spec: ShowCommand.options))
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let input = try #require((object["inputs"] as? [[String: Any]])?.first)
        let items = input["items"] as? [[String: Any]] ?? []
        let kubernetes = items.first { $0["kind"] as? String == "kubernetes" }
        #expect(((kubernetes?["objects"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String } == row.titles)
        #expect((input["problems"] as? [[String: Any]] ?? []).count == row.problems)
        let certificates = items.filter { $0["kind"] as? String == "certificate" }
        #expect(certificates.count == row.certificates)
        #expect(certificates.allSatisfy { $0["object"] is String && $0["field"] is String })
        #expect(!json.standardOutput.contains("PRIVATE KEY-----"))
    }

    @Test func pemWritesTheCertificates() throws {
        let run = try Tool.run(["pem", Self.path("secret.yaml")])
        #expect(run.exitCode == 0)
        let expected = try ["leaf.pem", "intermediate.pem"].map { try String(contentsOfFile: Self.path($0), encoding: .utf8) }
        #expect(run.text == expected.joined())
        #expect(run.standardError.contains("the private key in tls.key not written"))
        let json = try Tool.run(["pem", "--json", Self.path("secret.json")])
        let items = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        #expect(items.compactMap { $0["subject"] as? String } == ["CN=www.example.com", "O=Example Cluster,CN=Example Cluster Issuing CA"])
        let broken = try Tool.run(["pem", Self.path("bad-base64.yaml")])
        #expect(broken.exitCode != 0)
        #expect(broken.standardError.contains("not valid base64"))
    }

    struct DiagnoseRow: Sendable, CustomTestStringConvertible {
        let file: String
        let extra: [String]
        let exitCode: Int32
        let codes: [String]
        let mentions: [String]
        var testDescription: String { file + (extra.isEmpty ? "" : " " + extra.joined(separator: " ")) }
    }

    static let diagnoseRows: [DiagnoseRow] = [
        DiagnoseRow(file: "secret.yaml", extra: [], exitCode: 0, codes: [], mentions: []),
        DiagnoseRow(file: "secret.json", extra: [], exitCode: 0, codes: [], mentions: []),
        DiagnoseRow(file: "list.yaml", extra: [], exitCode: 0, codes: [], mentions: []),
        DiagnoseRow(file: "stringdata.yaml", extra: [], exitCode: 0, codes: [], mentions: []),
        DiagnoseRow(file: "leaf-only.yaml", extra: [], exitCode: 1, codes: ["missing-intermediate"], mentions: []),
        DiagnoseRow(file: "ca-unrelated.yaml", extra: [], exitCode: 0, codes: ["ca-crt-unrelated"],
                    mentions: ["O=Old Issuer,CN=Old Issuer Root CA, which issued none of the 2 certificates in tls.crt"]),
        DiagnoseRow(file: "key-mismatch.yaml", extra: [], exitCode: 1, codes: ["key-mismatch"], mentions: ["belongs to none of the 2 served certificates"]),
        DiagnoseRow(file: "expired.yaml", extra: [], exitCode: 1, codes: ["expired"], mentions: []),
        DiagnoseRow(file: "bad-base64.yaml", extra: [], exitCode: 1, codes: ["k8s-bad-base64"], mentions: ["line 3, column 12"]),
        DiagnoseRow(file: "missing-key.yaml", extra: [], exitCode: 1, codes: ["k8s-missing-field"], mentions: ["without tls.key"]),
        DiagnoseRow(file: "wrong-type.yaml", extra: [], exitCode: 0, codes: ["k8s-wrong-type"], mentions: ["kubectl create secret tls"]),
        DiagnoseRow(file: "bad-syntax.yaml", extra: [], exitCode: 1, codes: ["format-unknown"], mentions: ["line 6, column 2"]),
        DiagnoseRow(file: "kubeconfig.yaml", extra: [], exitCode: 1, codes: ["format-unknown"], mentions: ["is a kubeconfig"]),
        // The Secret's ca.crt as the trust anchors, a PEM chain served.
        DiagnoseRow(file: "leaf.pem", extra: ["intermediate.pem", "--key", "leaf.key", "--ca", "kubeconfig.yaml"], exitCode: 0,
                    codes: [], mentions: []),
    ]

    static func diagnose(_ row: DiagnoseRow, json: Bool) throws -> (output: String, exitCode: Int32) {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = try privateCopies(of: [row.file] + row.extra, in: directory, locate: path)
        if !row.extra.contains("--ca") { arguments += ["--ca", path("root.pem")] }
        arguments += ["--host", "www.example.com"] + at + (json ? ["--json"] : [])
        return try DiagnoseCommand.diagnose(try ParsedArguments(arguments, spec: DiagnoseCommand.options),
                                            color: false, environment: [:], certifiPaths: [])
    }

    @Test(arguments: diagnoseRows)
    func diagnose(_ row: DiagnoseRow) throws {
        let json = try Self.diagnose(row, json: true)
        #expect(json.exitCode == row.exitCode)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.compactMap { $0["code"] as? String }.sorted() == row.codes, "\(findings.map { $0["message"] ?? "" })")
        let messages = findings.map { "\($0["message"] as? String ?? "") \($0["fix"] as? String ?? "")" }.joined(separator: "\n")
        for mention in row.mentions {
            #expect(messages.contains(mention), "\(mention) in \(messages)")
        }
        let text = try Self.diagnose(row, json: false)
        #expect(text.exitCode == row.exitCode)
        let textCodes = text.output.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count >= 2, ["error", "warning", "info"].contains(String(words[0])) else { return nil }
            return String(words[1])
        }
        #expect(textCodes.sorted() == row.codes)
    }

    /// A Secret whose key is world-readable on disk is named like a key file.
    @Test func aSecretFileIsAKeyFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("secret.yaml").path
        try FileManager.default.copyItem(atPath: Self.path("secret.yaml"), toPath: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        let result = try DiagnoseCommand.diagnose(
            try ParsedArguments([target, "--ca", Self.path("root.pem"), "--json"] + Self.at, spec: DiagnoseCommand.options),
            color: false, environment: [:], certifiPaths: [])
        #expect(result.output.contains("\"key-world-readable\""))
    }
}

/// `scan` reads keystores and Kubernetes files like any certificate file: their
/// certificates are in the timeline, a damaged store is a read error.
@Suite("x509dump scan with keystores and Kubernetes files")
struct ScanKeyStoreAndKubernetesTests {
    @Test func scanReadsThem() throws {
        let run = try Tool.run(["scan", vectorPath("keystores"), vectorPath("kubernetes"), "--at", "2026-06-01T12:00:00Z"])
        #expect(run.exitCode == 1)  // expired certificates and a truncated store
        for line in ["kubernetes/kubeconfig.yaml #2", "kubernetes/secret.json #1", "kubernetes/list.yaml #4",
                     "keystores/server.jceks #2", "keystores/truststore.jks #1"] {
            #expect(run.text.contains(line), "\(line)")
        }
        #expect(run.text.contains("CN=ci-bot") && run.text.contains("EXPIRED"))
        #expect(run.text.contains("server-truncated.jks: Java keystore: entry 1 (\"root-ca\") certificate length"))
    }
}
