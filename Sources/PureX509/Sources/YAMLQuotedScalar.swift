/// Reads a single- or double-quoted YAML scalar, possibly over several lines: `''` is a
/// quote inside single quotes; double quotes take the JSON escapes plus `\0`, `\e`, `\x..`,
/// `\U........` and an escaped line end.
struct YAMLQuotedScalar {
    let quote: Character
    private(set) var text = ""
    /// What follows the closing quote on its line.
    private(set) var rest: ArraySlice<Character> = []
    private var pendingSpace = false

    init(quote: Character) { self.quote = quote }

    /// Reads `characters` (after the opening quote, or a continuation line); the value
    /// when the closing quote was found, nil when the scalar goes on.
    mutating func read(_ characters: ArraySlice<Character>, line: YAMLLine, column: Int) throws(StructuredTextError) -> String? {
        var position = characters.startIndex
        // A continuation line's leading spaces are not part of the value.
        if pendingSpace {
            while position < characters.endIndex, characters[position] == " " { position += 1 }
            if position < characters.endIndex { text += " " }
            pendingSpace = false
        }
        while position < characters.endIndex {
            let character = characters[position]
            if character == quote {
                if quote == "'", position + 1 < characters.endIndex, characters[position + 1] == "'" {
                    text.append("'")
                    position += 2
                    continue
                }
                rest = characters[(position + 1)...]
                return text
            }
            if quote == "\"" && character == "\\" {
                position += 1
                guard position < characters.endIndex else {
                    // An escaped line end: the next line joins without a space.
                    return nil
                }
                let escape = characters[position]
                switch escape {
                case "n": text.append("\n")
                case "t", "\t": text.append("\t")
                case "r": text.append("\r")
                case "0": text.append("\0")
                case "\\", "\"", "/", " ": text.append(escape)
                case "e": text.append("\u{1B}")
                case "x", "u", "U":
                    let count = escape == "x" ? 2 : escape == "u" ? 4 : 8
                    let digits = characters[(position + 1)...].prefix(count)
                    guard digits.count == count, let value = UInt32(String(digits), radix: 16), let scalar = Unicode.Scalar(value)
                    else {
                        throw StructuredTextError(message: "a bad \\\(escape) escape", line: line.number, column: column + position - characters.startIndex)
                    }
                    text.unicodeScalars.append(scalar)
                    position += count
                default:
                    throw StructuredTextError(message: "unknown escape \\\(escape)", line: line.number, column: column + position - characters.startIndex)
                }
                position += 1
                continue
            }
            text.append(character)
            position += 1
        }
        // The line ended inside the quotes: trailing spaces fold away.
        while text.last == " " { text.removeLast() }
        pendingSpace = true
        return nil
    }

    /// Called before a continuation line: a blank line is a line break.
    mutating func fold(blank: Bool) {
        if blank {
            text.append("\n")
            pendingSpace = false
        }
    }
}
