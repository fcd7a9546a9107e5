import Foundation
import Testing
@testable import x509dump

/// x509dump as a Unix tool: unknown subcommands are errors with the nearest names, only an
/// existing file (or `-`) runs as `show`, and `diagnose -` and `fix-chain -` read standard
/// input.
@Suite("x509dump command line conventions")
struct CommandLineConventionTests {
    static let at = ["--at", "2026-06-01T12:00:00Z"]

    struct Typo: Sendable, CustomTestStringConvertible {
        let word: String
        /// The names offered, in order (empty: none).
        let suggestions: [String]
        var testDescription: String { word }
    }

    static let typos: [Typo] = [
        Typo(word: "verfy", suggestions: ["verify"]),
        Typo(word: "verifiy", suggestions: ["verify"]),
        Typo(word: "diagnos", suggestions: ["diagnose"]),
        Typo(word: "Diagnose", suggestions: ["diagnose"]),
        Typo(word: "fixchain", suggestions: ["fix-chain"]),
        Typo(word: "fix_chain", suggestions: ["fix-chain"]),
        Typo(word: "bundel", suggestions: ["bundle"]),
        Typo(word: "shwo", suggestions: ["show"]),
        Typo(word: "pme", suggestions: ["pem"]),
        Typo(word: "asn", suggestions: ["asn1"]),
        Typo(word: "inspect", suggestions: []),
        Typo(word: "zzzzzz", suggestions: []),
        Typo(word: "x", suggestions: []),
    ]

    @Test(arguments: typos)
    func closestCommandNames(_ typo: Typo) {
        #expect(CommandSuggestion.closest(to: typo.word, among: X509Dump.commands.map { $0.name }) == typo.suggestions)
    }

    @Test func editDistance() {
        #expect(CommandSuggestion.editDistance("verify", "verify") == 0)
        #expect(CommandSuggestion.editDistance("verfy", "verify") == 1)
        #expect(CommandSuggestion.editDistance("verfiy", "verify") == 1, "a transposition is one edit")
        #expect(CommandSuggestion.editDistance("", "pem") == 3)
        #expect(CommandSuggestion.editDistance("kitten", "sitting") == 3)
    }

    /// The real command line: exit 2, the suggestion on standard error, nothing on standard
    /// output, and never `show` run on the word.
    @Test func unknownCommandIsAUsageError() throws {
        let typo = try Tool.run(["verfy", vectorPath("verification/chain.pem")])
        #expect(typo.exitCode == 2)
        #expect(typo.standardOutput.isEmpty)
        #expect(typo.standardError.contains("'verfy' is not a command"))
        #expect(typo.standardError.contains("Did you mean 'verify'?"))
        #expect(!typo.standardError.contains("no such file"), "a word is not taken for a file name")

        let nothingClose = try Tool.run(["frobnicate"])
        #expect(nothingClose.exitCode == 2)
        #expect(!nothingClose.standardError.contains("Did you mean"))

        let missingFile = try Tool.run(["/nonexistent/chain.pem"])
        #expect(missingFile.exitCode == 2)
        #expect(missingFile.standardError.contains("'/nonexistent/chain.pem' is not a command and no such file exists"))
        #expect(missingFile.standardOutput.isEmpty)
    }

    /// An existing file, `-`, or an option first still runs `show`.
    @Test func existingFilesStillRunShow() throws {
        let path = vectorPath("verification/chain.pem")
        let plain = try Tool.run([path] + Self.at)
        #expect(plain.exitCode == 0)
        #expect(plain.standardOutput == (try Tool.run(["show", path] + Self.at)).standardOutput)
        let piped = try Tool.run(["-", "--json"] + Self.at, input: Data(try vectorBytes("verification/chain.pem")))
        #expect(piped.exitCode == 0)
        #expect(piped.text.contains("\"<stdin>\""))
        let optionFirst = try Tool.run(["--json", path] + Self.at)
        #expect(optionFirst.exitCode == 0)
        #expect(optionFirst.text.hasPrefix("{"))
    }

    // MARK: Standard input

    /// `diagnose -` reads the chain from standard input and finds what it finds in the file.
    @Test(arguments: [false, true])
    func diagnoseReadsStandardInput(_ json: Bool) throws {
        let chain = vectorPath("client-trust/chain.pem"), root = vectorPath("client-trust/corp-root.pem")
        let extra = Self.at + ["--ca", root, "--host", "www.example.com"] + (json ? ["--json"] : [])
        let fromFile = try Tool.run(["diagnose", chain] + extra)
        let fromStdin = try Tool.run(["diagnose", "-"] + extra, input: Data(try vectorBytes("client-trust/chain.pem")))
        #expect(fromStdin.exitCode == 0, "\(fromStdin.text)\(fromStdin.standardError)")
        #expect(fromStdin.exitCode == fromFile.exitCode)
        #expect(fromStdin.text.replacingOccurrences(of: "<stdin>", with: chain) == fromFile.text)
        if json {
            let object = try #require(try JSONSerialization.jsonObject(with: fromStdin.standardOutput) as? [String: Any])
            #expect((object["input"] as? [String: Any])?["certificates"] as? [String] == ["<stdin>"])
            #expect((object["findings"] as? [Any])?.isEmpty == true)
            #expect(object["chainTrusted"] as? Bool == true)
        } else {
            #expect(fromStdin.text.contains("Diagnosis of <stdin>"))
            #expect(fromStdin.text.contains("No problems found."))
        }
    }

    /// The key can come from standard input too, and a damaged chain on standard input is
    /// reported against `<stdin>` with exit 1.
    @Test func diagnoseReadsTheKeyOrADamagedChainFromStandardInput() throws {
        let key = try Tool.run(
            ["diagnose", vectorPath("client-trust/chain.pem"), "--key", "-", "--ca", vectorPath("client-trust/corp-root.pem"), "--json"] + Self.at,
            input: Data(try vectorBytes("client-trust/other.key")))
        #expect(key.exitCode == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: key.standardOutput) as? [String: Any])
        let codes = (object["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["key-mismatch"], "no key-world-readable for a key that is not a file")

        var damaged = try vectorBytes("client-trust/chain.pem")
        damaged.removeLast(40)
        let broken = try Tool.run(["diagnose", "-", "--ca", vectorPath("client-trust/corp-root.pem")] + Self.at, input: Data(damaged))
        #expect(broken.exitCode == 1)
        #expect(broken.text.contains("pem-missing-end"))
        #expect(broken.text.contains("(<stdin> line "))
    }

    /// `fix-chain -` writes the corrected chain read from standard input.
    @Test func fixChainReadsStandardInput() throws {
        let reversed = try vectorBytes("client-trust/intermediate.pem") + vectorBytes("client-trust/leaf.pem")
        let run = try Tool.run(["fix-chain", "-", "--ca", vectorPath("client-trust/corp-root.pem")] + Self.at, input: Data(reversed))
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput == Data(try vectorBytes("client-trust/chain.pem")))
        #expect(run.standardError.contains("moved"))
        let json = try Tool.run(["fix-chain", "-", "--json", "--ca", vectorPath("client-trust/corp-root.pem")] + Self.at, input: Data(reversed))
        let object = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
        #expect(object["complete"] as? Bool == true)
        #expect((object["chain"] as? [[String: Any]])?.map { $0["subject"] as? String } == ["CN=www.example.com", "O=Example Corp,CN=Example Corp Issuing CA"])
    }

    /// Standard input is read once; it cannot be replaced in place.
    @Test func standardInputUsageErrors() throws {
        let chain = Data(try vectorBytes("client-trust/chain.pem"))
        let twice = try Tool.run(["diagnose", "-", "--key", "-"] + Self.at, input: chain)
        #expect(twice.exitCode == 2)
        #expect(twice.standardError.contains("standard input (-) can be read only once"))
        #expect(twice.standardOutput.isEmpty)
        let inPlace = try Tool.run(["fix-chain", "-", "--in-place"] + Self.at, input: chain)
        #expect(inPlace.exitCode == 2)
        #expect(inPlace.standardError.contains("--in-place cannot replace standard input"))
        #expect(inPlace.standardOutput.isEmpty)
    }
}
