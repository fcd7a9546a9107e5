#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ASN1Time {
    /// The current time in seconds since 1970 (UTC), as the library's APIs take it
    /// (`VerificationPolicy(time:)`, `DiagnosisInput(time:)`, `Certificate.isValid(at:)`).
    /// The one place the core reads the clock; PureX509Foundation adds `Date` forms.
    public static var nowSecondsSince1970: Int64 { Int64(time(nil)) }

    /// The current time, whole seconds.
    public static var now: ASN1Time { ASN1Time(secondsSince1970: nowSecondsSince1970)! }
}
