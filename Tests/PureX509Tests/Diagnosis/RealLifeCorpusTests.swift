import Foundation
import PureX509
import PureX509ScenarioSupport
import Testing

/// Every case of TestVectors/real-life (made by TestVectors/gen/45-real-life.sh) through the
/// library: the findings that must appear appear, those that must not do not, the verdict
/// matches the exit code, and the chain fix-chain would write is the expected one.
@Suite("Real-life corpus (library)")
struct RealLifeCorpusTests {
    @Test func corpusIsLargeEnough() {
        #expect(DiagnosisScenario.realLife().count >= 60, "TestVectors/real-life holds \(DiagnosisScenario.realLife().count) cases")
    }

    @Test(arguments: DiagnosisScenario.realLife())
    func diagnosis(_ scenario: DiagnosisScenario) throws {
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try DiagnosisScenarioTests.input(scenario.absoluteArguments(in: directory))
        let report = Diagnosis.run(input)
        let found = report.findings.map {
            DiagnosisScenario.Expected(code: $0.code.rawValue, severity: $0.severity.rawValue, certificate: $0.certificate?.index)
        }
        let problems = scenario.problems(with: found)
        #expect(problems.isEmpty, "\(problems); findings: \(report.findings.map { "\($0.severity.rawValue) \($0.code.rawValue) #\($0.certificate?.index.map(String.init) ?? "-"): \($0.message)" })")
        #expect(report.hasErrors == (scenario.exitCode == 1))
        if let fixed = scenario.fixedChain {
            #expect(report.correctedChain.map { $0.certificate.subject.rfc4514String } == fixed)
            #expect(report.correctedChainIsComplete)
        }
        // A chain holding a certificate that is not valid now is never called trusted.
        if report.chainIsTrusted, let chain = report.chain {
            for located in chain {
                #expect(located.certificate.notAfter.secondsSince1970 >= input.time && located.certificate.notBefore.secondsSince1970 <= input.time,
                    "the chain is called trusted but holds \(located.certificate.subject.rfc4514String), not valid now")
            }
        }
        for finding in report.findings {
            #expect(!finding.message.isEmpty && !finding.fix.isEmpty)
        }
    }
}
