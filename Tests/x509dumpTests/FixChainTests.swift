import Foundation
import PureX509
import PureX509ScenarioSupport
import PureX509ASN1
import Testing
@testable import x509dump

/// `x509dump fix-chain`: the corrected chain, and never an overwritten input unless asked.
@Suite("x509dump fix-chain")
struct FixChainTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]

    static func subjects(ofPEMFile path: String) throws -> [String] {
        let document = try PEMDocument(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        return try document.blocks.map { try Certificate(derEncoded: $0.der).subject.rfc4514String }
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        FixChainCommand.run(try ParsedArguments(arguments, spec: FixChainCommand.options))
    }

    @Test func inPlaceKeepsABackup() throws {
        let scenario = try DiagnosisScenario.load("wrong-order")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chain = directory.appendingPathComponent("chain.pem").path
        let original = try Data(contentsOf: URL(fileURLWithPath: chain))
        let exit = try Self.run([chain, "--ca", directory.appendingPathComponent("root.pem").path, "--in-place"] + Self.at)
        #expect(exit == 0)
        #expect(try Self.subjects(ofPEMFile: chain) == scenario.fixedChain)
        #expect(try Data(contentsOf: URL(fileURLWithPath: chain + ".bak")) == original)
        // A second run keeps the first backup and makes another.
        #expect(try Self.run([chain, "--ca", directory.appendingPathComponent("root.pem").path, "--in-place"] + Self.at) == 0)
        #expect(FileManager.default.fileExists(atPath: chain + ".bak.1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: chain + ".bak")) == original)
    }

    @Test func refusesToOverwriteTheInputWithoutInPlace() throws {
        let scenario = try DiagnosisScenario.load("wrong-order")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chain = directory.appendingPathComponent("chain.pem").path
        let original = try Data(contentsOf: URL(fileURLWithPath: chain))
        #expect(try Self.run([chain, "-o", chain] + Self.at) == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: chain)) == original)
        #expect(!FileManager.default.fileExists(atPath: chain + ".bak"))
    }

    @Test func addsTheMissingIntermediateFromTheRepairPool() throws {
        let scenario = try DiagnosisScenario.load("missing-intermediate")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("fullchain.pem").path
        let exit = try Self.run([
            directory.appendingPathComponent("cert.pem").path, "--repair-from", directory.appendingPathComponent("pool").path,
            "--ca", directory.appendingPathComponent("root.pem").path, "-o", output,
        ] + Self.at)
        #expect(exit == 0)
        #expect(try Self.subjects(ofPEMFile: output) == scenario.fixedChain)
    }

    @Test func dropsTheRootDuplicatesAndStrangers() throws {
        for name in ["root-included", "duplicate-certificate", "unrelated-certificate", "expired-cross-sign"] {
            let scenario = try DiagnosisScenario.load(name)
            let directory = try scenario.materialize()
            defer { try? FileManager.default.removeItem(at: directory) }
            let output = directory.appendingPathComponent("out.pem").path
            let arguments = scenario.absoluteArguments(in: directory).filter { $0 != "--host" && !$0.hasSuffix("example.com") } + ["-o", output]
            #expect(try Self.run(arguments) == 0, "\(name)")
            #expect(try Self.subjects(ofPEMFile: output) == scenario.fixedChain, "\(name)")
        }
    }

    @Test func neverReplacesTheInputWithAnIncompleteChain() throws {
        let scenario = try DiagnosisScenario.load("bad-signature")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chain = directory.appendingPathComponent("chain.pem").path
        let original = try Data(contentsOf: URL(fileURLWithPath: chain))
        let exit = try Self.run([chain, "--ca", directory.appendingPathComponent("root.pem").path, "--in-place"] + Self.at)
        #expect(exit == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: chain)) == original)
        #expect(!FileManager.default.fileExists(atPath: chain + ".bak"))
    }

    @Test func changesAreListed() throws {
        let scenario = try DiagnosisScenario.load("root-included")
        let directory = try scenario.materialize()
        defer { try? FileManager.default.removeItem(at: directory) }
        var input = DiagnosisInput(certificates: [.read(directory.appendingPathComponent("chain.pem").path)], time: 1_780_315_200)
        input.trustAnchors = [.read(directory.appendingPathComponent("root.pem").path)]
        let changes = FixChainCommand.changes(Diagnosis.run(input))
        #expect(changes == ["removed #2 O=PureX509 Scenarios,CN=Scenario Root CA: the root (clients use their own copy)"])
    }
}
