import Foundation
import Testing
@testable import x509dump

/// `SSL_CERT_FILE` and `SSL_CERT_DIR` choose the default store of `verify`, `diagnose` and
/// `bundle`; the output names it and where the choice came from; an untrusted root is
/// compared with the other stores clients use. Run as the built executable with an
/// environment that names every variable, so that this machine's settings play no part.
@Suite("x509dump trust stores")
struct TrustStoreCommandTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]
    static func file(_ name: String) -> String { vectorPath("client-trust/" + name) }

    /// Every variable the commands read, unset (an empty value counts as unset), then `set`.
    static func environment(_ set: [String: String] = [:]) -> [String: String] {
        var result: [String: String] = [:]
        for name in ["SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NODE_EXTRA_CA_CERTS", "VIRTUAL_ENV"] {
            result[name] = ""
        }
        // No certifi of this machine's home folder.
        result["HOME"] = "/nonexistent"
        return result.merging(set) { $1 }
    }

    static func json(_ run: Tool.Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any], "\(run.text)\(run.standardError)")
    }

    static func trustStore(_ object: [String: Any]) -> [[String: String]] {
        (object["trustStore"] as? [[String: Any]] ?? []).map { $0.compactMapValues { $0 as? String } }
    }

    static func codes(_ object: [String: Any]) -> [String] {
        (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    // MARK: verify

    struct VerifyCase: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let environment: [String: String]
        let exitCode: Int32
        let store: [[String: String]]
        var testDescription: String { name }
    }

    static let verifyCases: [VerifyCase] = [
        VerifyCase(name: "SSL_CERT_FILE holds the private root", arguments: [], environment: ["SSL_CERT_FILE": file("system-store.pem")],
                   exitCode: 0, store: [["path": file("system-store.pem"), "from": "SSL_CERT_FILE"]]),
        VerifyCase(name: "SSL_CERT_FILE without it", arguments: [], environment: ["SSL_CERT_FILE": file("public-only.pem")],
                   exitCode: 1, store: [["path": file("public-only.pem"), "from": "SSL_CERT_FILE"]]),
        VerifyCase(name: "SSL_CERT_DIR with a hashed name", arguments: [], environment: ["SSL_CERT_DIR": file("cert-dir")],
                   exitCode: 0, store: [["path": file("cert-dir"), "from": "SSL_CERT_DIR"]]),
        VerifyCase(name: "both, in order", arguments: [], environment: ["SSL_CERT_FILE": file("public-only.pem"), "SSL_CERT_DIR": file("cert-dir")],
                   exitCode: 0, store: [["path": file("public-only.pem"), "from": "SSL_CERT_FILE"], ["path": file("cert-dir"), "from": "SSL_CERT_DIR"]]),
        VerifyCase(name: "--ca wins over SSL_CERT_FILE", arguments: ["--ca", file("public-only.pem")], environment: ["SSL_CERT_FILE": file("system-store.pem")],
                   exitCode: 1, store: [["path": file("public-only.pem"), "from": "--ca"]]),
    ]

    @Test(arguments: verifyCases)
    func verifyUsesAndNamesTheStore(_ row: VerifyCase) throws {
        let arguments = ["verify", Self.file("chain.pem")] + row.arguments + Self.at
        let text = try Tool.run(arguments, environment: Self.environment(row.environment))
        #expect(text.exitCode == row.exitCode, "\(text.text)\(text.standardError)")
        let described = row.store.map { "\($0["path"]!) (\($0["from"]!))" }.joined(separator: ", ")
        #expect(text.text.split(separator: "\n").last.map(String.init) == "trust store: \(described)")
        let json = try Tool.run(arguments + ["--json"], environment: Self.environment(row.environment))
        #expect(json.exitCode == row.exitCode)
        let object = try Self.json(json)
        #expect(Self.trustStore(object) == row.store)
        #expect(object["valid"] as? Bool == (row.exitCode == 0))
    }

    @Test func verifyWithAMissingStoreFileSaysWhichVariable() throws {
        let run = try Tool.run(["verify", Self.file("chain.pem")] + Self.at, environment: Self.environment(["SSL_CERT_FILE": "/nonexistent/ca.pem"]))
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("/nonexistent/ca.pem"))
        #expect(run.standardError.contains("(from SSL_CERT_FILE)"))
        #expect(run.standardOutput.isEmpty)
    }

    // MARK: bundle

    @Test func bundleAuditsTheDefaultStore() throws {
        let environment = Self.environment(["SSL_CERT_FILE": Self.file("system-store.pem")])
        let text = try Tool.run(["bundle"] + Self.at, environment: environment)
        #expect(text.exitCode == 0, "\(text.text)\(text.standardError)")
        #expect(text.text.contains("Bundle \(Self.file("system-store.pem")): 2 certificates"))
        #expect(text.text.contains("trust store: \(Self.file("system-store.pem")) (SSL_CERT_FILE)"))
        let object = try Self.json(try Tool.run(["bundle", "--json"] + Self.at, environment: environment))
        #expect(object["count"] as? Int == 2)
        #expect(Self.trustStore(object) == [["path": Self.file("system-store.pem"), "from": "SSL_CERT_FILE"]])

        // A bundle named as the argument: SSL_CERT_FILE plays no part.
        let named = try Tool.run(["bundle", Self.file("public-only.pem"), "--json"] + Self.at, environment: environment)
        let namedObject = try Self.json(named)
        #expect(namedObject["count"] as? Int == 1)
        #expect(Self.trustStore(namedObject) == [["path": Self.file("public-only.pem"), "from": "argument"]])
        #expect(!(try Tool.run(["bundle", Self.file("public-only.pem")] + Self.at, environment: environment)).text.contains("trust store:"))

        let dir = try Self.json(try Tool.run(["bundle", "--json"] + Self.at, environment: Self.environment(["SSL_CERT_DIR": Self.file("cert-dir")])))
        #expect(dir["count"] as? Int == 1)
        #expect(Self.trustStore(dir) == [["path": Self.file("cert-dir"), "from": "SSL_CERT_DIR"]])

        // Both set: the file is audited, the directory named (a bundle and a directory of
        // the same roots would otherwise read as repeats).
        let both = try Tool.run(["bundle", "--json"] + Self.at, environment: Self.environment([
            "SSL_CERT_FILE": Self.file("system-store.pem"), "SSL_CERT_DIR": Self.file("cert-dir"),
        ]))
        #expect(both.exitCode == 0)
        let bothObject = try Self.json(both)
        #expect(bothObject["count"] as? Int == 2)
        #expect((bothObject["repeated"] as? [Any])?.isEmpty == true)
        #expect(Self.trustStore(bothObject) == [["path": Self.file("system-store.pem"), "from": "SSL_CERT_FILE"]])
        #expect(both.standardError.contains("note: \(Self.file("cert-dir")) (SSL_CERT_DIR) is also part of the default store"))
    }

    // MARK: diagnose

    /// The header and the JSON name the store; SSL_CERT_FILE decides what is trusted.
    @Test func diagnoseUsesAndNamesTheStore() throws {
        let arguments = ["diagnose", Self.file("chain.pem"), "--host", "www.example.com"] + Self.at
        let trusted = try Tool.run(arguments, environment: Self.environment(["SSL_CERT_FILE": Self.file("system-store.pem")]))
        #expect(trusted.exitCode == 0, "\(trusted.text)")
        #expect(trusted.text.contains("Trust anchors: \(Self.file("system-store.pem")) (SSL_CERT_FILE) (2 certificates)"))
        #expect(trusted.text.contains("(trusted)"))
        #expect(trusted.text.contains("No problems found."))

        // A bundle and a directory of the same root: counted once.
        let both = try Tool.run(arguments, environment: Self.environment([
            "SSL_CERT_FILE": Self.file("system-store.pem"), "SSL_CERT_DIR": Self.file("cert-dir"),
        ]))
        #expect(both.text.contains("Trust anchors: \(Self.file("system-store.pem")) (SSL_CERT_FILE), \(Self.file("cert-dir")) (SSL_CERT_DIR) (2 certificates)"))

        let json = try Self.json(try Tool.run(arguments + ["--json"], environment: Self.environment(["SSL_CERT_DIR": Self.file("cert-dir")])))
        let input = try #require(json["input"] as? [String: Any])
        #expect((input["trustStore"] as? [[String: Any]])?.map { $0.compactMapValues { $0 as? String } } == [["path": Self.file("cert-dir"), "from": "SSL_CERT_DIR"]])
        #expect(json["chainTrusted"] as? Bool == true)
        #expect(Self.codes(json).isEmpty)

        let withCA = try Self.json(try Tool.run(arguments + ["--json", "--ca", Self.file("corp-root.pem")],
                                                environment: Self.environment(["SSL_CERT_FILE": Self.file("public-only.pem")])))
        let caInput = try #require(withCA["input"] as? [String: Any])
        #expect((caInput["trustStore"] as? [[String: Any]])?.first?["from"] as? String == "--ca")
        #expect(Self.codes(withCA).isEmpty, "--ca wins; the other stores are not consulted for a trusted chain")
        #expect((withCA["otherTrustStores"] as? [Any])?.isEmpty == true)

        // A missing SSL_CERT_FILE is a finding, not a silent empty store.
        let missing = try Self.json(try Tool.run(arguments + ["--json"], environment: Self.environment(["SSL_CERT_FILE": "/nonexistent/ca.pem"])))
        #expect(Self.codes(missing).contains("file-not-found"))
        #expect(missing["chainTrusted"] as? Bool == false)
    }

    /// "Works in the browser, fails in code": the root is not in the bundle given (certifi's,
    /// as Python requests uses it), and the untrusted-root finding says that the default store
    /// trusts it and certifi does not, and which client reads which store.
    @Test(arguments: [false, true])
    func untrustedRootNamesTheStoresThatTrustIt(_ asJSON: Bool) throws {
        let certifi = Self.file("venv/lib/python3.11/site-packages/certifi/cacert.pem")
        let run = try Tool.run(
            ["diagnose", Self.file("chain.pem"), "--ca", certifi, "--host", "www.example.com"] + Self.at + (asJSON ? ["--json"] : []),
            environment: Self.environment(["SSL_CERT_FILE": Self.file("system-store.pem"), "VIRTUAL_ENV": Self.file("venv"),
                                           "NODE_EXTRA_CA_CERTS": Self.file("corp-root.pem")]))
        #expect(run.exitCode == 1)
        let message: String
        if asJSON {
            let object = try Self.json(run)
            #expect(Self.codes(object) == ["untrusted-root"], "the note is attached, not a finding of its own")
            let finding = try #require((object["findings"] as? [[String: Any]])?.first)
            message = (finding["message"] as? String ?? "") + " " + (finding["fix"] as? String ?? "")
            // The same verdicts, for programs.
            let others = try #require(object["otherTrustStores"] as? [[String: Any]])
            #expect(others.map { $0["kind"] as? String } == ["default", "NODE_EXTRA_CA_CERTS"])
            #expect(others.map { $0["trusts"] as? Bool } == [true, true])
            #expect(others.map { $0["anchor"] as? String } == ["O=Example Corp,CN=Example Corp Root CA", "O=Example Corp,CN=Example Corp Root CA"])
            #expect(others.first?["paths"] as? [String] == [Self.file("system-store.pem")])
        } else {
            #expect(run.text.contains("error   untrusted-root"))
            #expect(!run.text.contains("untrusted-elsewhere"))
            message = run.text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        }
        #expect(message.contains("the default store \(Self.file("system-store.pem")) (SSL_CERT_FILE), used by curl"))
        #expect(message.contains("trusts it, through \"Example Corp Root CA\""))
        #expect(message.contains("NODE_EXTRA_CA_CERTS \(Self.file("corp-root.pem")), used by Node.js, which adds it to its own store, trusts it"))
        #expect(!message.contains("certifi's bundle \(certifi)"), "certifi's bundle is the store checked, not another one")
        #expect(message.contains("works in the browser, fails in code"))
        #expect(message.contains("Python requests uses certifi's bundle (or the file REQUESTS_CA_BUNDLE names)"))
        #expect(message.contains("Java uses its cacerts keystore"))
        #expect(message.contains("NODE_EXTRA_CA_CERTS=root.pem"))
    }

    /// No --ca: the default store trusts the chain, the virtual environment's certifi does
    /// not: a warning naming certifi, exit 0. With a certifi that trusts it: nothing.
    @Test func defaultStoreTrustsCertifiDoesNot() throws {
        let arguments = ["diagnose", Self.file("chain.pem"), "--host", "www.example.com", "--json"] + Self.at
        let refused = try Self.json(try Tool.run(arguments, environment: Self.environment([
            "SSL_CERT_FILE": Self.file("system-store.pem"), "VIRTUAL_ENV": Self.file("venv"),
        ])))
        #expect(Self.codes(refused) == ["untrusted-elsewhere"])
        let finding = try #require((refused["findings"] as? [[String: Any]])?.first)
        #expect(finding["severity"] as? String == "warning")
        #expect((finding["message"] as? String)?.contains("certifi's bundle \(Self.file("venv/lib/python3.11/site-packages/certifi/cacert.pem")), used by Python requests") == true)
        #expect(refused["chainTrusted"] as? Bool == true)
        let others = try #require(refused["otherTrustStores"] as? [[String: Any]])
        #expect(others.map { $0["kind"] as? String } == ["certifi"])
        #expect(others.map { $0["trusts"] as? Bool } == [false])
        #expect(others.first?["anchor"] is NSNull)

        // REQUESTS_CA_BUNDLE naming the system store: requests is fine; only code that
        // imports certifi itself is told.
        let requestsFixed = try Self.json(try Tool.run(arguments, environment: Self.environment([
            "SSL_CERT_FILE": Self.file("system-store.pem"), "VIRTUAL_ENV": Self.file("venv"), "REQUESTS_CA_BUNDLE": Self.file("system-store.pem"),
        ])))
        let message = (requestsFixed["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
        #expect(message.contains("but not requests while REQUESTS_CA_BUNDLE is set"))

        // No certifi at all, or none that disagrees: no warning (no false alarm).
        let noCertifi = try Self.json(try Tool.run(arguments, environment: Self.environment(["SSL_CERT_FILE": Self.file("system-store.pem")])))
        #expect(Self.codes(noCertifi).isEmpty)
        let agreeing = try Self.json(try Tool.run(arguments, environment: Self.environment([
            "SSL_CERT_FILE": Self.file("system-store.pem"), "CURL_CA_BUNDLE": Self.file("system-store.pem"),
        ])))
        #expect(Self.codes(agreeing).isEmpty)
    }

    /// In process, certifi's path injected: the same warning, and the text names it.
    @Test func injectedCertifiPath() throws {
        let arguments = try ParsedArguments([Self.file("chain.pem"), "--host", "www.example.com"] + Self.at, spec: DiagnoseCommand.options)
        let result = try DiagnoseCommand.diagnose(
            arguments, color: false, environment: ["SSL_CERT_FILE": Self.file("system-store.pem")], certifiPaths: [Self.file("public-only.pem")])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("warning untrusted-elsewhere  #0 CN=www.example.com"))
        #expect(result.output.contains("Verdict: OK (1 warning)"))
        let clean = try DiagnoseCommand.diagnose(
            arguments, color: false, environment: ["SSL_CERT_FILE": Self.file("system-store.pem")], certifiPaths: [Self.file("system-store.pem")])
        #expect(clean.output.contains("No problems found."))
    }
}
