import Testing
@testable import PureX509Crypto

/// The strict DER reader for `SEQUENCE { INTEGER r, INTEGER s }`: one row per rule, passing
/// and failing.
@Suite("ECDSA: strict DER signature reader")
struct ECDSASignatureDERTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let der: String
        /// Expected (r, s) magnitudes in hex, or nil for a rejection.
        let expected: (String, String)?
        var testDescription: String { name }
    }

    static let longR = "7f" + String(repeating: "11", count: 65)

    static let cases: [Case] = [
        Case(name: "minimal", der: "3006020101020102", expected: ("01", "02")),
        Case(name: "sign byte before high bit", der: "300702020080020101", expected: ("80", "01")),
        Case(name: "zero is well-formed (rejected later as r = 0)", der: "3006020100020101", expected: ("", "01")),
        Case(name: "long-form length 81 80+", der: "308186" + "0243" + "00ff" + String(repeating: "11", count: 65) + "023f" + String(repeating: "22", count: 63),
             expected: ("ff" + String(repeating: "11", count: 65), String(repeating: "22", count: 63))),
        Case(name: "wrong outer tag", der: "3106020101020102", expected: nil),
        Case(name: "wrong inner tag", der: "3006030101020102", expected: nil),
        Case(name: "trailing byte after sequence", der: "300602010102010200", expected: nil),
        Case(name: "trailing element inside sequence", der: "3009020101020102020103", expected: nil),
        Case(name: "missing s", der: "3003020101", expected: nil),
        Case(name: "outer length too long", der: "3007020101020102", expected: nil),
        Case(name: "inner length past end", der: "3006020101020202", expected: nil),
        Case(name: "indefinite length", der: "3080020101020102" + "0000", expected: nil),
        Case(name: "long form for short length", der: "308106020101020102", expected: nil),
        Case(name: "long form with leading zero octet", der: "30820006020101020102", expected: nil),
        Case(name: "integer length in long form below 128", der: "3007028101010201" + "02", expected: nil),
        Case(name: "empty integer", der: "30050200020102", expected: nil),
        Case(name: "negative r", der: "3006020181020102", expected: nil),
        Case(name: "redundant leading zero", der: "300702020001020102", expected: nil),
        Case(name: "redundant leading zero on zero", der: "300702020000020102", expected: nil),
        Case(name: "empty input", der: "", expected: nil),
        Case(name: "tag only", der: "30", expected: nil),
    ]

    @Test("reader accepts exactly the strict DER rows", arguments: cases)
    func parse(_ c: Case) {
        let parsed = ECDSASignatureDER.parse(CurveTestSupport.bytes(c.der)[...])
        if let (r, s) = c.expected {
            #expect(parsed.map { CurveTestSupport.hex($0.r) } == r)
            #expect(parsed.map { CurveTestSupport.hex($0.s) } == s)
        } else {
            #expect(parsed == nil)
        }
    }

    /// Every prefix of a valid encoding is rejected (no reading past the end, no crash).
    @Test("every truncation is rejected")
    func truncations() {
        let der = CurveTestSupport.bytes("308186" + "0243" + "00ff" + String(repeating: "11", count: 65) + "023f" + String(repeating: "22", count: 63))
        #expect(ECDSASignatureDER.parse(der[...]) != nil)
        for length in 0..<der.count {
            #expect(ECDSASignatureDER.parse(der[0..<length]) == nil, "prefix of \(length) bytes")
        }
        // A slice that does not start at index 0 parses the same.
        let shifted = [0xAA] + der
        #expect(ECDSASignatureDER.parse(shifted[1...]) != nil)
    }
}
