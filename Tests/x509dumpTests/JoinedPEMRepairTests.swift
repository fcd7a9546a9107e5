import Foundation
import PureX509
import PureX509ScenarioSupport
import Testing
@testable import x509dump

/// The files of the `cat`-joined real-life cases are repaired: `pem` (FileContents) reads
/// every certificate, and the chain `fix-chain` writes is whole, each block on its lines.
@Suite("Joined PEM repaired")
struct JoinedPEMRepairTests {
    static let cases = ["pem-missing-line-break", "cat-joined-three-blocks", "cat-joined-cert-and-key", "cat-joined-crlf"]

    @Test(arguments: cases)
    func pemReadsEveryBlock(_ name: String) throws {
        let scenario = try DiagnosisScenario.load(name, in: DiagnosisScenario.realLifeFolder)
        let file = try #require(scenario.arguments.dropFirst().first)
        let bytes = try [UInt8](Data(contentsOf: DiagnosisScenario.realLifeFolder.appendingPathComponent(name).appendingPathComponent(file)))
        let contents = FileContents(bytes: bytes)
        #expect(contents.problems.isEmpty)
        let certificates = contents.entries.filter { if case .certificate = $0.item { return true } else { return false } }
        let expected = String(decoding: bytes, as: UTF8.self).components(separatedBy: "BEGIN CERTIFICATE").count - 1
        #expect(certificates.count == expected)
    }

    @Test(arguments: cases)
    func fixChainWritesSeparateBlocks(_ name: String) throws {
        let scenario = try DiagnosisScenario.load(name, in: DiagnosisScenario.realLifeFolder)
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try DiagnosisInputOptions.input(ParsedArguments(scenario.absoluteArguments(in: directory), spec: FixChainCommand.options))
        let report = Diagnosis.run(input)
        #expect(report.correctedChainIsComplete)
        let pem = report.correctedChain.map { PEMWriter.encode($0.certificate.derEncoded, label: .certificate) }.joined()
        #expect(!pem.contains("----------"))
        #expect(pem.components(separatedBy: "-----BEGIN CERTIFICATE-----\n").count - 1 == report.correctedChain.count)
    }

    /// `show` and `verify` read such a file whole but say, at the joined line, that OpenSSL
    /// (and so nginx, Apache, HAProxy) reads nothing from it; `show`'s heading counts every
    /// block. A file without a joined line gets no note.
    @Test(arguments: cases)
    func showAndVerifyNoteTheJoinedLine(_ name: String) throws {
        let scenario = try DiagnosisScenario.load(name, in: DiagnosisScenario.realLifeFolder)
        let file = try #require(scenario.arguments.dropFirst().first)
        let path = DiagnosisScenario.realLifeFolder.appendingPathComponent(name).appendingPathComponent(file).path
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let certificates = text.components(separatedBy: "BEGIN CERTIFICATE").count - 1
        let show = try Tool.run(["show", path])
        #expect(show.standardError.contains("x509dump show: note: \(path) line "), "\(show.standardError)")
        #expect(show.standardError.contains("OpenSSL reads no certificate from this file"))
        #expect(show.text.contains("\(certificates) CERTIFICATE block"), "\(show.text.prefix(200))")
        let verify = try Tool.run(["verify", path, "--at", "2026-06-01"])
        #expect(verify.standardError.contains("x509dump verify: note: \(path) line "), "\(verify.standardError)")
    }

    @Test func noNoteForAWellFormedFile() throws {
        let path = vectorPath("verification/chain.pem")
        for command in ["show", "verify"] {
            let run = try Tool.run([command, path, "--at", "2026-06-01"])
            #expect(!run.standardError.contains("note:"), "\(command): \(run.standardError)")
        }
    }
}
