/// A YAML flow collection on one line: `[]`, `{}`, `[a, "b", c]`, `{key: value, k: [x]}`
/// (what kubectl writes for empty maps and lists, and short manifests use). A flow
/// collection over several lines is an error with its place.
struct YAMLFlowReader {
    let characters: [Character]
    let line: YAMLLine
    /// The 0-based column of `characters[0]`.
    let column: Int
    let depth: Int
    var position = 0

    init(characters: [Character], line: YAMLLine, column: Int, depth: Int) {
        self.characters = characters
        self.line = line
        self.column = column
        self.depth = depth
    }

    mutating func read() throws(StructuredTextError) -> StructuredNode {
        let node = try value(depth: depth)
        skipSpaces()
        if position < characters.count && characters[position] != "#" {
            throw error("text after the flow collection")
        }
        return node
    }

    func error(_ message: String) -> StructuredTextError {
        StructuredTextError(message: message, line: line.number, column: column + position + 1)
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position] == " " { position += 1 }
    }

    mutating func value(depth: Int) throws(StructuredTextError) -> StructuredNode {
        skipSpaces()
        guard depth < YAMLSubsetReader.maximumDepth else { throw error("nested too deep") }
        guard position < characters.count else { throw error("a flow collection must end on its line (] or } missing)") }
        let start = position
        let lineNumber = line.number, startColumn = column + start + 1
        let node: (StructuredNode.Value) -> StructuredNode = { StructuredNode(value: $0, line: lineNumber, column: startColumn) }
        switch characters[position] {
        case "[":
            position += 1
            var items: [StructuredNode] = []
            while true {
                skipSpaces()
                guard position < characters.count else { throw error("a flow sequence must end on its line (] missing)") }
                if characters[position] == "]" { position += 1; break }
                items.append(try value(depth: depth + 1))
                skipSpaces()
                if position < characters.count, characters[position] == "," { position += 1; continue }
                if position < characters.count, characters[position] == "]" { position += 1; break }
                throw error(position < characters.count ? "expected , or ] in a flow sequence" : "a flow sequence must end on its line (] missing)")
            }
            return node(.sequence(items))
        case "{":
            position += 1
            var pairs: [(key: String, value: StructuredNode)] = []
            while true {
                skipSpaces()
                guard position < characters.count else { throw error("a flow mapping must end on its line (} missing)") }
                if characters[position] == "}" { position += 1; break }
                let keyNode = try value(depth: depth + 1)
                guard let key = keyNode.string else { throw error("a flow mapping key must be a scalar") }
                if pairs.contains(where: { $0.key == key }) { throw error("duplicate key \"\(key)\"") }
                skipSpaces()
                guard position < characters.count, characters[position] == ":" else { throw error("expected : after a key") }
                position += 1
                skipSpaces()
                let item: StructuredNode
                if position < characters.count, characters[position] == "," || characters[position] == "}" {
                    item = StructuredNode(value: .null, line: line.number, column: column + position + 1)
                } else {
                    item = try value(depth: depth + 1)
                }
                pairs.append((key, item))
                skipSpaces()
                if position < characters.count, characters[position] == "," { position += 1; continue }
                if position < characters.count, characters[position] == "}" { position += 1; break }
                throw error(position < characters.count ? "expected , or } in a flow mapping" : "a flow mapping must end on its line (} missing)")
            }
            return node(.mapping(pairs))
        case "\"", "'":
            var scanner = YAMLQuotedScalar(quote: characters[position])
            let body = characters[(position + 1)...]
            guard let text = try scanner.read(body, line: line, column: column + position + 2) else {
                throw error("a quoted string in a flow collection must end on its line")
            }
            position = characters.count - scanner.rest.count
            return node(.scalar(text))
        default:
            while position < characters.count, !",[]{}".contains(characters[position]),
                  !(characters[position] == ":" && (position + 1 == characters.count || characters[position + 1] == " ")) {
                position += 1
            }
            var text = characters[start..<position]
            while text.last == " " { text = text.dropLast() }
            let string = String(text)
            if ["null", "Null", "NULL", "~", ""].contains(string) { return node(.null) }
            return node(.scalar(string))
        }
    }
}
