/// The NIST prime curves supported for ECDSA (FIPS 186-4 appendix D.1.2; SEC 2 2.4.2, 2.5.1,
/// 2.6.1), named by their X9.62 / RFC 5480 OIDs in certificates.
public enum ECCurve: Sendable, Hashable, CaseIterable {
    /// P-256, secp256r1, prime256v1 (OID 1.2.840.10045.3.1.7).
    case p256
    /// P-384, secp384r1 (OID 1.3.132.0.34).
    case p384
    /// P-521, secp521r1 (OID 1.3.132.0.35).
    case p521

    /// Bytes in one field element and in one of r, s: 32, 48 or 66. An uncompressed point is
    /// `1 + 2·byteCount` bytes and a raw `r||s` signature `2·byteCount`.
    public var byteCount: Int {
        switch self {
        case .p256: 32
        case .p384: 48
        case .p521: 66
        }
    }

    /// Bits in the group order n (the digest is truncated to this many bits): 256, 384, 521.
    public var orderBitCount: Int {
        switch self {
        case .p256: 256
        case .p384: 384
        case .p521: 521
        }
    }
}
