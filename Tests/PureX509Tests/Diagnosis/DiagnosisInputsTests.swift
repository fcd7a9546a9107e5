import Foundation
import PureX509ASN1
import Testing
@testable import PureX509

/// Inputs beyond the scenario folders: combined certificate-and-key files, password-protected
/// archives, the default trust store, and damaged files that must not hide the good parts.
@Suite("Diagnosis inputs")
struct DiagnosisInputsTests {
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    static func scenarioFile(_ path: String) throws -> [UInt8] { try testVector("scenarios/" + path) }

    static func codes(_ report: DiagnosisReport) -> [String] { report.findings.map(\.code.rawValue) }

    @Test func keyInsideTheCertificateFile() throws {
        // HAProxy's combined PEM: chain and key in one file.
        let combined = try Self.scenarioFile("ok/chain.pem") + Self.scenarioFile("ok/key.pem")
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "site.pem", bytes: combined, permissions: 0o600)], time: Self.at)
        input.trustAnchors = [DiagnosisSource(name: "root.pem", bytes: try Self.scenarioFile("ok/root.pem"))]
        input.host = "www.example.com"
        #expect(Self.codes(Diagnosis.run(input)) == [])
        // The same file readable by everyone exposes the key.
        input.certificates = [DiagnosisSource(name: "site.pem", bytes: combined, permissions: 0o644)]
        #expect(Self.codes(Diagnosis.run(input)) == ["key-world-readable"])
        // A stray key in it does not match.
        let stray = try Self.scenarioFile("ok/chain.pem") + Self.scenarioFile("key-mismatch/key.pem")
        input.certificates = [DiagnosisSource(name: "site.pem", bytes: stray, permissions: 0o600)]
        #expect(Self.codes(Diagnosis.run(input)) == ["key-mismatch"])
    }

    @Test func passwordProtectedArchive() throws {
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "server.p12", bytes: try testVector("keys/default.p12"))], time: Self.at)
        input.trustAnchors = []
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["format-pkcs12"])
        #expect(report.findings.first?.severity == .error)
        #expect(report.findings.first?.message.contains("password") == true)
    }

    @Test func swappedCertificateAndKey() throws {
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "key.pem", bytes: try Self.scenarioFile("ok/key.pem"))], time: Self.at)
        input.key = DiagnosisSource(name: "chain.pem", bytes: try Self.scenarioFile("ok/chain.pem"), permissions: 0o600)
        input.trustAnchors = []
        let report = Diagnosis.run(input)
        // Said once (not "no certificate" plus "no key"), then read the right way round: the
        // chain is found (its root is not trusted here: no anchors).
        #expect(Self.codes(report).sorted() == ["cert-key-swapped", "untrusted-root"])
        #expect(report.findings.contains { $0.message.contains("swapped") })
        #expect(report.correctedChain.count == 2)
    }

    @Test func everyDamagedBlockIsReportedAndTheRestDiagnosed() throws {
        // Two damaged blocks around a good chain: both reported, the chain still checked.
        let chain = String(decoding: try Self.scenarioFile("ok/chain.pem"), as: UTF8.self)
        let root = String(decoding: try Self.scenarioFile("ok/root.pem"), as: UTF8.self)
        let badBase64 = root.replacingOccurrences(of: "\n", with: "\n!", options: [], range: root.range(of: "\n"))
        let truncated = String(root.split(separator: "\n").dropLast().joined(separator: "\n")) + "\n"
        let text = chain + badBase64 + truncated
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "chain.pem", bytes: Array(text.utf8))], time: Self.at)
        input.trustAnchors = [DiagnosisSource(name: "root.pem", bytes: Array(root.utf8))]
        let report = Diagnosis.run(input)
        #expect(Self.codes(report).sorted() == ["pem-bad-base64", "pem-missing-end"])
        let chainLines = chain.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let rootLines = root.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(report.findings.compactMap(\.line).sorted() == [chainLines + 2, chainLines + rootLines + 1])
        #expect(report.correctedChain.count == 2)
    }

    @Test func withoutTrustAnchorsThePrivateRootIsNamed() throws {
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "chain.pem", bytes: try Self.scenarioFile("ok/chain.pem"))], time: Self.at)
        input.trustAnchors = []
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["untrusted-root"])
        #expect(report.findings.first?.certificate?.index == 1)
        #expect(report.findings.first?.message.contains("Scenario Root CA") == true)
    }

    @Test func emptyAndMissingInputs() {
        #expect(Self.codes(Diagnosis.run(DiagnosisInput(certificates: [], time: Self.at))) == ["empty-input"])
        let report = Diagnosis.run(DiagnosisInput(certificates: [DiagnosisSource(name: "x.pem", content: .notFound)], time: Self.at))
        #expect(Self.codes(report) == ["file-not-found"])
        #expect(report.findings.first?.file == "x.pem")
    }

    @Test func hostileBytesDoNotCrash() {
        // Random-looking inputs in every role: findings, never a trap.
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 2, 3, 7, 64, 300] {
            for first in [UInt8(0x30), 0x2D, 0xEF, 0x00] {
                var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                if !bytes.isEmpty { bytes[0] = first }
                var input = DiagnosisInput(certificates: [DiagnosisSource(name: "c", bytes: bytes)], time: Self.at)
                input.key = DiagnosisSource(name: "k", bytes: bytes)
                input.trustAnchors = [DiagnosisSource(name: "a", bytes: bytes)]
                input.repairPool = [DiagnosisSource(name: "r", bytes: bytes)]
                input.host = String(decoding: bytes.prefix(20), as: UTF8.self)
                input.tfServingConfig = DiagnosisSource(name: "t", bytes: bytes)
                let report = Diagnosis.run(input)
                #expect(!report.findings.isEmpty)
            }
        }
    }
}
