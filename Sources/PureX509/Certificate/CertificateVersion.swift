/// `Version ::= INTEGER { v1(0), v2(1), v3(2) }` (RFC 5280 4.1.2.1).
public enum CertificateVersion: UInt8, Hashable, Sendable, Comparable {
    /// Version 1 (encoded 0): no issuerUniqueID, subjectUniqueID or extensions; still used by some
    /// old roots.
    case v1 = 0
    /// Version 2 (encoded 1): adds the unique identifiers, no extensions; rare.
    case v2 = 1
    /// Version 3 (encoded 2): the version with extensions, required by RFC 5280 4.1.2.1 when
    /// extensions are present.
    case v3 = 2

    /// 1, 2 or 3, as people count versions.
    public var number: Int { Int(rawValue) + 1 }

    /// Orders by version: v1 < v2 < v3.
    public static func < (lhs: CertificateVersion, rhs: CertificateVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CertificateVersion: CustomStringConvertible {
    /// "v3".
    public var description: String { "v\(number)" }
}
