/// The long text of one finding code (`x509dump explain CODE`): what it means, which
/// clients it breaks, how to fix it, and an example of how it happens. The README's table of
/// codes is ``markdownTable``, made from the same values.
public struct FindingExplanation: Sendable, Hashable {
    /// The code explained.
    public let code: FindingCode
    /// The severity the diagnosis gives it, with its exceptions ("warning (error when ...)").
    public let severity: String
    /// What the finding means (Markdown: `code` spans).
    public let meaning: String
    /// A typical way it happens.
    public let example: String
    /// Which clients or servers it breaks, and how they fail.
    public let clients: String
    /// How to fix it.
    public let fix: String

    /// Every code's explanation, in the order of `FindingCode.allCases`.
    public static var all: [FindingExplanation] { FindingCode.allCases.map(\.explanation) }

    /// The README table: code, severity, meaning, example; one row per code.
    public static var markdownTable: String {
        var lines = ["| Code | Severity | Meaning | Example |", "|------|----------|---------|---------|"]
        for explanation in all {
            lines.append("| `\(explanation.code.rawValue)` | \(explanation.severity) | \(explanation.meaning) | \(explanation.example) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
