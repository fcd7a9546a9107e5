/// `Version ::= INTEGER { v1(0), v2(1), v3(2) }` (RFC 5280 4.1.2.1).
public enum CertificateVersion: UInt8, Hashable, Sendable, Comparable {
    case v1 = 0
    case v2 = 1
    case v3 = 2

    /// 1, 2 or 3, as people count versions.
    public var number: Int { Int(rawValue) + 1 }

    public static func < (lhs: CertificateVersion, rhs: CertificateVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CertificateVersion: CustomStringConvertible {
    /// "v3".
    public var description: String { "v\(number)" }
}
