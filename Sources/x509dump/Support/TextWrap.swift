/// Word-wrapping for reports read in a terminal.
enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` characters, each after the first
    /// prefixed with `indent` (the first line is not indented: the caller places it).
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n" + indent)
    }
}
