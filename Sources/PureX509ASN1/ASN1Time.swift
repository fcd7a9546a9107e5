/// A UTCTime or GeneralizedTime value as X.509 uses it: a UTC instant with one-second
/// precision, and the encoding it was (or will be) written in.
///
/// RFC 5280 4.1.2.5 allows exactly `YYMMDDHHMMSSZ` (UTCTime, years 1950...2049) and
/// `YYYYMMDDHHMMSSZ` (GeneralizedTime, no fractional seconds); anything else is rejected.
public struct ASN1Time: Hashable, Sendable {
    /// Which ASN.1 type carries the value.
    public enum Encoding: UInt8, Hashable, Sendable {
        /// UTCTime, `YYMMDDHHMMSSZ`: what RFC 5280 4.1.2.5 requires for dates in 1950 through 2049.
        case utcTime
        /// GeneralizedTime, `YYYYMMDDHHMMSSZ`: required for 2050 and later, allowed before 1950.
        case generalizedTime
    }

    /// Seconds since 1970-01-01T00:00:00Z (negative before it).
    public let secondsSince1970: Int64
    /// The encoding.
    public let encoding: Encoding

    /// The earliest instant representable (0000-01-01T00:00:00Z).
    public static let minimumSeconds: Int64 = -62_167_219_200
    /// The latest instant representable (9999-12-31T23:59:59Z).
    public static let maximumSeconds: Int64 = 253_402_300_799

    /// A time with an explicit encoding. The value must lie in years 0000...9999, and in
    /// 1950...2049 for UTCTime; otherwise nil.
    public init?(secondsSince1970: Int64, encoding: Encoding) {
        guard secondsSince1970 >= ASN1Time.minimumSeconds, secondsSince1970 <= ASN1Time.maximumSeconds else {
            return nil
        }
        if encoding == .utcTime {
            let year = CivilDate(daysSince1970: Self.floorDiv(secondsSince1970, 86_400)).year
            guard year >= 1950 && year <= 2049 else { return nil }
        }
        self.secondsSince1970 = secondsSince1970
        self.encoding = encoding
    }

    /// A time in the encoding RFC 5280 4.1.2.5 prescribes: UTCTime through 2049,
    /// GeneralizedTime from 2050 (and before 1950). Nil outside years 0000...9999.
    public init?(secondsSince1970: Int64) {
        guard secondsSince1970 >= ASN1Time.minimumSeconds, secondsSince1970 <= ASN1Time.maximumSeconds else {
            return nil
        }
        let year = CivilDate(daysSince1970: Self.floorDiv(secondsSince1970, 86_400)).year
        self.init(secondsSince1970: secondsSince1970, encoding: (1950...2049).contains(year) ? .utcTime : .generalizedTime)
    }

    /// A time from calendar fields (UTC); nil for an impossible date or a year outside 0000...9999.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard let seconds = Self.seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        self.init(secondsSince1970: seconds)
    }

    /// Parses content octets of the given encoding. `offset` is used in the error.
    @inlinable
    public init(parsing content: UnsafeBufferPointer<UInt8>, encoding: Encoding, offset: Int) throws(DERError) {
        let expected = encoding == .utcTime ? 13 : 15
        guard content.count == expected, content[expected - 1] == UInt8(ascii: "Z") else {
            throw .invalidTime(offset: offset)
        }
        var index = 0
        func pair() throws(DERError) -> Int {
            let high = content[index] &- 0x30
            let low = content[index + 1] &- 0x30
            guard high <= 9, low <= 9 else { throw .invalidTime(offset: offset) }
            index += 2
            return Int(high) * 10 + Int(low)
        }
        var year: Int
        if encoding == .utcTime {
            let yy = try pair()
            year = yy >= 50 ? 1900 + yy : 2000 + yy  // RFC 5280 4.1.2.5.1
        } else {
            year = try pair() * 100
            year += try pair()
        }
        let month = try pair()
        let day = try pair()
        let hour = try pair()
        let minute = try pair()
        let second = try pair()
        guard let seconds = Self.seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            throw .invalidTime(offset: offset)
        }
        self.secondsSince1970 = seconds
        self.encoding = encoding
    }

    /// Seconds since 1970 for valid UTC fields (no leap second: RFC 5280 requires
    /// seconds 00-59 in practice, and X.509 validity never uses 60), else nil.
    @usableFromInline
    static func seconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard (0...9999).contains(year), (1...12).contains(month), (0...23).contains(hour),
            (0...59).contains(minute), (0...59).contains(second),
            day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        let days = CivilDate(year: year, month: month, day: day).daysSince1970
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    @usableFromInline
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int {
        Int(a >= 0 ? a / b : -((-a + b - 1) / b))
    }

    /// Calendar fields in UTC.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = Self.floorDiv(secondsSince1970, 86_400)
        let date = CivilDate(daysSince1970: days)
        let secondOfDay = Int(secondsSince1970 - Int64(days) * 86_400)
        return (date.year, date.month, date.day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    /// The DER content octets for this time in its encoding.
    public var derContent: [UInt8] {
        let c = components
        var text = encoding == .utcTime ? Self.twoDigits(c.year % 100) : Self.fourDigits(c.year)
        text += Self.twoDigits(c.month) + Self.twoDigits(c.day) + Self.twoDigits(c.hour)
        text += Self.twoDigits(c.minute) + Self.twoDigits(c.second) + "Z"
        return Array(text.utf8)
    }

    /// RFC 3339 form, e.g. `2026-11-22T12:00:00Z`.
    public var rfc3339: String {
        let c = components
        return "\(Self.fourDigits(c.year))-\(Self.twoDigits(c.month))-\(Self.twoDigits(c.day))T"
            + "\(Self.twoDigits(c.hour)):\(Self.twoDigits(c.minute)):\(Self.twoDigits(c.second))Z"
    }

    /// Parses RFC 3339 UTC (`2026-11-22T12:00:00Z`) or a date alone (`2026-11-22`, midnight
    /// UTC). The encoding follows RFC 5280. Nil for anything else.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard bytes.count == 10 || bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        if bytes.count == 20 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                bytes[19] == UInt8(ascii: "Z") || bytes[19] == UInt8(ascii: "z"),
                let h = number(11..<13), let m = number(14..<16), let s = number(17..<19)
            else { return nil }
            (hour, minute, second) = (h, m, s)
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    static func fourDigits(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}

extension ASN1Time: Comparable {
    /// Orders by instant (then by encoding, so that the order agrees with equality).
    public static func < (lhs: ASN1Time, rhs: ASN1Time) -> Bool {
        (lhs.secondsSince1970, lhs.encoding.rawValue) < (rhs.secondsSince1970, rhs.encoding.rawValue)
    }
}

extension ASN1Time: CustomStringConvertible {
    /// The RFC 3339 form.
    public var description: String { rfc3339 }
}
