import Foundation
import PureX509

extension ASN1Time {
    /// The instant as a Foundation `Date`.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// The time of `date`, whole seconds (rounded down, as RFC 5280 compares at second
    /// granularity); nil outside the years 0000-9999 that ASN.1 times can hold.
    public init?(_ date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, seconds >= Double(ASN1Time.minimumSeconds), seconds <= Double(ASN1Time.maximumSeconds) else { return nil }
        self.init(secondsSince1970: Int64(seconds))
    }
}

extension Date {
    /// Whole seconds since 1970 as the core library's `time:` parameters take them (rounded
    /// down).
    public var secondsSince1970: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}
