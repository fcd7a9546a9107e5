import Testing

@testable import PureX509ASN1

/// `-----END X----------BEGIN Y-----` on one line (files joined with `cat`, the first
/// without its final newline): the lax reader reads both blocks, notes the missing line
/// break at the file's line, and keeps every later line number as the file counts it.
@Suite("PEM missing line break")
struct PEMMissingLineBreakTests {
    static let one = "-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----"
    static let two = "-----BEGIN CERTIFICATE-----\nBAUG\n-----END CERTIFICATE-----\n"

    @Test func bothBlocksRead() throws {
        let document = try PEMDocument(parsing: Self.one + Self.two)
        #expect(document.blocks.map(\.der) == [[1, 2, 3], [4, 5, 6]])
        #expect(document.blocks.map(\.beginLine) == [1, 3])
        #expect(document.blocks.map(\.endLine) == [3, 5])
        #expect(document.observations.contains { $0.kind == .missingLineBreak && $0.line == 3 })
    }

    @Test func keyAfterCertificate() throws {
        let key = "-----BEGIN PRIVATE KEY-----\nBwgJ\n-----END PRIVATE KEY-----\n"
        let document = try PEMDocument(parsing: Self.one + key)
        #expect(document.blocks.map(\.label) == [.certificate, .privateKey])
    }

    @Test func laterErrorsKeepFileLines() {
        // Line 5 of the file (line 6 as the parser splits it) holds a bad character.
        let text = Self.one + "-----BEGIN CERTIFICATE-----\nBAUG\nB!UG\n-----END CERTIFICATE-----\n"
        #expect(throws: PEMError.badBase64Character(line: 5, column: 2, byte: UInt8(ascii: "!"))) {
            try PEMDocument(parsing: text)
        }
    }

    @Test func strictModeRefusesIt() {
        #expect(throws: PEMError.self) { try PEMDocument(parsing: Self.one + Self.two, mode: .strict) }
    }

    @Test func ordinaryEndLineUntouched() throws {
        let document = try PEMDocument(parsing: Self.one + "\n" + Self.two)
        #expect(!document.observations.contains { $0.kind == .missingLineBreak })
        #expect(document.blocks.map(\.beginLine) == [1, 4])
    }
}
