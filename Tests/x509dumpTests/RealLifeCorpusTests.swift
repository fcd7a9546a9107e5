import Foundation
import PureX509
import PureX509ScenarioSupport
import Testing
@testable import x509dump

/// Every case of TestVectors/real-life through `x509dump diagnose`, text and JSON: required
/// and forbidden findings, the words the report must and must not use, the exit code; and
/// `fix-chain`'s account of what it changed.
@Suite("Real-life corpus (x509dump diagnose)")
struct RealLifeCorpusCLITests {
    /// Every string in a JSON value, joined by newlines.
    static func strings(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let array as [Any]: return array.map(strings).joined(separator: "\n")
        case let object as [String: Any]: return object.keys.sorted().map { strings(object[$0]!) }.joined(separator: "\n")
        default: return ""
        }
    }

    @Test(arguments: DiagnosisScenario.realLife())
    func text(_ scenario: DiagnosisScenario) throws {
        let result = try DiagnoseScenarioTests.run(scenario, json: false)
        let problems = scenario.problems(with: DiagnoseScenarioTests.textFindings(result.output))
        #expect(problems.isEmpty, "\(problems)\n\(result.output)")
        #expect(result.exitCode == scenario.exitCode, "\(result.output)")
        let flat = result.output.replacingOccurrences(of: "\n", with: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for phrase in scenario.mentions { #expect(flat.contains(phrase), "text lacks \"\(phrase)\":\n\(result.output)") }
        for phrase in scenario.omits { #expect(!flat.contains(phrase), "text says \"\(phrase)\":\n\(result.output)") }
    }

    @Test(arguments: DiagnosisScenario.realLife())
    func json(_ scenario: DiagnosisScenario) throws {
        let result = try DiagnoseScenarioTests.run(scenario, json: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let parsed = findings.map { finding in
            DiagnosisScenario.Expected(
                code: finding["code"] as? String ?? "?", severity: finding["severity"] as? String ?? "?",
                certificate: (finding["certificate"] as? [String: Any])?["index"] as? Int)
        }
        let problems = scenario.problems(with: parsed)
        #expect(problems.isEmpty, "\(problems)")
        #expect(result.exitCode == scenario.exitCode)
        let text = Self.strings(object)
        for phrase in scenario.mentions { #expect(text.contains(phrase), "JSON lacks \"\(phrase)\"") }
        for phrase in scenario.omits { #expect(!text.contains(phrase), "JSON says \"\(phrase)\"") }
        if let fixed = scenario.fixedChain {
            let chain = try #require(object["correctedChain"] as? [[String: Any]])
            #expect(chain.map { $0["subject"] as? String ?? "" } == fixed)
        }
    }

    /// fix-chain's list of changes never says "unchanged" for a chain it could not complete.
    @Test(arguments: DiagnosisScenario.realLife())
    func fixChainChanges(_ scenario: DiagnosisScenario) throws {
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = try ParsedArguments(scenario.absoluteArguments(in: directory), spec: DiagnoseCommand.options)
        let input = try DiagnosisInputOptions.input(arguments)
        let report = Diagnosis.run(input)
        guard !report.correctedChain.isEmpty else { return }
        let changes = FixChainCommand.changes(report)
        if !report.correctedChainIsComplete {
            #expect(!changes.contains { $0.hasPrefix("unchanged") }, "\(changes)")
        }
    }
}
