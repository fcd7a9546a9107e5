/// A reader for the subset of YAML 1.2 that Kubernetes manifests, `kubectl get -o yaml`
/// output and kubeconfig files use: block mappings and sequences (also sequences at their
/// key's indentation, as kubectl writes them), plain, single- and double-quoted scalars
/// (multi-line too), `|` and `>` block scalars with chomping indicators, one-line flow
/// collections (`{}`, `[a, b]`), comments, and `---` document separators.
///
/// Not supported, each a ``StructuredTextError`` with its line and column: anchors and
/// aliases (`&a`, `*a`), tags (`!!binary`), complex keys (`? `), tabs in indentation,
/// duplicate keys. Nesting is bounded (``maximumDepth``), so hostile input cannot exhaust
/// the stack; the work is linear in the input.
package enum YAMLSubsetReader {
    /// The deepest nesting of collections read.
    package static let maximumDepth = 64

    /// The documents of `text`, in order (an empty document is a null node).
    package static func documents(_ text: String) throws(StructuredTextError) -> [StructuredNode] {
        var lines: [YAMLLine] = []
        var number = 0
        // Split on LF bytes: a CR LF pair is one Character in Swift.
        for raw in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var characters = Array(String(decoding: raw, as: UTF8.self))
            if characters.last == "\r" { characters.removeLast() }
            if number == 1 && characters.first == "\u{FEFF}" { characters.removeFirst() }
            let leading = characters.prefix { $0 == " " || $0 == "\t" }
            if let tab = leading.firstIndex(of: "\t"), leading.count < characters.count, characters[leading.count] != "#" {
                throw StructuredTextError(message: "a tab in the indentation (YAML indents with spaces)", line: number, column: tab + 1)
            }
            lines.append(YAMLLine(number: number, characters: characters))
        }
        var documents: [StructuredNode] = []
        var start = 0
        var sawDirectiveEnd = false
        for index in lines.indices {
            let line = lines[index]
            if line.indent == 0, line.characters.first == "%" && !sawDirectiveEnd {
                lines[index] = YAMLLine(number: line.number, characters: [])
                continue
            }
            if line.isDocumentMarker("---") || line.isDocumentMarker("...") {
                if line.characters.count > 3 && !line.restIsComment(from: 3) {
                    throw StructuredTextError(message: "content on a document marker line is not supported", line: line.number, column: 5)
                }
                if index > start || sawDirectiveEnd {
                    if let document = try parseDocument(Array(lines[start..<index])) { documents.append(document) }
                }
                sawDirectiveEnd = line.isDocumentMarker("---")
                start = index + 1
            }
        }
        if let document = try parseDocument(Array(lines[start...])) { documents.append(document) }
        return documents
    }

    private static func parseDocument(_ lines: [YAMLLine]) throws(StructuredTextError) -> StructuredNode? {
        var parser = YAMLParser(lines: lines)
        return try parser.document()
    }
}

/// One line of YAML: its number, indentation and characters.
struct YAMLLine {
    let number: Int
    /// The characters after the indentation.
    var characters: [Character]
    /// The 0-based column where `characters` start.
    var indent: Int
    /// The whole line, for block scalars.
    let raw: [Character]

    init(number: Int, characters: [Character]) {
        self.number = number
        self.raw = characters
        var indent = 0
        while indent < characters.count, characters[indent] == " " { indent += 1 }
        self.indent = indent
        self.characters = Array(characters[indent...])
    }

    /// Blank, or a comment only.
    var isSkippable: Bool { characters.allSatisfy { $0 == " " || $0 == "\t" } || characters.first == "#" }

    /// `- item` or a lone `-`.
    var isSequenceItem: Bool { characters.first == "-" && (characters.count == 1 || characters[1] == " ") }

    func isDocumentMarker(_ marker: String) -> Bool {
        indent == 0 && characters.starts(with: Array(marker)) && (characters.count == 3 || characters[3] == " ")
    }

    func restIsComment(from index: Int) -> Bool {
        let rest = characters[index...].drop { $0 == " " }
        return rest.isEmpty || rest.first == "#"
    }
}

/// The recursive-descent reader behind ``YAMLSubsetReader``.
struct YAMLParser {
    var lines: [YAMLLine]
    var index = 0

    init(lines: [YAMLLine]) { self.lines = lines }

    mutating func document() throws(StructuredTextError) -> StructuredNode? {
        skip()
        guard index < lines.count else { return nil }
        if lines[index].characters.first == "\t" || lines[index].raw.first == "\t" {
            throw error("a tab in the indentation (YAML indents with spaces)", lines[index], column: lines[index].indent)
        }
        let node = try node(parentIndent: -1, depth: 0)
        skip()
        if index < lines.count {
            throw error("unexpected content (wrong indentation?)", lines[index], column: lines[index].indent)
        }
        return node
    }

    // MARK: Lines

    mutating func skip() {
        while index < lines.count, lines[index].isSkippable { index += 1 }
    }

    func error(_ message: String, _ line: YAMLLine, column: Int) -> StructuredTextError {
        StructuredTextError(message: message, line: line.number, column: column + 1)
    }

    // MARK: Nodes

    /// The node starting at the current line (more indented than `parentIndent`).
    mutating func node(parentIndent: Int, depth: Int) throws(StructuredTextError) -> StructuredNode {
        skip()
        let line = lines[index]
        guard depth < YAMLSubsetReader.maximumDepth else {
            throw error("nested more than \(YAMLSubsetReader.maximumDepth) levels deep", line, column: line.indent)
        }
        if line.raw.prefix(line.indent + 1).contains("\t") {
            throw error("a tab in the indentation (YAML indents with spaces)", line, column: line.indent)
        }
        if line.isSequenceItem { return try sequence(indent: line.indent, depth: depth + 1) }
        if try mappingColon(line) != nil { return try mapping(indent: line.indent, depth: depth + 1) }
        index += 1
        return try value(line.characters[...], column: line.indent, line: line, ownerIndent: parentIndent, depth: depth)
    }

    mutating func sequence(indent: Int, depth: Int) throws(StructuredTextError) -> StructuredNode {
        let first = lines[index]
        var items: [StructuredNode] = []
        while true {
            skip()
            guard index < lines.count, lines[index].indent == indent, lines[index].isSequenceItem else { break }
            let line = lines[index]
            var offset = 1
            while offset < line.characters.count, line.characters[offset] == " " { offset += 1 }
            if offset >= line.characters.count || line.characters[offset] == "#" {
                index += 1
                skip()
                if index < lines.count, lines[index].indent > indent {
                    items.append(try node(parentIndent: indent, depth: depth))
                } else {
                    items.append(StructuredNode(value: .null, line: line.number, column: indent + 1))
                }
            } else {
                // The item's content becomes a line of its own at its column ("- a: 1" then
                // "  b: 2" is one mapping).
                lines[index].characters = Array(line.characters[offset...])
                lines[index].indent = indent + offset
                items.append(try node(parentIndent: indent, depth: depth))
            }
        }
        if index < lines.count, lines[index].indent > indent {
            throw error("unexpected indentation in a sequence", lines[index], column: lines[index].indent)
        }
        return StructuredNode(value: .sequence(items), line: first.number, column: indent + 1)
    }

    mutating func mapping(indent: Int, depth: Int) throws(StructuredTextError) -> StructuredNode {
        let first = lines[index]
        var pairs: [(key: String, value: StructuredNode)] = []
        var seen = Set<String>()
        while true {
            skip()
            guard index < lines.count, lines[index].indent == indent, !lines[index].isSequenceItem else { break }
            let line = lines[index]
            guard let colon = try mappingColon(line) else {
                throw error("expected \"key: value\"", line, column: indent)
            }
            let key = try self.key(line, colon: colon)
            guard seen.insert(key).inserted else {
                throw error("duplicate key \"\(key)\"", line, column: indent)
            }
            index += 1
            var rest = line.characters[(colon + 1)...]
            var column = indent + colon + 1
            while rest.first == " " {
                rest = rest.dropFirst()
                column += 1
            }
            pairs.append((key, try value(rest, column: column, line: line, ownerIndent: indent, depth: depth)))
        }
        if index < lines.count, lines[index].indent > indent {
            throw error("unexpected indentation (a value must follow its key's colon, or be indented under it)", lines[index],
                        column: lines[index].indent)
        }
        return StructuredNode(value: .mapping(pairs), line: first.number, column: indent + 1)
    }

    /// The index of the colon that ends a mapping key on `line`, nil when the line is no
    /// `key: value` line.
    func mappingColon(_ line: YAMLLine) throws(StructuredTextError) -> Int? {
        let characters = line.characters
        guard let first = characters.first else { return nil }
        if first == "?" && (characters.count == 1 || characters[1] == " ") {
            throw error("complex mapping keys (\"? \") are not supported", line, column: line.indent)
        }
        var position = 0
        if first == "\"" || first == "'" {
            position = 1
            while position < characters.count {
                if first == "\"" && characters[position] == "\\" {
                    position += 2
                    continue
                }
                if characters[position] == first {
                    if first == "'" && position + 1 < characters.count && characters[position + 1] == "'" {
                        position += 2
                        continue
                    }
                    break
                }
                position += 1
            }
            position += 1
            while position < characters.count, characters[position] == " " { position += 1 }
            guard position < characters.count, characters[position] == ":" else { return nil }
            return position + 1 == characters.count || characters[position + 1] == " " ? position : nil
        }
        if first == "[" || first == "{" || first == "|" || first == ">" || first == "#" { return nil }
        while position < characters.count {
            let character = characters[position]
            if character == "#", position > 0, characters[position - 1] == " " { return nil }
            if character == ":", position + 1 == characters.count || characters[position + 1] == " " { return position }
            position += 1
        }
        return nil
    }

    func key(_ line: YAMLLine, colon: Int) throws(StructuredTextError) -> String {
        var text = line.characters[..<colon]
        while text.last == " " { text = text.dropLast() }
        if let quote = text.first, quote == "\"" || quote == "'" {
            var scanner = YAMLQuotedScalar(quote: quote)
            guard let value = try scanner.read(text.dropFirst(), line: line, column: line.indent + 1), scanner.rest.isEmpty else {
                throw error("a quoted key must end with its quote before the colon", line, column: line.indent)
            }
            return value
        }
        if let first = text.first, "&*!".contains(first) {
            throw error("anchors, aliases and tags are not supported", line, column: line.indent)
        }
        return String(text)
    }

    // MARK: Values

    /// The value written after a key's colon (or as a sequence item): `rest` of `line`
    /// starting at `column`, and the lines after it that belong to it.
    mutating func value(
        _ rest: ArraySlice<Character>, column: Int, line: YAMLLine, ownerIndent: Int, depth: Int
    ) throws(StructuredTextError) -> StructuredNode {
        let start = StructuredNode(value: .null, line: line.number, column: column + 1)
        guard let first = rest.first, first != "#" else {
            skip()
            guard index < lines.count else { return start }
            let next = lines[index]
            if next.indent > ownerIndent { return try node(parentIndent: ownerIndent, depth: depth) }
            if next.indent == ownerIndent, next.isSequenceItem, ownerIndent >= 0 {
                // kubectl's style: "items:" then "- ..." at the key's own indentation.
                return try sequence(indent: ownerIndent, depth: depth + 1)
            }
            return start
        }
        switch first {
        case "|", ">":
            return try blockScalar(rest, column: column, line: line, ownerIndent: ownerIndent)
        case "\"", "'":
            return try quoted(rest, column: column, line: line, ownerIndent: ownerIndent)
        case "[", "{":
            var flow = YAMLFlowReader(characters: Array(rest), line: line, column: column, depth: depth)
            let node = try flow.read()
            return node
        case "&", "*", "!":
            throw error("anchors, aliases and tags are not supported", line, column: column)
        default:
            var text = String(Self.withoutComment(rest))
            // A plain scalar may go on over more-indented lines, folded with spaces.
            while index < lines.count, !lines[index].isSkippable, lines[index].indent > ownerIndent {
                let next = lines[index]
                if try mappingColon(next) != nil || next.isSequenceItem {
                    throw error("a mapping or sequence cannot follow a plain value (wrong indentation?)", next, column: next.indent)
                }
                text += " " + String(Self.withoutComment(next.characters[...]))
                index += 1
            }
            if ["null", "Null", "NULL", "~"].contains(text) { return start }
            return StructuredNode(value: .scalar(text), line: line.number, column: column + 1)
        }
    }

    /// A plain scalar without its trailing comment and spaces.
    static func withoutComment(_ characters: ArraySlice<Character>) -> ArraySlice<Character> {
        var end = characters.endIndex
        var position = characters.startIndex
        while position < characters.endIndex {
            if characters[position] == "#", position > characters.startIndex, characters[position - 1] == " " {
                end = position
                break
            }
            position += 1
        }
        var result = characters[characters.startIndex..<end]
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }

    mutating func quoted(
        _ rest: ArraySlice<Character>, column: Int, line: YAMLLine, ownerIndent: Int
    ) throws(StructuredTextError) -> StructuredNode {
        var scanner = YAMLQuotedScalar(quote: rest.first ?? "\"")
        var pending = rest.dropFirst()
        var current = line
        while true {
            // The 1-based column of the first character read on this line.
            let firstColumn = current.number == line.number ? column + 2 : current.indent + 1
            if let value = try scanner.read(pending, line: current, column: firstColumn) {
                let after = scanner.rest.drop { $0 == " " }
                guard after.isEmpty || after.first == "#" else {
                    throw error("text after the closing quote", current, column: current.indent + (current.characters.count - after.count))
                }
                return StructuredNode(value: .scalar(value), line: line.number, column: column + 1)
            }
            // Not closed on this line: a multi-line quoted scalar, folded.
            guard index < lines.count else {
                throw error("a quoted string without its closing quote", line, column: column)
            }
            current = lines[index]
            index += 1
            scanner.fold(blank: current.isSkippable && current.characters.first != "#")
            pending = current.characters[...]
        }
    }

    mutating func blockScalar(
        _ rest: ArraySlice<Character>, column: Int, line: YAMLLine, ownerIndent: Int
    ) throws(StructuredTextError) -> StructuredNode {
        let literal = rest.first == "|"
        var chomping: Character = " "
        var explicitIndent: Int?
        for character in Self.withoutComment(rest.dropFirst()) {
            if character == "-" || character == "+" {
                chomping = character
            } else if let digit = character.wholeNumberValue, digit > 0 {
                explicitIndent = digit
            } else {
                throw error("unexpected \"\(character)\" in a block scalar header", line, column: column)
            }
        }
        let base = max(ownerIndent, 0)
        var contentIndent = explicitIndent.map { base + $0 }
        var collected: [String] = []
        while index < lines.count {
            let next = lines[index]
            let blank = next.raw.allSatisfy { $0 == " " }
            if blank {
                collected.append("")
                index += 1
                continue
            }
            if contentIndent == nil { contentIndent = next.indent }
            guard let indent = contentIndent, next.indent >= indent, indent > ownerIndent else { break }
            collected.append(String(next.raw[indent...]))
            index += 1
        }
        // Trailing blank lines belong to the chomping, not the text.
        var trailing = 0
        while collected.last == "" {
            collected.removeLast()
            trailing += 1
        }
        var text: String
        if literal {
            text = collected.joined(separator: "\n")
        } else {
            text = ""
            var previousBlank = true
            for item in collected {
                if item.isEmpty {
                    text += "\n"
                    previousBlank = true
                } else if item.first == " " {
                    text += (previousBlank ? "" : "\n") + item
                    previousBlank = false
                } else {
                    text += (previousBlank ? "" : " ") + item
                    previousBlank = false
                }
            }
        }
        if !collected.isEmpty {
            switch chomping {
            case "-": break
            case "+": text += String(repeating: "\n", count: trailing + 1)
            default: text += "\n"
            }
        }
        return StructuredNode(value: .scalar(text), line: line.number, column: column + 1)
    }
}
