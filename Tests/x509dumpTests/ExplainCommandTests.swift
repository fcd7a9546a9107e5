import Foundation
import PureX509
import Testing
@testable import x509dump

/// `x509dump explain CODE`: the text and JSON of every code, `--list`, and an unknown code
/// (exit 2, the closest codes offered).
@Suite("x509dump explain")
struct ExplainCommandTests {
    static func explain(_ arguments: [String]) throws -> ExplainCommand.Result {
        ExplainCommand.execute(try ParsedArguments(arguments, spec: ExplainCommand.options))
    }

    @Test(arguments: FindingCode.allCases)
    func explainsEveryCode(_ code: FindingCode) throws {
        let text = try Self.explain([code.rawValue])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.hasPrefix(code.rawValue + "\nSeverity: " + code.explanation.severity.prefix(5)))
        for heading in ["What it means:", "What it breaks:", "How to fix it:", "Example:"] {
            #expect(text.standardOutput.contains(heading))
        }
        // Wrapped for a terminal: no line over 80 columns unless one word is longer.
        for line in text.standardOutput.split(separator: "\n") where line.count > 80 {
            #expect(!line.dropFirst(2).contains(" "), "\(line)")
        }
        let json = try Self.explain(["--json", code.rawValue])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array[0]["code"] as? String == code.rawValue)
        #expect(array[0]["fix"] as? String == code.explanation.fix)
        #expect(array[0]["clients"] as? String == code.explanation.clients)
    }

    struct Unknown: Sendable, CustomTestStringConvertible {
        let word: String
        let suggestion: String?
        var testDescription: String { word }
    }

    @Test(arguments: [
        Unknown(word: "missing-intermediat", suggestion: "missing-intermediate"),
        Unknown(word: "expird", suggestion: "expired"),
        Unknown(word: "key-missmatch", suggestion: "key-mismatch"),
        Unknown(word: "wrong-pasword", suggestion: "wrong-password"),
        Unknown(word: "frobnicate", suggestion: nil),
    ])
    func unknownCode(_ row: Unknown) throws {
        let result = try Self.explain([row.word])
        #expect(result.exitCode == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("'\(row.word)' is not a finding code"))
        if let suggestion = row.suggestion {
            #expect(result.standardError.contains("Did you mean '\(suggestion)'"), "\(result.standardError)")
        } else {
            #expect(!result.standardError.contains("Did you mean"))
        }
    }

    /// Through the real command line: exit codes, --list, the usage error, the help.
    @Test func commandLine() throws {
        let run = try Tool.run(["explain", "key-mismatch"])
        #expect(run.exitCode == 0)
        #expect(run.text.contains("nginx: \"key values mismatch\""))
        let list = try Tool.run(["explain", "--list"])
        #expect(list.text.split(separator: "\n").count == FindingCode.allCases.count)
        let unknown = try Tool.run(["explain", "expird"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("Did you mean 'expired'"))
        let none = try Tool.run(["explain"])
        #expect(none.exitCode == 2)
        let table = try Tool.run(["explain", "--markdown-table"])
        #expect(table.text == FindingExplanation.markdownTable)
        #expect(try Tool.run(["--help"]).text.contains("explain"))
    }
}
