import PureX509

/// `x509dump explain CODE`: the long text of a finding code, from the library's
/// `FindingCode.explanation` (the same values the README's table is made from).
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "explain a finding code: what it means, which clients it breaks, how to fix it"
    static let usage = """
        usage: x509dump explain [--json] CODE...
               x509dump explain --list [--json]
               x509dump explain --markdown-table

        Prints the long text of each finding code that diagnose reports (for example
        `x509dump explain missing-intermediate`): its severity, what it means, which clients
        it breaks and how, how to fix it, and an example of how it happens.

        options:
          --list             every code with its one-line meaning
          --markdown-table   the README's table of codes (Scripts/update-finding-codes.sh)
          --json             machine-readable output

        exit codes: 0 explained, 2 unknown code or usage (the closest codes are offered).
        """
    static let options = OptionSpec(flags: ["--list", "--markdown-table"])

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let result = execute(arguments)
        if !result.standardOutput.isEmpty { Output.print(result.standardOutput) }
        if !result.standardError.isEmpty { Output.error(result.standardError) }
        return result.exitCode
    }

    struct Result {
        var standardOutput = ""
        var standardError = ""
        var exitCode = ExitCode.ok
    }

    static func execute(_ arguments: ParsedArguments) -> Result {
        if arguments.has("--markdown-table") {
            return Result(standardOutput: String(FindingExplanation.markdownTable.dropLast()))
        }
        if arguments.has("--list") {
            let all = FindingExplanation.all
            if arguments.json {
                return Result(standardOutput: JSONValue.array(all.map(json)).serialized())
            }
            let width = all.map(\.code.rawValue.count).max() ?? 0
            return Result(standardOutput: all.map { explanation in
                explanation.code.rawValue + String(repeating: " ", count: width - explanation.code.rawValue.count + 2)
                    + plain(explanation.meaning)
            }.joined(separator: "\n"))
        }
        guard !arguments.positionals.isEmpty else {
            return Result(standardError: "x509dump explain: expected a finding code (x509dump explain --list shows them all)\n\n\(usage)",
                          exitCode: ExitCode.usage)
        }
        var explanations: [FindingExplanation] = []
        for word in arguments.positionals {
            guard let code = FindingCode(rawValue: word.lowercased()) else {
                return Result(standardError: unknown(word), exitCode: ExitCode.usage)
            }
            explanations.append(code.explanation)
        }
        if arguments.json {
            return Result(standardOutput: JSONValue.array(explanations.map(json)).serialized())
        }
        return Result(standardOutput: explanations.map(text).joined(separator: "\n\n"))
    }

    /// "x509dump explain: 'missing-intermediat' is not a finding code. Did you mean ...?"
    static func unknown(_ word: String) -> String {
        let names = FindingCode.allCases.map(\.rawValue)
        var message = "x509dump explain: '\(word)' is not a finding code"
        let suggestions = CommandSuggestion.closest(to: word, among: names)
        if let first = suggestions.first {
            message += ". Did you mean '\(first)'"
            let others = suggestions.dropFirst().prefix(3)
            if !others.isEmpty { message += " (or " + others.map { "'\($0)'" }.joined(separator: ", ") + ")" }
            message += "?"
        } else {
            message += "."
        }
        return message + "\n(`x509dump explain --list` shows every code.)"
    }

    static func text(_ explanation: FindingExplanation) -> String {
        let width = 76
        var lines = [explanation.code.rawValue, TextWrap.wrap("Severity: " + explanation.severity, width: width, indent: "  "), ""]
        for (title, body) in [("What it means", explanation.meaning), ("What it breaks", explanation.clients),
                              ("How to fix it", explanation.fix), ("Example", explanation.example)] {
            lines.append(title + ":")
            lines.append("  " + TextWrap.wrap(plain(body), width: width, indent: "  "))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ explanation: FindingExplanation) -> JSONValue {
        .object([
            ("code", .string(explanation.code.rawValue)), ("severity", .string(explanation.severity)),
            ("meaning", .string(plain(explanation.meaning))), ("clients", .string(explanation.clients)),
            ("fix", .string(explanation.fix)), ("example", .string(plain(explanation.example))),
        ])
    }

    /// The Markdown of the table without its code-span backticks.
    static func plain(_ markdown: String) -> String { markdown.replacingBackticks }
}

private extension String {
    var replacingBackticks: String { String(filter { $0 != "`" }) }
}
