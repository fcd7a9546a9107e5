import Testing
@testable import PureX509ASN1

/// One test per strict DER rule (X.690 section 10 and 11, RFC 5280 4.1.2.5 for times), each
/// with rows that pass and rows that fail with the exact error and byte offset.
@Suite("Strict DER rules")
struct DERStrictRuleTests {
    static let long128 = [UInt8](repeating: 0xAB, count: 128)

    @Test("definite lengths only (X.690 10.1)", arguments: [
        DERCase("definite empty SEQUENCE", [0x30, 0x00], .tree, nil),
        DERCase("indefinite SEQUENCE", [0x30, 0x80, 0x02, 0x01, 0x01, 0x00, 0x00], .tree, .indefiniteLength(offset: 1)),
        DERCase("indefinite inside a SEQUENCE", [0x30, 0x04, 0x30, 0x80, 0x00, 0x00], .tree, .indefiniteLength(offset: 3)),
    ])
    func definiteLength(_ row: DERCase) { row.check() }

    @Test("minimal length octets (X.690 10.1)", arguments: [
        DERCase("81 80 for 128 bytes", [0x04, 0x81, 0x80] + long128, .octetString, nil),
        DERCase("82 00 80 for 128 bytes", [0x04, 0x82, 0x00, 0x80] + long128, .octetString, .nonMinimalLength(offset: 1)),
        DERCase("83 00 00 80 for 128 bytes", [0x04, 0x83, 0x00, 0x00, 0x80] + long128, .octetString, .nonMinimalLength(offset: 1)),
    ])
    func minimalLengthOctets(_ row: DERCase) { row.check() }

    @Test("long form only from 128 (X.690 10.1)", arguments: [
        DERCase("short form 5", [0x04, 0x05, 1, 2, 3, 4, 5], .octetString, nil),
        DERCase("long form 81 05", [0x04, 0x81, 0x05, 1, 2, 3, 4, 5], .octetString, .nonMinimalLength(offset: 1)),
        DERCase("long form 81 7F", [0x04, 0x81, 0x7F] + [UInt8](repeating: 0, count: 127), .octetString, .nonMinimalLength(offset: 1)),
        DERCase("long form inside SEQUENCE", [0x30, 0x04, 0x04, 0x81, 0x01, 0x00], .tree, .nonMinimalLength(offset: 3)),
    ])
    func longFormBelow128(_ row: DERCase) { row.check() }

    @Test("length octet 0xFF reserved, lengths over 4 octets refused (X.690 8.1.3.5)", arguments: [
        DERCase("84 with 4 octets, truncated", [0x04, 0x84, 0x01, 0x00, 0x00, 0x00], .octetString, .truncated(offset: 0, needed: 6 + 0x0100_0000, available: 6)),
        DERCase("FF", [0x04, 0xFF, 0x00], .octetString, .lengthTooLarge(offset: 1)),
        DERCase("85 (5 octets)", [0x04, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00], .octetString, .lengthTooLarge(offset: 1)),
        DERCase("length beyond the input", [0x04, 0x05, 0x01], .octetString, .truncated(offset: 0, needed: 7, available: 3)),
    ])
    func reservedLength(_ row: DERCase) { row.check() }

    @Test("minimal INTEGER (X.690 8.3.2)", arguments: [
        DERCase("0", [0x02, 0x01, 0x00], .int, nil),
        DERCase("128 needs 00 80", [0x02, 0x02, 0x00, 0x80], .int, nil),
        DERCase("-1", [0x02, 0x01, 0xFF], .int, nil),
        DERCase("-129 is FF 7F", [0x02, 0x02, 0xFF, 0x7F], .int, nil),
        DERCase("redundant 00", [0x02, 0x02, 0x00, 0x01], .integer, .nonMinimalInteger(offset: 0)),
        DERCase("redundant 00 before 7F", [0x02, 0x02, 0x00, 0x7F], .integer, .nonMinimalInteger(offset: 0)),
        DERCase("redundant FF", [0x02, 0x02, 0xFF, 0x80], .integer, .nonMinimalInteger(offset: 0)),
        DERCase("redundant FF before FF", [0x02, 0x02, 0xFF, 0xFF], .integer, .nonMinimalInteger(offset: 0)),
        DERCase("9 bytes into Int", [0x02, 0x09, 0x00, 0x80, 0, 0, 0, 0, 0, 0, 0], .int, .integerOutOfRange(offset: 0)),
    ])
    func minimalInteger(_ row: DERCase) { row.check() }

    @Test("INTEGER has content (X.690 8.3.1)", arguments: [
        DERCase("one octet", [0x02, 0x01, 0x05], .integer, nil),
        DERCase("empty", [0x02, 0x00], .integer, .emptyInteger(offset: 0)),
        DERCase("empty inside SEQUENCE", [0x30, 0x02, 0x02, 0x00], .sequenceOfOneInteger, .emptyInteger(offset: 2)),
    ])
    func emptyInteger(_ row: DERCase) { row.check() }

    @Test("BOOLEAN is 00 or FF (X.690 11.1)", arguments: [
        DERCase("FALSE", [0x01, 0x01, 0x00], .boolean, nil),
        DERCase("TRUE", [0x01, 0x01, 0xFF], .boolean, nil),
        DERCase("01", [0x01, 0x01, 0x01], .boolean, .invalidBoolean(offset: 0)),
        DERCase("7F", [0x01, 0x01, 0x7F], .boolean, .invalidBoolean(offset: 0)),
        DERCase("two octets", [0x01, 0x02, 0xFF, 0xFF], .boolean, .invalidBoolean(offset: 0)),
        DERCase("empty", [0x01, 0x00], .boolean, .invalidBoolean(offset: 0)),
    ])
    func boolean(_ row: DERCase) { row.check() }

    @Test("BIT STRING unused bits (X.690 8.6.2, 11.2.1)", arguments: [
        DERCase("empty", [0x03, 0x01, 0x00], .bitString, nil),
        DERCase("7 unused, clear", [0x03, 0x02, 0x07, 0x80], .bitString, nil),
        DERCase("no content octet", [0x03, 0x00], .bitString, .invalidBitString(offset: 0)),
        DERCase("unused count 8", [0x03, 0x02, 0x08, 0x00], .bitString, .invalidBitString(offset: 0)),
        DERCase("unused count FF", [0x03, 0x02, 0xFF, 0x00], .bitString, .invalidBitString(offset: 0)),
        DERCase("unused bit set", [0x03, 0x02, 0x01, 0x01], .bitString, .invalidBitString(offset: 0)),
        DERCase("top unused bit set", [0x03, 0x02, 0x07, 0x40], .bitString, .invalidBitString(offset: 0)),
        DERCase("empty with unused bits", [0x03, 0x01, 0x03], .bitString, .invalidBitString(offset: 0)),
    ])
    func bitString(_ row: DERCase) { row.check() }

    @Test("NULL has no content (X.690 8.8.2)", arguments: [
        DERCase("05 00", [0x05, 0x00], .null, nil),
        DERCase("05 01 00", [0x05, 0x01, 0x00], .null, .invalidNull(offset: 0)),
    ])
    func null(_ row: DERCase) { row.check() }

    @Test("OBJECT IDENTIFIER arcs minimal and complete (X.690 8.19.2)", arguments: [
        DERCase("2.5.4.3", [0x06, 0x03, 0x55, 0x04, 0x03], .oid, nil),
        DERCase("1.2.840.113549", [0x06, 0x06, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D], .oid, nil),
        DERCase("empty", [0x06, 0x00], .oid, .invalidObjectIdentifier(offset: 0)),
        DERCase("0x80-led first arc", [0x06, 0x02, 0x80, 0x01], .oid, .invalidObjectIdentifier(offset: 0)),
        DERCase("0x80-led later arc", [0x06, 0x04, 0x55, 0x80, 0x84, 0x03], .oid, .invalidObjectIdentifier(offset: 0)),
        DERCase("truncated last arc", [0x06, 0x02, 0x55, 0x84], .oid, .invalidObjectIdentifier(offset: 0)),
        DERCase("39 octets (OID.maximumEncodedLength)", [0x06, 39] + [0x2A] + [UInt8](repeating: 0x01, count: 38), .oid, nil),
        DERCase("longer than 39 octets", [0x06, 40] + [0x2A] + [UInt8](repeating: 0x01, count: 39), .oid, .invalidObjectIdentifier(offset: 0)),
    ])
    func objectIdentifier(_ row: DERCase) { row.check() }

    @Test("2.25.<UUID> renders its 128-bit arc in full")
    func largeArc() throws {
        // 2.25.329800735698586629295641978511506172918 (RFC 4122 appendix: f81d4fae-7dec-11d0-a765-00a0c91e6bf6).
        let dotted = "2.25.329800735698586629295641978511506172918"
        var value: [UInt8] = [0xF8, 0x1D, 0x4F, 0xAE, 0x7D, 0xEC, 0x11, 0xD0, 0xA7, 0x65, 0x00, 0xA0, 0xC9, 0x1E, 0x6B, 0xF6]
        // Base-128 septets of the 128-bit value, computed by repeated division.
        var septets: [UInt8] = []
        while value.contains(where: { $0 != 0 }) {
            var remainder = 0
            for index in value.indices {
                let current = remainder * 256 + Int(value[index])
                value[index] = UInt8(current / 128)
                remainder = current % 128
            }
            septets.append(UInt8(remainder))
        }
        let arcs = septets.reversed().enumerated().map { $0.offset == septets.count - 1 ? $0.element : $0.element | 0x80 }
        let content: [UInt8] = [0x69] + arcs  // 2 * 40 + 25 = 105
        var reader = DERReader([0x06, UInt8(content.count)] + content)
        let oid = try reader.readObjectIdentifier()
        #expect(oid.dotted == dotted)
        #expect(oid.arcs == nil)
        #expect(OID(dotted: dotted) == oid)
        // A large second arc under 2 (2.999) also renders.
        #expect(OID(dotted: "2.999.3")?.dotted == "2.999.3")
        #expect(OID(dotted: "2.999.3")?.derContent == [0x88, 0x37, 0x03])
    }

    static let utc = ASN1Tag.utcTime.lowFormByte!
    static let generalized = ASN1Tag.generalizedTime.lowFormByte!

    @Test("UTCTime exact form YYMMDDHHMMSSZ (RFC 5280 4.1.2.5.1)", arguments: [
        DERCase("valid", tlv(utc, ascii("261122120000Z")), .time, nil),
        DERCase("Feb 29 of a leap year", tlv(utc, ascii("240229000000Z")), .time, nil),
        DERCase("missing seconds", tlv(utc, ascii("2611221200Z")), .time, .invalidTime(offset: 0)),
        DERCase("no Z", tlv(utc, ascii("261122120000")), .time, .invalidTime(offset: 0)),
        DERCase("lower-case z", tlv(utc, ascii("261122120000z")), .time, .invalidTime(offset: 0)),
        DERCase("offset +0100", tlv(utc, ascii("261122120000+0100")), .time, .invalidTime(offset: 0)),
        DERCase("fractional seconds", tlv(utc, ascii("261122120000.5Z")), .time, .invalidTime(offset: 0)),
        DERCase("Feb 29 of a non-leap year", tlv(utc, ascii("230229000000Z")), .time, .invalidTime(offset: 0)),
        DERCase("month 13", tlv(utc, ascii("261322120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("month 00", tlv(utc, ascii("260022120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("day 00", tlv(utc, ascii("261100120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("April 31", tlv(utc, ascii("260431120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("hour 24", tlv(utc, ascii("261122240000Z")), .time, .invalidTime(offset: 0)),
        DERCase("minute 60", tlv(utc, ascii("261122126000Z")), .time, .invalidTime(offset: 0)),
        DERCase("second 60", tlv(utc, ascii("261122120060Z")), .time, .invalidTime(offset: 0)),
        DERCase("non-digit", tlv(utc, ascii("26112212000AZ")), .time, .invalidTime(offset: 0)),
        DERCase("space", tlv(utc, ascii("2611221200 0Z")), .time, .invalidTime(offset: 0)),
    ])
    func utcTime(_ row: DERCase) { row.check() }

    @Test("GeneralizedTime exact form YYYYMMDDHHMMSSZ (RFC 5280 4.1.2.5.2)", arguments: [
        DERCase("valid", tlv(generalized, ascii("20501122120000Z")), .time, nil),
        DERCase("year 0000", tlv(generalized, ascii("00000101000000Z")), .time, nil),
        DERCase("year 9999", tlv(generalized, ascii("99991231235959Z")), .time, nil),
        DERCase("Feb 29 2000 (leap)", tlv(generalized, ascii("20000229000000Z")), .time, nil),
        DERCase("Feb 29 1900 (not leap)", tlv(generalized, ascii("19000229000000Z")), .time, .invalidTime(offset: 0)),
        DERCase("missing seconds", tlv(generalized, ascii("205011221200Z")), .time, .invalidTime(offset: 0)),
        DERCase("no Z", tlv(generalized, ascii("20501122120000")), .time, .invalidTime(offset: 0)),
        DERCase("fractional seconds", tlv(generalized, ascii("20501122120000.123Z")), .time, .invalidTime(offset: 0)),
        DERCase("offset +0100", tlv(generalized, ascii("20501122120000+0100")), .time, .invalidTime(offset: 0)),
        DERCase("month 13", tlv(generalized, ascii("20501322120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("hour 24", tlv(generalized, ascii("20501122240000Z")), .time, .invalidTime(offset: 0)),
        DERCase("UTCTime-length content", tlv(generalized, ascii("501122120000Z")), .time, .invalidTime(offset: 0)),
        DERCase("time tag expected", tlv(0x04, ascii("20501122120000Z")), .time,
                .unexpectedTag(offset: 0, expected: .utcTime, found: .octetString)),
    ])
    func generalizedTime(_ row: DERCase) { row.check() }

    @Test("string contents valid for their type (X.680 41)", arguments: [
        DERCase("PrintableString letters", tlv(0x13, ascii("Example Ltd. (UK) 1+1=2?")), .string, nil),
        DERCase("PrintableString '*' (named leniency)", tlv(0x13, ascii("*.example.com")), .string, nil),
        DERCase("PrintableString '&' (named leniency)", tlv(0x13, ascii("A & B")), .string, nil),
        DERCase("PrintableString '@'", tlv(0x13, ascii("a@example.com")), .string, .invalidString(offset: 0, tag: .printableString)),
        DERCase("PrintableString '_'", tlv(0x13, ascii("a_b")), .string, .invalidString(offset: 0, tag: .printableString)),
        DERCase("IA5String ASCII", tlv(0x16, ascii("user@example.com")), .string, nil),
        DERCase("IA5String 0x80", tlv(0x16, [0x61, 0x80]), .string, .invalidString(offset: 0, tag: .ia5String)),
        DERCase("UTF8String two-byte", tlv(0x0C, [0xC3, 0xA9]), .string, nil),
        DERCase("UTF8String four-byte", tlv(0x0C, [0xF0, 0x9F, 0x98, 0x80]), .string, nil),
        DERCase("UTF8String overlong '/'", tlv(0x0C, [0xC0, 0xAF]), .string, .invalidString(offset: 0, tag: .utf8String)),
        DERCase("UTF8String overlong three-byte", tlv(0x0C, [0xE0, 0x80, 0xAF]), .string, .invalidString(offset: 0, tag: .utf8String)),
        DERCase("UTF8String surrogate", tlv(0x0C, [0xED, 0xA0, 0x80]), .string, .invalidString(offset: 0, tag: .utf8String)),
        DERCase("UTF8String above U+10FFFF", tlv(0x0C, [0xF4, 0x90, 0x80, 0x80]), .string, .invalidString(offset: 0, tag: .utf8String)),
        DERCase("UTF8String truncated sequence", tlv(0x0C, [0x61, 0xC3]), .string, .invalidString(offset: 0, tag: .utf8String)),
        DERCase("BMPString 'A'", tlv(0x1E, [0x00, 0x41]), .string, nil),
        DERCase("BMPString odd length", tlv(0x1E, [0x00, 0x41, 0x00]), .string, .invalidString(offset: 0, tag: .bmpString)),
        DERCase("BMPString surrogate", tlv(0x1E, [0xD8, 0x00, 0xDC, 0x00]), .string, .invalidString(offset: 0, tag: .bmpString)),
        DERCase("UniversalString 'A'", tlv(0x1C, [0x00, 0x00, 0x00, 0x41]), .string, nil),
        DERCase("UniversalString length 3", tlv(0x1C, [0x00, 0x00, 0x41]), .string, .invalidString(offset: 0, tag: .universalString)),
        DERCase("UniversalString above U+10FFFF", tlv(0x1C, [0x00, 0x11, 0x00, 0x00]), .string, .invalidString(offset: 0, tag: .universalString)),
        DERCase("UniversalString surrogate", tlv(0x1C, [0x00, 0x00, 0xD8, 0x00]), .string, .invalidString(offset: 0, tag: .universalString)),
        DERCase("NumericString", tlv(0x12, ascii("0123 456")), .string, nil),
        DERCase("NumericString letter", tlv(0x12, ascii("12a")), .string, .invalidString(offset: 0, tag: .numericString)),
        DERCase("VisibleString", tlv(0x1A, ascii("visible ~")), .string, nil),
        DERCase("VisibleString control", tlv(0x1A, [0x61, 0x1F]), .string, .invalidString(offset: 0, tag: .visibleString)),
        DERCase("T61String any octets", tlv(0x14, [0xE9, 0x00, 0xFF]), .string, nil),
        DERCase("not a string type", tlv(0x04, ascii("x")), .string, .unexpectedTag(offset: 0, expected: .utf8String, found: .octetString)),
    ])
    func stringContents(_ row: DERCase) { row.check() }

    @Test("no trailing data inside or after a structure (X.690 8.1.1)", arguments: [
        DERCase("exact SEQUENCE", [0x30, 0x03, 0x02, 0x01, 0x01], .sequenceOfOneInteger, nil),
        DERCase("extra element inside", [0x30, 0x05, 0x02, 0x01, 0x01, 0x05, 0x00], .sequenceOfOneInteger, .trailingData(offset: 5, count: 2)),
        DERCase("extra byte after", [0x30, 0x03, 0x02, 0x01, 0x01, 0x00], .sequenceOfOneInteger, .trailingData(offset: 5, count: 1)),
        DERCase("extra bytes after a primitive", [0x05, 0x00, 0xFF, 0xFF], .null, .trailingData(offset: 2, count: 2)),
        DERCase("tree: garbage after", [0x30, 0x00, 0x00], .tree, .endOfContentsTag(offset: 2)),
        DERCase("tree: lone tag after", [0x30, 0x00, 0x30], .tree, .truncated(offset: 2, needed: 2, available: 1)),
    ])
    func trailingData(_ row: DERCase) { row.check() }

    @Test("high-tag-number form (X.690 8.1.2.4)", arguments: [
        DERCase("[31] primitive", [0x9F, 0x1F, 0x00], .element, nil),
        DERCase("[200] constructed", [0xBF, 0x81, 0x48, 0x00], .element, nil),
        DERCase("[30] in high form", [0x9F, 0x1E, 0x00], .element, .nonMinimalTag(offset: 0)),
        DERCase("leading 0x80 septet", [0x9F, 0x80, 0x1F, 0x00], .element, .nonMinimalTag(offset: 0)),
        DERCase("five septets", [0x9F, 0x81, 0x80, 0x80, 0x80, 0x00, 0x00], .element, .tagNumberTooLarge(offset: 0)),
        DERCase("tag number never ends", [0x9F, 0x81, 0x82], .element, .truncated(offset: 0, needed: 4, available: 3)),
    ])
    func highTagNumber(_ row: DERCase) throws {
        row.check()
        if row.error == nil {
            var reader = DERReader(row.bytes)
            let element = try reader.readElement()
            #expect(element.tag.number == (row.bytes[0] & 0x20 != 0 ? 200 : 31))
            var writer = DERWriter()
            writer.writeElement(element.tag, content: [])
            #expect(writer.bytes == row.bytes)
        }
    }

    @Test("END-OF-CONTENTS is BER only (X.690 8.1.5)", arguments: [
        DERCase("NULL", [0x05, 0x00], .element, nil),
        DERCase("00 00", [0x00, 0x00], .element, .endOfContentsTag(offset: 0)),
        DERCase("00 00 inside a SEQUENCE", [0x30, 0x02, 0x00, 0x00], .tree, .endOfContentsTag(offset: 2)),
    ])
    func endOfContents(_ row: DERCase) { row.check() }

    @Test("primitive and constructed forms (X.690 10.2, 8.9.1)", arguments: [
        DERCase("primitive OCTET STRING", [0x04, 0x01, 0x00], .element, nil),
        DERCase("constructed SEQUENCE", [0x30, 0x00], .element, nil),
        DERCase("constructed OCTET STRING", [0x24, 0x03, 0x04, 0x01, 0x00], .element,
                .wrongConstructedBit(offset: 0, tag: ASN1Tag(.universal, number: 4, constructed: true))),
        DERCase("constructed BIT STRING", [0x23, 0x00], .element,
                .wrongConstructedBit(offset: 0, tag: ASN1Tag(.universal, number: 3, constructed: true))),
        DERCase("constructed UTF8String", [0x2C, 0x00], .element,
                .wrongConstructedBit(offset: 0, tag: ASN1Tag(.universal, number: 12, constructed: true))),
        DERCase("primitive SEQUENCE", [0x10, 0x00], .element,
                .wrongConstructedBit(offset: 0, tag: ASN1Tag(.universal, number: 16, constructed: false))),
        DERCase("primitive SET", [0x11, 0x00], .element,
                .wrongConstructedBit(offset: 0, tag: ASN1Tag(.universal, number: 17, constructed: false))),
    ])
    func constructedBit(_ row: DERCase) { row.check() }

    @Test("wrong tag and missing element")
    func tagMismatch() {
        DERCase("INTEGER where BOOLEAN", [0x02, 0x01, 0x00], .boolean, .unexpectedTag(offset: 0, expected: .boolean, found: .integer)).check()
        DERCase("nothing where INTEGER", [0x30, 0x00], .sequenceOfOneInteger, .missingElement(offset: 2, expected: .integer)).check()
        DERCase("empty input", [], .element, .truncated(offset: 0, needed: 2, available: 0)).check()
    }
}

@Suite("OID dotted form")
struct OIDDottedTests {
    @Test("refused dotted forms", arguments: ["", "1", "3.1", "1.40", "0.40", "1..2", "01.2", "1.02", "1.2.-3", "1.2.3.", ".1.2", "1.2.a",
                                              "2." + String(repeating: "9", count: 120)])
    func refused(_ text: String) {
        #expect(OID(dotted: text) == nil)
    }

    @Test("accepted dotted forms", arguments: [("0.0", [0x00]), ("1.39", [0x4F]), ("2.0", [0x50]), ("2.47", [0x7F]), ("2.48", [0x81, 0x00]),
                                               ("1.2.840", [0x2A, 0x86, 0x48]), ("2.5.29.37.0", [0x55, 0x1D, 0x25, 0x00])] as [(String, [UInt8])])
    func accepted(_ text: String, _ content: [UInt8]) {
        #expect(OID(dotted: text)?.derContent == content)
        #expect(OID(dotted: text)?.dotted == text)
    }

    /// `dotted` writes arcs of up to 63 bits (nine septets) one way and longer ones another:
    /// both sides of that line, in the first subidentifier and later ones.
    @Test("dotted form of arcs around 63 bits", arguments: [
        "1.2.9223372036854775807", "1.2.9223372036854775808", "1.2.18446744073709551615", "1.2.18446744073709551616",
        "2.9223372036854775727", "2.9223372036854775728", "2.25.329800735698586629295641978511506172918.1",
        "1.3.6.1.4.1.311.60.2.1.3", "0.9.2342.19200300.100.1.25", "2.999.3",
    ])
    func wideArcs(_ text: String) throws {
        let oid = try #require(OID(dotted: text))
        #expect(oid.dotted == text)
        #expect(OID(derContent: oid.derContent)?.dotted == text)
    }
}
