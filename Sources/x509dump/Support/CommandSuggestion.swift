#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `x509dump WORD` means when WORD is no subcommand: a file to show when a file of that
/// name exists (or `-`), else a mistyped command, with the closest command names offered.
enum CommandSuggestion {
    /// True when `argument` names standard input or something that exists on disk, so that
    /// `x509dump FILE` runs `show FILE`.
    static func isInput(_ argument: String) -> Bool {
        if argument == "-" { return true }
        var info = stat()
        return stat(argument, &info) == 0
    }

    /// The command names within a small edit distance of `word` (at most 2, and less than
    /// half the word), closest first, then in help order.
    static func closest(to word: String, among names: [String]) -> [String] {
        let lower = word.lowercased()
        let scored = names.enumerated().compactMap { position, name -> (distance: Int, position: Int, name: String)? in
            let distance = editDistance(lower, name)
            let prefix = name.count >= 3 && lower.count >= 3 && (name.hasPrefix(lower) || lower.hasPrefix(name))
            guard prefix || (distance <= 2 && distance * 2 < max(lower.count, name.count)) else { return nil }
            return (prefix ? min(distance, 1) : distance, position, name)
        }
        return scored.sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }.map(\.name)
    }

    /// Levenshtein distance (insertions, deletions, substitutions), with an adjacent
    /// transposition counted as one edit ("verfiy").
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The error for an argument that is neither a command nor an existing file.
    static func message(for word: String, among names: [String]) -> String {
        var text = "x509dump: '\(word)' is not a command"
        let looksLikePath = word.contains("/") || word.contains(".")
        if looksLikePath { text += " and no such file exists" }
        let suggestions = closest(to: word, among: names)
        if let first = suggestions.first {
            text += ". Did you mean '\(first)'"
            if suggestions.count > 1 { text += " (or " + suggestions.dropFirst().map { "'\($0)'" }.joined(separator: ", ") + ")" }
            text += "?"
        } else {
            text += "."
        }
        text += "\n(`x509dump FILE` shows an existing FILE; run `x509dump --help` for the commands.)"
        return text
    }
}
