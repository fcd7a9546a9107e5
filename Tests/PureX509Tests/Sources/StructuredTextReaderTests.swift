import Testing
@testable import PureX509

/// The YAML subset and JSON readers behind Kubernetes files: what kubectl writes, read to
/// the same tree; every unsupported or broken construct an error with its line and column.
@Suite("YAML subset and JSON readers")
struct StructuredTextReaderTests {
    /// A compact rendering of a node for comparisons: {k=v,...}, [a,b], "text", null.
    static func render(_ node: StructuredNode) -> String {
        switch node.value {
        case .scalar(let text): return "\"" + text + "\""
        case .null: return "null"
        case .sequence(let items): return "[" + items.map(render).joined(separator: ",") + "]"
        case .mapping(let pairs): return "{" + pairs.map { $0.key + "=" + render($0.value) }.joined(separator: ",") + "}"
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "mapping and nesting", yaml: "a: 1\nb:\n  c: x y\n  d: 'q''s'\n", expected: "{a=\"1\",b={c=\"x y\",d=\"q's\"}}"),
        Case(name: "kubectl sequence at the key's indentation", yaml: "items:\n- a: 1\n  b: 2\n- c: 3\nkind: List\n",
             expected: "{items=[{a=\"1\",b=\"2\"},{c=\"3\"}],kind=\"List\"}"),
        Case(name: "indented sequence of scalars", yaml: "x:\n  - one\n  - \"two\"\n  -\n  - - nested\n",
             expected: "{x=[\"one\",\"two\",null,[\"nested\"]]}"),
        Case(name: "comments and null", yaml: "# head\na: b # tail\nc: null\nd: ~\ne:\nf: 'x # not a comment'\n",
             expected: "{a=\"b\",c=null,d=null,e=null,f=\"x # not a comment\"}"),
        Case(name: "literal block, clip", yaml: "k: |\n  line 1\n   line 2\n\n  line 3\n\nz: 1\n", expected: "{k=\"line 1\n line 2\n\nline 3\n\",z=\"1\"}"),
        Case(name: "literal block, strip and keep", yaml: "a: |-\n  x\n  y\nb: |+\n  z\n\nc: 1\n", expected: "{a=\"x\ny\",b=\"z\n\n\",c=\"1\"}"),
        Case(name: "folded block", yaml: "a: >\n  one\n  two\n\n  three\n", expected: "{a=\"one two\nthree\n\"}"),
        Case(name: "double-quoted escapes", yaml: "a: \"t\\tn\\n\\u00e9\\\"\"\n", expected: "{a=\"t\tn\né\"\"}"),
        Case(name: "multi-line quoted and plain", yaml: "a: \"one\n  two\"\nb: three\n  four\n", expected: "{a=\"one two\",b=\"three four\"}"),
        Case(name: "flow collections", yaml: "a: {}\nb: []\nc: [x, \"y\", {k: v}]\n", expected: "{a={},b=[],c=[\"x\",\"y\",{k=\"v\"}]}"),
        Case(name: "quoted keys and colons in values", yaml: "\"tls.crt\": a:b\n'x y': http://h:1/p\n",
             expected: "{tls.crt=\"a:b\",x y=\"http://h:1/p\"}"),
        Case(name: "CR LF line ends and a BOM", yaml: "\u{FEFF}a: 1\r\nb:\r\n  c: 2\r\n", expected: "{a=\"1\",b={c=\"2\"}}"),
    ]

    @Test(arguments: cases)
    func reads(_ row: Case) throws {
        let documents = try YAMLSubsetReader.documents(row.yaml)
        #expect(documents.count == 1)
        #expect(Self.render(documents[0]) == row.expected)
    }

    @Test func documentsAndPositions() throws {
        let documents = try YAMLSubsetReader.documents("%YAML 1.2\n---\na: 1\n---\n# only a comment\n---\nb:\n  c: 2\n...\n")
        #expect(documents.map(Self.render) == ["{a=\"1\"}", "{b={c=\"2\"}}"])
        let c = try #require(documents[1]["b"]?["c"])
        #expect((c.line, c.column) == (8, 6))
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let column: Int
        let words: String
        var testDescription: String { name }
    }

    static let yamlFailures: [Failure] = [
        Failure(name: "bad indentation", text: "a:\n  b: 1\n c: 2\n", line: 3, column: 2, words: "unexpected indentation"),
        Failure(name: "duplicate key", text: "a: 1\nb: 2\na: 3\n", line: 3, column: 1, words: "duplicate key \"a\""),
        Failure(name: "anchor", text: "a: &x 1\n", line: 1, column: 4, words: "anchors, aliases and tags"),
        Failure(name: "tag", text: "a: !!binary AAAA\n", line: 1, column: 4, words: "anchors, aliases and tags"),
        Failure(name: "complex key", text: "? a\n: b\n", line: 1, column: 1, words: "complex mapping keys"),
        Failure(name: "unterminated quote", text: "a: \"abc\nb: 1\n", line: 1, column: 4, words: "without its closing quote"),
        Failure(name: "unclosed flow", text: "a: [1, 2\n", line: 1, column: 9, words: "must end on its line"),
        Failure(name: "tab indentation", text: "a:\n\tb: 1\n", line: 2, column: 1, words: "tab"),
        Failure(name: "text after a quoted value", text: "a: 'x' y\n", line: 1, column: 8, words: "after the closing quote"),
        Failure(name: "mapping after a plain value", text: "a: b\n  c: d\n", line: 2, column: 3, words: "cannot follow a plain value"),
        Failure(name: "bad escape", text: "a: \"\\q\"\n", line: 1, column: 6, words: "unknown escape"),
    ]

    @Test(arguments: yamlFailures)
    func yamlErrorsSayWhere(_ row: Failure) {
        do {
            let documents = try YAMLSubsetReader.documents(row.text)
            Issue.record("read: \(documents.map(Self.render))")
        } catch {
            #expect((error.line, error.column) == (row.line, row.column), "\(error)")
            #expect(error.message.contains(row.words), "\(error)")
        }
    }

    @Test func deepNestingIsBounded() {
        var text = ""
        for depth in 0..<200 { text += String(repeating: " ", count: depth) + "k:\n" }
        #expect(throws: StructuredTextError.self) { _ = try YAMLSubsetReader.documents(text) }
        let flow = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: StructuredTextError.self) { _ = try YAMLSubsetReader.documents("a: " + flow) }
        #expect(throws: StructuredTextError.self) { _ = try JSONReader.read(flow) }
    }

    @Test func json() throws {
        let node = try JSONReader.read("{\n  \"a\": [1, -2.5e3, true, null, \"x\\u00e9\\ud83d\\ude00\\n\"],\n  \"b\": {}\n}\n")
        #expect(Self.render(node) == "{a=[\"1\",\"-2.5e3\",\"true\",null,\"xé😀\n\"],b={}}")
        #expect((node["b"]?.line, node["b"]?.column) == (3, 8))
    }

    static let jsonFailures: [Failure] = [
        Failure(name: "trailing comma", text: "{\"a\": 1,}", line: 1, column: 9, words: "expected a key"),
        Failure(name: "duplicate key", text: "{\"a\": 1,\n \"a\": 2}", line: 2, column: 2, words: "duplicate key"),
        Failure(name: "bare word", text: "{\"a\": yes}", line: 1, column: 7, words: "unexpected character"),
        Failure(name: "leading zero", text: "[01]", line: 1, column: 2, words: "is not a JSON value"),
        Failure(name: "unterminated string", text: "[\"abc", line: 1, column: 6, words: "without its closing quote"),
        Failure(name: "control character", text: "[\"a\nb\"]", line: 1, column: 4, words: "control character"),
        Failure(name: "lone surrogate", text: "[\"\\ud800\"]", line: 1, column: 9, words: "surrogate"),
        Failure(name: "two values", text: "{} {}", line: 1, column: 4, words: "text after"),
        Failure(name: "empty", text: "  ", line: 1, column: 3, words: "ends where a value was expected"),
    ]

    @Test(arguments: jsonFailures)
    func jsonErrorsSayWhere(_ row: Failure) {
        do {
            _ = try JSONReader.read(row.text)
            Issue.record("read")
        } catch {
            #expect((error.line, error.column) == (row.line, row.column), "\(error)")
            #expect(error.message.contains(row.words), "\(error)")
        }
    }

    /// Every prefix of a real kubectl output fails with an error or reads; never a crash.
    @Test func everyPrefixOfRealFiles() throws {
        for name in ["list.yaml", "secret.json", "stringdata.yaml"] {
            let text = String(decoding: try testVector("kubernetes/" + name), as: UTF8.self)
            let characters = Array(text)
            for length in stride(from: 0, to: characters.count, by: 13) {
                let prefix = String(characters[..<length])
                if name.hasSuffix(".json") {
                    _ = try? JSONReader.read(prefix)
                } else {
                    _ = try? YAMLSubsetReader.documents(prefix)
                }
            }
        }
    }
}
