import PureX509ASN1
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The moment checks are made at: `--at` (RFC 3339 UTC or a date alone) or now.
enum TimeOption {
    /// Parses `--at` if given, else the current time. Throws a usage error for a bad value.
    static func resolve(_ arguments: ParsedArguments) throws -> Int64 {
        if let text = arguments.value("--at") {
            guard let time = ASN1Time(rfc3339: text) else {
                throw UsageError(message: "--at takes an RFC 3339 UTC time (2026-11-22T12:00:00Z) or a date (2026-11-22), not '\(text)'")
            }
            return time.secondsSince1970
        }
        return Int64(time(nil))
    }
}
