import PureX509ASN1

/// Small text helpers for messages people read at a glance: dates, durations, plurals.
enum DiagnosisText {
    /// "3 errors", "1 error".
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// "2026-06-01 12:00 UTC".
    static func date(_ time: ASN1Time) -> String {
        let c = time.components
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)) UTC"
    }

    /// "2026-06-01".
    static func day(_ time: ASN1Time) -> String {
        let c = time.components
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))"
    }

    /// A duration for people: "45 minutes", "3 hours", "12 days", "5 months", "3 years".
    static func duration(_ seconds: Int64) -> String {
        let value = seconds < 0 ? -seconds : seconds
        if value < 3_600 { return plural(Int(max(1, value / 60)), "minute") }
        if value < 2 * 86_400 { return plural(Int(value / 3_600), "hour") }
        if value < 60 * 86_400 { return plural(Int(value / 86_400), "day") }
        if value < 730 * 86_400 { return plural(Int(value / (30 * 86_400)), "month") }
        return plural(Int(value / (365 * 86_400)), "year")
    }

    /// A precise duration for times that matter to the minute: "4 days 6 hours 30 minutes".
    static func exactDuration(_ seconds: Int64) -> String {
        let value = max(0, seconds)
        let days = value / 86_400, hours = value % 86_400 / 3_600, minutes = value % 3_600 / 60
        var parts: [String] = []
        if days > 0 { parts.append(plural(Int(days), "day")) }
        if hours > 0 { parts.append(plural(Int(hours), "hour")) }
        if minutes > 0 || parts.isEmpty { parts.append(plural(Int(minutes), "minute")) }
        return parts.joined(separator: " ")
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
