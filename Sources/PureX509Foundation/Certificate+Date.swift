import Foundation
import PureX509

extension Certificate {
    /// The start of the validity period as a `Date`.
    public var notBeforeDate: Date { notBefore.date }

    /// The end of the validity period as a `Date` (inclusive, RFC 5280 4.1.2.5).
    public var notAfterDate: Date { notAfter.date }

    /// Whether `date` lies within notBefore...notAfter (now when omitted).
    public func isValid(on date: Date = Date()) -> Bool { isValid(at: date.secondsSince1970) }
}

extension CertificateRevocationList {
    /// thisUpdate as a `Date`.
    public var thisUpdateDate: Date { thisUpdate.date }

    /// nextUpdate as a `Date`, nil when the CRL has none.
    public var nextUpdateDate: Date? { nextUpdate?.date }
}
