import PureX509

/// "in 23 days", "3 days ago": a duration relative to now, for a person.
enum RelativeTime {
    /// The span between two instants in the largest sensible unit.
    static func span(_ seconds: Int64) -> String {
        let magnitude = seconds.magnitude
        func unit(_ value: UInt64, _ name: String) -> String { "\(value) \(name)\(value == 1 ? "" : "s")" }
        switch magnitude {
        case ..<60: return unit(magnitude, "second")
        case ..<3600: return unit(magnitude / 60, "minute")
        case ..<(2 * 86_400): return unit(magnitude / 3600, "hour")
        case ..<(730 * 86_400): return unit(magnitude / 86_400, "day")
        default: return unit(magnitude / (365 * 86_400), "year")
        }
    }

    /// The validity state of `notBefore...notAfter` at `now`, e.g. "valid, expires in 23 days".
    static func validity(notBefore: ASN1Time, notAfter: ASN1Time, now: Int64) -> (state: String, text: String) {
        if now < notBefore.secondsSince1970 {
            return ("notYetValid", "not yet valid, starts in \(span(notBefore.secondsSince1970 - now))")
        }
        if now > notAfter.secondsSince1970 {
            return ("expired", "expired \(span(now - notAfter.secondsSince1970)) ago")
        }
        return ("valid", "valid, expires in \(span(notAfter.secondsSince1970 - now))")
    }
}
