import Foundation
import Testing

@testable import x509dump

/// The streaming writer against the JSON text it must produce, and against Foundation's
/// parser for the escaping.
@Suite struct JSONStreamWriterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let value: @Sendable () -> JSONValue
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "scalars", value: { .array([.null, .bool(true), .bool(false), .int(0), .int(-42), .int(Int.min), .int(Int.max)]) },
             expected: "[\n  null,\n  true,\n  false,\n  0,\n  -42,\n  -9223372036854775808,\n  9223372036854775807\n]"),
        Case(name: "empty containers", value: { .object([("a", .array([])), ("o", .object([]))]) },
             expected: "{\n  \"a\": [],\n  \"o\": {}\n}"),
        Case(name: "escapes", value: { .string("q\" b\\ n\n r\r t\t nul\u{0} esc\u{1B} é ✓") },
             expected: "\"q\\\" b\\\\ n\\n r\\r t\\t nul\\u0000 esc\\u001b é ✓\""),
        Case(name: "dynamic keys are escaped", value: { .object([("k\"ey", .int(1))]) }, expected: "{\n  \"k\\\"ey\": 1\n}"),
        Case(name: "nesting", value: { .object([("list", .array([.object([("x", .int(1))]), .array([.int(2)])]))]) },
             expected: "{\n  \"list\": [\n    {\n      \"x\": 1\n    },\n    [\n      2\n    ]\n  ]\n}"),
        Case(name: "a written part inside a tree",
             value: { .object([("before", .int(1)), ("part", .written { json in json.object { json.hex("h", [0x0A, 0xFF]) } }), ("after", .int(2))]) },
             expected: "{\n  \"before\": 1,\n  \"part\": {\n    \"h\": \"0aff\"\n  },\n  \"after\": 2\n}"),
    ]

    @Test(arguments: cases)
    func serialises(_ testCase: Case) throws {
        #expect(testCase.value().serialized() == testCase.expected)
        // The document form ends with one newline; Foundation reads it back.
        let output = BufferedOutput.capturing()
        JSONStreamWriter(output).value(nil, testCase.value())
        #expect(output.text == testCase.expected + "\n")
        _ = try JSONSerialization.jsonObject(with: Data(output.text.utf8), options: [.fragmentsAllowed])
    }

    @Test func typedMembersAndHex() throws {
        let output = BufferedOutput.capturing()
        let json = JSONStreamWriter(output)
        json.object {
            json.string("s", "text")
            json.string("missing", nil)
            json.int("n", 7)
            json.bool("b", nil)
            json.hex("hex", [UInt8](0...17))
            json.colonHex("colons", [0xAB, 0x01])
            json.colonHex("none", [UInt8]?.none)
            json.array("empty") {}
        }
        let expected = """
            {
              "s": "text",
              "missing": null,
              "n": 7,
              "b": null,
              "hex": "000102030405060708090a0b0c0d0e0f1011",
              "colons": "AB:01",
              "none": null,
              "empty": []
            }

            """
        #expect(output.text == expected)
    }

    /// Output larger than the buffer arrives whole and in order (chunks flushed as they fill).
    @Test func largeOutputThroughChunks() throws {
        let output = BufferedOutput.capturing()
        let json = JSONStreamWriter(output)
        let big = String(repeating: "x", count: BufferedOutput.capacity + 123)
        let bytes = [UInt8](repeating: 0x5A, count: 10_000)
        json.array {
            for index in 0..<3 { json.string(nil, big + String(index)) }
            json.hex(nil, bytes)
            json.colonHex(nil, bytes)
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String])
        #expect(parsed.count == 5)
        #expect(parsed[0] == big + "0" && parsed[2] == big + "2")
        #expect(parsed[3] == String(repeating: "5a", count: 10_000))
        #expect(parsed[4] == Array(repeating: "5A", count: 10_000).joined(separator: ":"))
    }

    /// Every byte value in hex, both cases, with and without colons, against Swift's own
    /// formatting.
    @Test func hexOfEveryByte() {
        let bytes = (0...255).map(UInt8.init)
        let lower = bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }
        #expect(HexText.string(bytes, uppercase: false, colons: false) == lower.joined())
        #expect(HexText.string(bytes, uppercase: true, colons: true) == lower.map { $0.uppercased() }.joined(separator: ":"))
        #expect(HexText.string([0xAB], uppercase: true, colons: true) == "AB")
        #expect(HexText.string([UInt8](), uppercase: false, colons: true) == "")
    }

    /// Each character that needs an escape, at every position of strings of every length up
    /// to 20 (the quoting looks at eight bytes at a time), with ASCII or non-ASCII around it.
    @Test func escapesAtEveryPosition() throws {
        let specials: [(Character, String)] = [("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{01}", "\\u0001"),
                                               ("\u{1F}", "\\u001f"), ("\t", "\\t")]
        for filler in ["a", "é"] {
            for length in 1...20 {
                for position in 0..<length {
                    for (special, escaped) in specials {
                        var text = Array(repeating: Character(filler), count: length)
                        text[position] = special
                        let value = String(text)
                        let output = BufferedOutput.capturing()
                        JSONStreamWriter(output).quoted(value)
                        var expected = Array(repeating: filler, count: length)
                        expected[position] = escaped
                        #expect(output.text == "\"" + expected.joined() + "\"", "\(value.debugDescription)")
                    }
                }
            }
        }
        let plain = String(repeating: "abc !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~\u{7F}", count: 3)
        let output = BufferedOutput.capturing()
        JSONStreamWriter(output).quoted(plain)
        #expect(output.text == "\"" + plain + "\"")
    }
}
