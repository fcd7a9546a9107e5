import Foundation
import Testing

@testable import PureX509

/// The format sniffer's BEGIN labels, found by scanning bytes: every line end a Swift
/// `Character` treats as a newline splits lines (LF, CR, CR LF, VT, FF, NEL, U+2028,
/// U+2029), byte order marks and trailing blanks are allowed, a BEGIN that an END line runs
/// into counts, and nothing after a NUL or in text that is not UTF-8 counts.
@Suite struct PEMLabelScanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let labels: [String]
        var testDescription: String { name }
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    static let cases: [Case] = [
        Case(name: "LF", bytes: text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n-----BEGIN X509 CRL-----\n"),
             labels: ["CERTIFICATE", "X509 CRL"]),
        Case(name: "CR LF", bytes: text("-----BEGIN CERTIFICATE-----\r\nAAAA\r\n-----BEGIN PUBLIC KEY-----\r\n"),
             labels: ["CERTIFICATE", "PUBLIC KEY"]),
        Case(name: "bare CR (old Mac)", bytes: text("text\r-----BEGIN CERTIFICATE-----\r"), labels: ["CERTIFICATE"]),
        Case(name: "VT and FF", bytes: text("a\u{0B}-----BEGIN A KEY-----\u{0C}-----BEGIN B KEY-----"), labels: ["A KEY", "B KEY"]),
        Case(name: "NEL, U+2028, U+2029", bytes: text("é\u{85}-----BEGIN ONE-----\u{2028}-----BEGIN TWO-----\u{2029}-----BEGIN THREE-----"),
             labels: ["ONE", "TWO", "THREE"]),
        Case(name: "byte order marks and trailing blanks", bytes: text("\u{FEFF}\u{FEFF}-----BEGIN CERTIFICATE----- \t\n"),
             labels: ["CERTIFICATE"]),
        Case(name: "indented BEGIN is not a boundary", bytes: text(" -----BEGIN CERTIFICATE-----\n"), labels: []),
        Case(name: "too short", bytes: text("-----BEGIN -----\n-----BEGIN A-----\n"), labels: ["A"]),
        Case(name: "no closing dashes", bytes: text("-----BEGIN CERTIFICATE\n"), labels: []),
        Case(name: "after a NUL", bytes: text("-----BEGIN A-----\n") + [0] + text("\n-----BEGIN B-----\n"), labels: ["A"]),
        Case(name: "not UTF-8", bytes: text("-----BEGIN A-----\n") + [0xFF, 0x0A], labels: []),
        Case(name: "non-ASCII label", bytes: text("-----BEGIN ÉTIQUETTE-----\n"), labels: ["ÉTIQUETTE"]),
        Case(name: "END runs into BEGIN (files joined by cat)",
             bytes: text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE----------BEGIN PRIVATE KEY-----\nAAAA\n"),
             labels: ["CERTIFICATE", "PRIVATE KEY"]),
        Case(name: "END with other text after it is not a boundary",
             bytes: text("-----END CERTIFICATE----- see -----BEGIN A-----\n"), labels: []),
        Case(name: "long lines between",
             bytes: text("-----BEGIN A-----\n" + String(repeating: "QUJD", count: 100) + "\n-----BEGIN B-----"), labels: ["A", "B"]),
    ]

    @Test(arguments: cases)
    func labels(_ testCase: Case) {
        #expect(FileFormatSniffer.pemLabels(testCase.bytes) == testCase.labels)
    }

    /// The labels as the documentation words the rule, one `Character` at a time: no byte
    /// scanning, no memchr.
    static func referenceLabels(_ bytes: [UInt8]) -> [String] {
        guard let text = String(validating: bytes.prefix { $0 != 0 }, as: UTF8.self) else { return [] }
        var labels: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var rest = line.drop { $0 == "\u{FEFF}" }
            if rest.hasPrefix("-----END "), let joined = rest.dropFirst(9).range(of: "----------BEGIN ") {
                rest = rest[rest.index(joined.lowerBound, offsetBy: 5)...]
            }
            guard rest.hasPrefix("-----BEGIN ") else { continue }
            while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
            if rest.hasSuffix("-----"), rest.count > 16 { labels.append(String(rest.dropFirst(11).dropLast(5))) }
        }
        return labels
    }

    /// Random texts made of boundary pieces, line ends of every kind, marks and base64: the
    /// scan finds the labels the Character-by-Character rule finds.
    @Test func sameLabelsAsTheCharacterRule() {
        let pieces = ["-----BEGIN ", "-----END ", "CERTIFICATE", "A", "-----", "----------BEGIN ", "\n", "\r\n", "\r",
                      "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", " ", "\t", "MIIBIjAN", "é", "-", "\u{0}"]
        var generator = SeededGenerator(seed: 18)
        for _ in 0..<3000 {
            let count = generator.next(below: 40)
            let text = (0..<count).map { _ in pieces[generator.next(below: pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            #expect(FileFormatSniffer.pemLabels(bytes) == Self.referenceLabels(bytes), "\(text.debugDescription)")
        }
    }
}
