import Foundation
import PureX509
import PureX509ScenarioSupport
import Testing
@testable import x509dump

/// `x509dump diagnose` prints exactly each scenario's expected findings, in the text report
/// and in the JSON, with the expected exit code.
@Suite("x509dump diagnose scenarios")
struct DiagnoseScenarioTests {
    static func run(_ scenario: DiagnosisScenario, json: Bool) throws -> (output: String, exitCode: Int32) {
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = try ParsedArguments(scenario.absoluteArguments(in: directory) + (json ? ["--json"] : []), spec: DiagnoseCommand.options)
        // The scenario's environment only (no SSL_CERT_FILE of this machine), and no search
        // for this machine's certifi unless the scenario names a virtual environment.
        let environment = scenario.absoluteEnvironment(in: directory)
        return try DiagnoseCommand.diagnose(
            arguments, color: false, environment: environment, certifiPaths: environment["VIRTUAL_ENV"] == nil ? [] : nil)
    }

    /// The findings of a text report: lines `severity  code  [#index subject]  (place)`.
    static func textFindings(_ text: String) -> [DiagnosisScenario.Expected] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2, ["error", "warning", "info"].contains(String(words[0])), !line.hasPrefix(" ") else { return nil }
            let index = words.count > 2 && words[2].hasPrefix("#") ? Int(words[2].dropFirst()) : nil
            return DiagnosisScenario.Expected(code: String(words[1]), severity: String(words[0]), certificate: index)
        }.sorted()
    }

    @Test(arguments: DiagnosisScenario.all())
    func text(_ scenario: DiagnosisScenario) throws {
        let result = try Self.run(scenario, json: false)
        #expect(Self.textFindings(result.output) == scenario.findings, "\(result.output)")
        #expect(result.exitCode == scenario.exitCode)
        #expect(result.output.contains("Verdict: "))
        #expect(!result.output.contains("\u{1B}["), "no colour when asked for none")
    }

    @Test(arguments: DiagnosisScenario.all())
    func json(_ scenario: DiagnosisScenario) throws {
        let result = try Self.run(scenario, json: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let parsed = findings.map { finding in
            DiagnosisScenario.Expected(
                code: finding["code"] as? String ?? "?", severity: finding["severity"] as? String ?? "?",
                certificate: (finding["certificate"] as? [String: Any])?["index"] as? Int)
        }.sorted()
        #expect(parsed == scenario.findings)
        #expect(result.exitCode == scenario.exitCode)
        for finding in findings {
            #expect((finding["message"] as? String)?.isEmpty == false)
            #expect((finding["fix"] as? String)?.isEmpty == false)
        }
        if let fixed = scenario.fixedChain {
            let chain = try #require(object["correctedChain"] as? [[String: Any]])
            #expect(chain.map { $0["subject"] as? String ?? "" } == fixed)
        }
    }

    @Test func deterministicOutput() throws {
        let scenario = try DiagnosisScenario.load("missing-intermediate")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = try ParsedArguments(scenario.absoluteArguments(in: directory), spec: DiagnoseCommand.options)
        #expect(try DiagnoseCommand.diagnose(arguments, color: false).output == DiagnoseCommand.diagnose(arguments, color: false).output)
    }

    @Test func usageErrors() throws {
        #expect(throws: UsageError.self) { try DiagnoseCommand.diagnose(ParsedArguments([], spec: DiagnoseCommand.options), color: false) }
        #expect(throws: UsageError.self) {
            try DiagnoseCommand.diagnose(ParsedArguments(["x.pem", "--at", "yesterday"], spec: DiagnoseCommand.options), color: false)
        }
    }
}
