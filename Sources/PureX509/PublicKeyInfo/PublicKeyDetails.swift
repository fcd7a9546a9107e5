/// What a subject public key is, decoded from its `SubjectPublicKeyInfo` (descriptive: the
/// cryptographic key used for verification lives in PureX509Crypto).
public enum PublicKeyDetails: Hashable, Sendable {
    /// RSA (RFC 8017 A.1.1): modulus and public exponent as big-endian magnitudes.
    /// `isPSS` for keys restricted to RSASSA-PSS (`id-RSASSA-PSS`, RFC 4055).
    case rsa(modulus: ArraySlice<UInt8>, exponent: ArraySlice<UInt8>, isPSS: Bool)
    /// Elliptic curve (RFC 5480): the curve and the encoded point (SEC 1 2.3.3).
    case ec(curve: NamedCurve, point: ArraySlice<UInt8>)
    /// Ed25519 (RFC 8410): the 32-byte public key.
    case ed25519(ArraySlice<UInt8>)
    /// Ed448 (RFC 8410): the 57-byte public key.
    case ed448(ArraySlice<UInt8>)
    /// X25519 (RFC 8410): the 32-byte public key.
    case x25519(ArraySlice<UInt8>)
    /// X448 (RFC 8410): the 56-byte public key.
    case x448(ArraySlice<UInt8>)
    /// DSA (RFC 3279 2.3.2): domain parameters (absent when inherited) and the public value,
    /// as big-endian magnitudes.
    case dsa(p: ArraySlice<UInt8>?, q: ArraySlice<UInt8>?, g: ArraySlice<UInt8>?, y: ArraySlice<UInt8>)
    /// An algorithm this library does not describe; see `SubjectPublicKeyInfo.algorithm`.
    case unknown

    /// The short type name: "RSA", "RSA-PSS", "EC", "Ed25519", "Ed448", "X25519", "X448",
    /// "DSA", or "unknown".
    public var typeName: String {
        switch self {
        case .rsa(_, _, let isPSS): return isPSS ? "RSA-PSS" : "RSA"
        case .ec: return "EC"
        case .ed25519: return "Ed25519"
        case .ed448: return "Ed448"
        case .x25519: return "X25519"
        case .x448: return "X448"
        case .dsa: return "DSA"
        case .unknown: return "unknown"
        }
    }

    /// The key size in bits as OpenSSL reports it (`Public-Key: (2048 bit)`): the modulus
    /// size for RSA, the field size for EC, the size of p for DSA, 256/456/253/448 for the
    /// RFC 8410 keys; nil when unknown.
    public var bitCount: Int? {
        switch self {
        case .rsa(let modulus, _, _): return PublicKeyDetails.bitLength(modulus)
        case .ec(let curve, _): return curve.fieldBits
        case .ed25519: return 256
        case .ed448: return 456
        case .x25519: return 253
        case .x448: return 448
        case .dsa(let p, _, _, _): return p.map(PublicKeyDetails.bitLength)
        case .unknown: return nil
        }
    }

    /// Bits in a big-endian magnitude without its leading zero bits.
    static func bitLength(_ magnitude: ArraySlice<UInt8>) -> Int {
        guard let first = magnitude.firstIndex(where: { $0 != 0 }) else { return 0 }
        return (magnitude.endIndex - first - 1) * 8 + (8 - magnitude[first].leadingZeroBitCount)
    }

    /// "RSA 2048", "EC P-256", "Ed25519": type and size for a person.
    public var summary: String {
        switch self {
        case .ec(let curve, _): return "EC \(curve.name)"
        case .ed25519, .ed448, .x25519, .x448, .unknown: return typeName
        default:
            if let bits = bitCount { return "\(typeName) \(bits)" }
            return typeName
        }
    }
}
