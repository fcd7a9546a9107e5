/// A compact range of offsets into a DER buffer: two 32-bit offsets instead of the two
/// words of `Range<Int>`, so parsed values stay small (the retained size of a certificate
/// is part of the design budget). Every parsed buffer is limited to
/// `X509Limits.maximumInputSize`, far below `UInt32.max`.
struct ByteRange: Hashable, Sendable {
    let lower: UInt32
    let upper: UInt32

    init(_ range: Range<Int>) {
        lower = UInt32(truncatingIfNeeded: range.lowerBound)
        upper = UInt32(truncatingIfNeeded: range.upperBound)
    }

    init(lower: Int, upper: Int) {
        self.lower = UInt32(truncatingIfNeeded: lower)
        self.upper = UInt32(truncatingIfNeeded: upper)
    }

    /// The empty range at 0, used where a field is absent.
    static let empty = ByteRange(lower: 0, upper: 0)

    var range: Range<Int> { Int(lower)..<Int(upper) }
    var count: Int { Int(upper &- lower) }
    var isEmpty: Bool { lower == upper }
}

/// Size limits against hostile input.
public enum X509Limits {
    /// The largest DER structure (certificate, CSR or CRL) parsed: 64 MiB. Real
    /// certificates are a few kilobytes; large CRLs reach tens of megabytes.
    public static let maximumInputSize = 64 * 1024 * 1024

    /// The most names in one `GeneralNames` (subjectAltName, issuerAltName, a distribution
    /// point's fullName or cRLIssuer, authorityCertIssuer, certificateIssuer): 4096. Public
    /// CAs issue at most a few hundred names per certificate; the limit keeps a hostile
    /// certificate from materializing millions of names, and bounds the names x
    /// constraints work of path validation.
    public static let maximumGeneralNames = 4096
}
