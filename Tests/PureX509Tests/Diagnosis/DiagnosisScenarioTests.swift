import Foundation
import PureX509
import PureX509ScenarioSupport
import PureX509ASN1
import Testing

/// Every scenario of TestVectors/scenarios yields exactly its expected findings (code,
/// severity, certificate), no more and no fewer, and the chain fix-chain would write.
@Suite("Diagnosis scenarios")
struct DiagnosisScenarioTests {
    /// The scenario arguments as a `DiagnosisInput`, read as `x509dump diagnose` reads them.
    /// `environment` chooses the default trust store (SSL_CERT_FILE, ...) and names the
    /// other clients' stores (VIRTUAL_ENV's certifi; no search of this machine).
    static func input(_ arguments: [String], environment: [String: String] = [:]) throws -> DiagnosisInput {
        var values: [String: [String]] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else {
                values["--cert", default: []].append(name)
                index += 1
                continue
            }
            values[name, default: []].append(arguments[index + 1])
            index += 2
        }
        let at = try #require(values["--at"]?.last.flatMap { ASN1Time(rfc3339: $0) })
        var input = DiagnosisInput(certificates: (values["--cert"] ?? []).map(DiagnosisSource.read), time: at.secondsSince1970)
        input.key = values["--key"]?.last.map(DiagnosisSource.read)
        input.tfServingConfig = values["--tf-serving-config"]?.last.map(DiagnosisSource.read)
        if let anchors = values["--ca"] { input.trustAnchors = anchors.flatMap(DiagnosisSource.readFileOrDirectory) }
        input.repairPool = (values["--repair-from"] ?? []).flatMap(DiagnosisSource.readFileOrDirectory)
        input.host = values["--host"]?.last
        input.password = values["--password"]?.last
        if let file = values["--password-file"]?.last {
            input.password = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)).prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        }
        if !environment.isEmpty {
            let choice = TrustStoreChoice.resolve(caPaths: values["--ca"] ?? [], environment: environment)
            if values["--ca"] == nil {
                input.trustAnchors = choice.paths.flatMap(DiagnosisSource.readFileOrDirectory)
                input.trustStoreChoice = choice
            }
            input.otherTrustStores = ClientTrustStores.locate(
                used: choice, environment: environment, certifiPaths: environment["VIRTUAL_ENV"] == nil ? [] : nil)
        }
        return input
    }

    @Test(arguments: DiagnosisScenario.all())
    func yieldsExactlyItsFindings(_ scenario: DiagnosisScenario) throws {
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = Diagnosis.run(
            try Self.input(scenario.absoluteArguments(in: directory), environment: scenario.absoluteEnvironment(in: directory)))
        let found = report.findings.map {
            DiagnosisScenario.Expected(code: $0.code.rawValue, severity: $0.severity.rawValue, certificate: $0.certificate?.index)
        }.sorted()
        #expect(found == scenario.findings, "\(report.findings.map { "\($0.code.rawValue): \($0.message)" })")
        #expect(report.hasErrors == (scenario.exitCode == 1))
        if let fixed = scenario.fixedChain {
            #expect(report.correctedChain.map { $0.certificate.subject.rfc4514String } == fixed)
            #expect(report.correctedChainIsComplete)
        }
        // Worst first.
        #expect(report.findings.map(\.severity) == report.findings.map(\.severity).sorted())
        // Every finding says what to do, and where it is.
        for finding in report.findings {
            #expect(!finding.message.isEmpty && !finding.fix.isEmpty)
            #expect(finding.file != nil || finding.certificate != nil)
        }
    }

    @Test func everyCodeHasItsScenario() {
        // A scenario (TestVectors/scenarios) or a real-life case (TestVectors/real-life)
        // named after each code, which expects it.
        let cases = DiagnosisScenario.all() + DiagnosisScenario.realLife()
        let names = Set(cases.map(\.name))
        let missing = FindingCode.allCases.map(\.rawValue).filter { !names.contains($0) }
        #expect(missing.isEmpty, "no scenario for \(missing)")
        for scenario in cases {
            if let code = FindingCode(rawValue: scenario.name) {
                #expect(scenario.findings.contains { $0.code == code.rawValue } || scenario.required.contains { $0.code == code.rawValue },
                    "\(scenario.name) does not expect its own code")
            }
        }
    }

    @Test func everyCodeIsDocumented() throws {
        // The codes table lives in README.md (or README-diagnosis.md until it is folded in).
        let candidates = ["README.md", "README-diagnosis.md"].map { packageRoot.appendingPathComponent($0) }
        let texts = candidates.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        let table = try #require(texts.first { $0.contains("### Finding codes") }, "no codes table in README.md or README-diagnosis.md")
        for code in FindingCode.allCases {
            #expect(table.contains("| `\(code.rawValue)` |"), "\(code.rawValue) is not in the README codes table")
        }
    }

    @Test func sameReportTwice() throws {
        // Deterministic with a fixed time: byte-identical findings on a second run.
        let scenario = try DiagnosisScenario.load("expired-cross-sign")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.input(scenario.absoluteArguments(in: directory))
        #expect(Diagnosis.run(input).findings == Diagnosis.run(input).findings)
    }
}
