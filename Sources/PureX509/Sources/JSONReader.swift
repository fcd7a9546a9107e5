/// A small strict JSON reader (RFC 8259) into ``StructuredNode``s, with the line and column
/// of every error, for `kubectl get -o json` output. Numbers, `true` and `false` stay text;
/// duplicate keys are an error (kubectl never writes them; two values for `tls.crt` would
/// leave the choice to a guess). Nesting is bounded by ``YAMLSubsetReader/maximumDepth``.
/// The core library is Foundation-free, so this does not use `JSONSerialization`.
package struct JSONReader {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var lineStart = 0

    /// Reads one JSON value that is the whole of `text` (whitespace around it allowed).
    package static func read(_ text: String) throws(StructuredTextError) -> StructuredNode {
        var reader = JSONReader(scalars: Array(text.unicodeScalars))
        if reader.scalars.first == "\u{FEFF}" { reader.position = 1 }
        let node = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.position == reader.scalars.count else { throw reader.error("text after the JSON value") }
        return node
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var column: Int { position - lineStart + 1 }

    private func error(_ message: String) -> StructuredTextError {
        StructuredTextError(message: message, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while position < scalars.count {
            switch scalars[position] {
            case " ", "\t", "\r": position += 1
            case "\n":
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(StructuredTextError) -> StructuredNode {
        skipWhitespace()
        guard depth < YAMLSubsetReader.maximumDepth else { throw error("nested more than \(YAMLSubsetReader.maximumDepth) levels deep") }
        guard position < scalars.count else { throw error("the JSON ends where a value was expected") }
        let startLine = line, startColumn = column
        func node(_ value: StructuredNode.Value) -> StructuredNode { StructuredNode(value: value, line: startLine, column: startColumn) }
        switch scalars[position] {
        case "{":
            position += 1
            var pairs: [(key: String, value: StructuredNode)] = []
            var keys = Set<String>()
            skipWhitespace()
            if position < scalars.count, scalars[position] == "}" {
                position += 1
                return node(.mapping([]))
            }
            while true {
                skipWhitespace()
                guard position < scalars.count, scalars[position] == "\"" else { throw error("expected a key in double quotes") }
                let keyColumn = column, keyLine = line
                let key = try string()
                guard keys.insert(key).inserted else {
                    throw StructuredTextError(message: "duplicate key \"\(key)\"", line: keyLine, column: keyColumn)
                }
                skipWhitespace()
                guard position < scalars.count, scalars[position] == ":" else { throw error("expected : after a key") }
                position += 1
                pairs.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                guard position < scalars.count else { throw error("the JSON ends inside an object (} missing)") }
                if scalars[position] == "," { position += 1; continue }
                if scalars[position] == "}" { position += 1; break }
                throw error("expected , or } in an object")
            }
            return node(.mapping(pairs))
        case "[":
            position += 1
            var items: [StructuredNode] = []
            skipWhitespace()
            if position < scalars.count, scalars[position] == "]" {
                position += 1
                return node(.sequence([]))
            }
            while true {
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard position < scalars.count else { throw error("the JSON ends inside an array (] missing)") }
                if scalars[position] == "," { position += 1; continue }
                if scalars[position] == "]" { position += 1; break }
                throw error("expected , or ] in an array")
            }
            return node(.sequence(items))
        case "\"":
            return node(.scalar(try string()))
        default:
            let start = position
            while position < scalars.count, "+-.0123456789eEtruefalsn".unicodeScalars.contains(scalars[position]) { position += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<position]))
            if word == "null" { return node(.null) }
            if word == "true" || word == "false" || Self.isNumber(word) { return node(.scalar(word)) }
            position = start
            throw error(word.isEmpty ? "unexpected character \"\(scalars[position])\"" : "\"\(word)\" is not a JSON value")
        }
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static func isNumber(_ word: String) -> Bool {
        var characters = Array(word.utf8)[...]
        if characters.first == UInt8(ascii: "-") { characters = characters.dropFirst() }
        let digits: (ArraySlice<UInt8>) -> Int = { $0.prefix { $0 >= 0x30 && $0 <= 0x39 }.count }
        let integer = digits(characters)
        guard integer > 0, !(integer > 1 && characters.first == UInt8(ascii: "0")) else { return false }
        characters = characters.dropFirst(integer)
        if characters.first == UInt8(ascii: ".") {
            let fraction = digits(characters.dropFirst())
            guard fraction > 0 else { return false }
            characters = characters.dropFirst(1 + fraction)
        }
        if characters.first == UInt8(ascii: "e") || characters.first == UInt8(ascii: "E") {
            characters = characters.dropFirst()
            if characters.first == UInt8(ascii: "+") || characters.first == UInt8(ascii: "-") { characters = characters.dropFirst() }
            let exponent = digits(characters)
            guard exponent > 0 else { return false }
            characters = characters.dropFirst(exponent)
        }
        return characters.isEmpty
    }

    private mutating func string() throws(StructuredTextError) -> String {
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard position < scalars.count else { throw error("a string without its closing quote") }
            let scalar = scalars[position]
            if scalar == "\"" {
                position += 1
                return String(result)
            }
            if scalar.value < 0x20 { throw error("a control character inside a string (escape it)") }
            if scalar != "\\" {
                result.append(scalar)
                position += 1
                continue
            }
            position += 1
            guard position < scalars.count else { throw error("a string without its closing quote") }
            let escape = scalars[position]
            position += 1
            switch escape {
            case "\"", "\\", "/": result.append(escape)
            case "b": result.append("\u{8}")
            case "f": result.append("\u{C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                var value = try hex4()
                if (0xD800..<0xDC00).contains(value) {
                    guard position + 1 < scalars.count, scalars[position] == "\\", scalars[position + 1] == "u" else {
                        throw error("a lone UTF-16 surrogate in a \\u escape")
                    }
                    position += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a lone UTF-16 surrogate in a \\u escape") }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let decoded = Unicode.Scalar(value) else { throw error("a lone UTF-16 surrogate in a \\u escape") }
                result.append(decoded)
            default:
                position -= 1
                throw error("unknown escape \\\(escape)")
            }
        }
    }

    private mutating func hex4() throws(StructuredTextError) -> UInt32 {
        guard position + 4 <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16)
        else { throw error("a \\u escape needs four hex digits") }
        position += 4
        return value
    }
}
