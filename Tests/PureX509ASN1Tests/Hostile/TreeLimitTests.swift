import Testing
import PureX509ASN1

/// Resource limits of the readers that build a tree of every element (`ASN1Node`,
/// `ASN1Dump`) and of the PEM reader: going over a limit is a typed error at the element
/// that crossed it, never a hang or unbounded memory. (Nesting depth: DERRobustnessTests.)
@Suite("Resource limits: tree readers and PEM")
struct TreeLimitTests {
    /// `count` top-level NULLs (two bytes each, the densest DER there is).
    static func nulls(_ count: Int) -> [UInt8] {
        [UInt8]((0..<count).flatMap { _ in [UInt8(0x05), 0x00] })
    }

    struct ElementCase: CustomTestStringConvertible, Sendable {
        let name: String
        let input: [UInt8]
        let limit: Int
        /// nil: parses; else the offset of the first element over the limit.
        let failsAt: Int?
        var testDescription: String { name }
    }

    static let elementCases: [ElementCase] = [
        ElementCase(name: "three NULLs, limit 3", input: nulls(3), limit: 3, failsAt: nil),
        ElementCase(name: "four NULLs, limit 3", input: nulls(4), limit: 3, failsAt: 6),
        // SEQUENCE { NULL NULL }: three elements; the third is the second NULL at 4.
        ElementCase(name: "nested, limit 2", input: [0x30, 0x04, 0x05, 0x00, 0x05, 0x00], limit: 2, failsAt: 4),
        ElementCase(name: "nested, limit 3", input: [0x30, 0x04, 0x05, 0x00, 0x05, 0x00], limit: 3, failsAt: nil),
    ]

    @Test("ASN1Node stops at its element limit", arguments: elementCases)
    func nodeElementLimit(_ testCase: ElementCase) throws {
        if let offset = testCase.failsAt {
            #expect(throws: DERError.tooManyElements(offset: offset, limit: testCase.limit)) {
                try ASN1Node.parseAll(testCase.input, maximumElements: testCase.limit)
            }
        } else {
            let nodes = try ASN1Node.parseAll(testCase.input, maximumElements: testCase.limit)
            #expect(!nodes.isEmpty)
        }
    }

    @Test("ASN1Dump stops at its element limit", arguments: elementCases)
    func dumpElementLimit(_ testCase: ElementCase) {
        let dump = ASN1Dump(testCase.input, maximumElements: testCase.limit)
        if let offset = testCase.failsAt {
            #expect(dump.failure == .tooManyElements(offset: offset, limit: testCase.limit))
        } else {
            #expect(dump.failure == nil)
            #expect(dump.isValid)
        }
    }

    @Test("ASN1Dump counts the elements it finds inside OCTET STRINGs")
    func dumpCountsEncapsulated() {
        // OCTET STRING { SEQUENCE { NULL } } twice: 3 elements each when looked inside.
        let one: [UInt8] = [0x04, 0x04, 0x30, 0x02, 0x05, 0x00]
        let input = one + one
        #expect(ASN1Dump(input, maximumElements: 6).failure == nil)
        let dump = ASN1Dump(input, maximumElements: 5)
        // The fourth element is the second OCTET STRING (6); the sixth is its NULL (10).
        #expect(dump.failure == .tooManyElements(offset: 10, limit: 5))
    }

    @Test("the default element limit is enforced: one million and one NULLs")
    func defaultElementLimit() {
        let input = Self.nulls(DERReader.defaultMaximumElements + 1)
        let offset = 2 * DERReader.defaultMaximumElements
        #expect(throws: DERError.tooManyElements(offset: offset, limit: DERReader.defaultMaximumElements)) {
            try ASN1Node.parseAll(input)
        }
        #expect(ASN1Dump(input).failure == .tooManyElements(offset: offset, limit: DERReader.defaultMaximumElements))
    }

    @Test("the element-limit error reads well")
    func elementLimitDescription() {
        #expect(DERError.tooManyElements(offset: 12, limit: 1000).description == "more than 1000 elements at byte 12")
    }

    /// The PEM reader keeps one compact entry per line; every line-end style must still give
    /// the right line numbers and contents.
    struct LineCase: CustomTestStringConvertible, Sendable {
        let name: String
        let separator: String
        var testDescription: String { name }
    }

    @Test("PEM line numbers after many line ends of each style", arguments: [
        LineCase(name: "LF", separator: "\n"), LineCase(name: "CR LF", separator: "\r\n"), LineCase(name: "CR", separator: "\r"),
    ])
    func pemLineNumbers(_ testCase: LineCase) throws {
        let blank = String(repeating: testCase.separator, count: 100_000)
        let block = ["-----BEGIN CERTIFICATE-----", "MAA=", "-----END CERTIFICATE-----"].joined(separator: testCase.separator)
        let text = "text" + blank + block + testCase.separator + block
        let document = try PEMDocument(parsing: text)
        #expect(document.blocks.count == 2)
        #expect(document.blocks.map(\.beginLine) == [100_001, 100_004])
        #expect(document.blocks.map(\.endLine) == [100_003, 100_006])
        #expect(document.blocks.allSatisfy { $0.der == [0x30, 0x00] })
        #expect(document.blocks[0].precedingText == "text" + blank)
    }

    @Test("a PEM block of a million blank lines is read, with its line numbers")
    func pemMillionBlankLines() throws {
        let text = "-----BEGIN CERTIFICATE-----\n" + String(repeating: "\n", count: 1_000_000) + "MAA=\n-----END CERTIFICATE-----\n"
        let document = try PEMDocument(parsing: text)
        #expect(document.blocks.first?.der == [0x30, 0x00])
        #expect(document.blocks.first?.endLine == 1_000_003)
        #expect(throws: PEMError.blankLine(line: 2)) { try PEMDocument(parsing: text, mode: .strict) }
    }
}
