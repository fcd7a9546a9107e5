import Testing
@testable import PureX509ASN1

@Suite("Times")
struct ASN1TimeTests {
    /// Instants computed independently (days from the civil calendar by hand).
    @Test("calendar instants", arguments: [
        ("1970-01-01T00:00:00Z", Int64(0)),
        ("0000-01-01T00:00:00Z", Int64(-62_167_219_200)),
        ("9999-12-31T23:59:59Z", Int64(253_402_300_799)),
        ("2000-03-01T00:00:00Z", Int64(951_868_800)),
        ("2000-02-29T00:00:00Z", Int64(951_782_400)),
        ("1950-01-01T00:00:00Z", Int64(-631_152_000)),
        ("2050-01-01T00:00:00Z", Int64(2_524_608_000)),
        ("2026-11-22T12:00:00Z", Int64(1_795_348_800)),
    ])
    func instants(_ text: String, _ seconds: Int64) throws {
        let time = try #require(ASN1Time(rfc3339: text))
        #expect(time.secondsSince1970 == seconds)
        #expect(time.rfc3339 == text)
        #expect(ASN1Time(secondsSince1970: seconds)?.rfc3339 == text)
    }

    @Test("RFC 5280 UTCTime window 1950-2049", arguments: [
        ("500101000000Z", "1950-01-01T00:00:00Z"),
        ("491231235959Z", "2049-12-31T23:59:59Z"),
        ("000101000000Z", "2000-01-01T00:00:00Z"),
        ("991231235959Z", "1999-12-31T23:59:59Z"),
    ])
    func utcWindow(_ content: String, _ expected: String) throws {
        var reader = DERReader(tlv(0x17, ascii(content)))
        let time = try reader.readTime()
        #expect(time.rfc3339 == expected)
        #expect(time.encoding == .utcTime)
        #expect(time.derContent == ascii(content))
    }

    @Test("encoding chosen per RFC 5280 4.1.2.5 and UTCTime refused outside 1950-2049")
    func encodingChoice() throws {
        #expect(ASN1Time(year: 2049, month: 12, day: 31, hour: 23, minute: 59, second: 59)?.encoding == .utcTime)
        #expect(ASN1Time(year: 2050, month: 1, day: 1)?.encoding == .generalizedTime)
        #expect(ASN1Time(year: 1950, month: 1, day: 1)?.encoding == .utcTime)
        #expect(ASN1Time(year: 1949, month: 12, day: 31)?.encoding == .generalizedTime)
        #expect(ASN1Time(secondsSince1970: 2_524_608_000, encoding: .utcTime) == nil)
        #expect(ASN1Time(secondsSince1970: -631_152_001, encoding: .utcTime) == nil)
        #expect(ASN1Time(secondsSince1970: ASN1Time.maximumSeconds + 1) == nil)
        #expect(ASN1Time(secondsSince1970: ASN1Time.minimumSeconds - 1) == nil)
        let generalized = try #require(ASN1Time(secondsSince1970: 0, encoding: .generalizedTime))
        #expect(generalized.derContent == ascii("19700101000000Z"))
    }

    @Test("leap years", arguments: [(2000, true), (1900, false), (2024, true), (2023, false), (2100, false), (2400, true), (0, true)])
    func leapYears(_ year: Int, _ leap: Bool) {
        #expect((ASN1Time(year: year, month: 2, day: 29) != nil) == leap)
        #expect(ASN1Time(year: year, month: 2, day: 28) != nil)
    }

    @Test("impossible fields", arguments: [
        (2026, 13, 1, 0, 0, 0), (2026, 0, 1, 0, 0, 0), (2026, 4, 31, 0, 0, 0), (2026, 1, 0, 0, 0, 0),
        (2026, 1, 1, 24, 0, 0), (2026, 1, 1, 0, 60, 0), (2026, 1, 1, 0, 0, 60), (10000, 1, 1, 0, 0, 0), (-1, 1, 1, 0, 0, 0),
    ])
    func impossible(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) {
        #expect(ASN1Time(year: y, month: mo, day: d, hour: h, minute: mi, second: s) == nil)
    }

    @Test("RFC 3339 forms accepted by --at", arguments: [
        ("2026-11-22T12:00:00Z", "2026-11-22T12:00:00Z"),
        ("2026-11-22t12:00:00z", "2026-11-22T12:00:00Z"),
        ("2026-11-22", "2026-11-22T00:00:00Z"),
        ("2024-02-29", "2024-02-29T00:00:00Z"),
    ])
    func rfc3339Accepted(_ text: String, _ expected: String) {
        #expect(ASN1Time(rfc3339: text)?.rfc3339 == expected)
    }

    @Test("RFC 3339 forms refused", arguments: [
        "2026-11-22T12:00:00+01:00", "2026-11-22 12:00:00Z", "2026-11-22T12:00:00", "2026-11-22T12:00:00.5Z",
        "2026-13-01", "2023-02-29", "26-11-22", "2026/11/22", "", "2026-11-22T24:00:00Z", "２０２６-11-22",
    ])
    func rfc3339Refused(_ text: String) {
        #expect(ASN1Time(rfc3339: text) == nil)
    }
}
