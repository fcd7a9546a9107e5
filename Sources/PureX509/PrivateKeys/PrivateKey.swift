import PureX509ASN1

/// A private key read from a file, kept only as far as needed to say what it is and to find
/// the certificate it belongs to.
///
/// PureX509 never signs or decrypts: private keys are parsed **only to match them to
/// certificates offline**. What is kept is the public part (RSA modulus and exponent, an
/// embedded public key) and, where the public key has to be derived (an EC key without its
/// public point, an Ed25519 seed), the private scalar or seed in a buffer that is zeroed
/// when the key is released. RSA private exponents and primes are checked for structure and
/// then dropped.
///
/// The private value never appears in `description`, `debugDescription`, `dump` or any error.
public struct PrivateKey: Sendable {
    /// The encoding the key was found in.
    public enum Encoding: Hashable, Sendable {
        /// PKCS#1 `RSAPrivateKey` (RFC 8017 appendix A.1.2), PEM `RSA PRIVATE KEY`.
        case pkcs1
        /// SEC 1 `ECPrivateKey` (RFC 5915), PEM `EC PRIVATE KEY`.
        case sec1
        /// OpenSSL's traditional DSA key `SEQUENCE { 0, p, q, g, y, x }`, PEM `DSA PRIVATE KEY`.
        case traditionalDSA
        /// PKCS#8 `PrivateKeyInfo` (RFC 5208), version 1, PEM `PRIVATE KEY`.
        case pkcs8
        /// `OneAsymmetricKey` version 2 (RFC 5958), which may carry the public key.
        case oneAsymmetricKey

        /// "PKCS#1", "SEC 1", "traditional DSA", "PKCS#8", "PKCS#8 v2 (OneAsymmetricKey)".
        public var name: String {
            switch self {
            case .pkcs1: return "PKCS#1"
            case .sec1: return "SEC 1"
            case .traditionalDSA: return "traditional DSA"
            case .pkcs8: return "PKCS#8"
            case .oneAsymmetricKey: return "PKCS#8 v2 (OneAsymmetricKey)"
            }
        }
    }

    /// The key algorithm.
    public let algorithm: KeyAlgorithm
    /// The encoding of the (decrypted) key.
    public let encoding: Encoding
    /// How the key was protected in its file, or nil when it was stored in the clear.
    public internal(set) var protection: KeyProtection?
    /// RSA only: the modulus, as a big-endian magnitude (public).
    public let rsaModulus: [UInt8]?
    /// RSA only: the public exponent, as a big-endian magnitude (public).
    public let rsaPublicExponent: [UInt8]?
    /// RSA only: the number of primes (2, or more for a multi-prime key).
    public let rsaPrimeCount: Int?
    /// The public key stored in the file with the private key, if any: the EC point (SEC 1
    /// `publicKey`), the RFC 5958 `publicKey` of a version 2 key, or DSA's y (big-endian).
    public let embeddedPublicKey: [UInt8]?
    /// The number of PKCS#8 attributes (RFC 5958 `attributes`), 0 when absent.
    public let attributeCount: Int

    /// EC only: how the curve is given.
    let curveParameters: ECCurveParameters?
    /// DSA domain parameters (big-endian), when present.
    let dsaParameters: DSADomainParameters?
    /// The private scalar (EC), seed (Ed25519, Ed448) or private key (X25519, X448, DSA x),
    /// kept only to derive the public key. Nil for RSA and unknown algorithms.
    let secret: SecretBytes?
    /// The PKCS#8 algorithm parameters of an RSA-PSS key (the whole element), if present.
    let pssParameters: [UInt8]?

    init(
        algorithm: KeyAlgorithm, encoding: Encoding, rsaModulus: [UInt8]? = nil, rsaPublicExponent: [UInt8]? = nil,
        rsaPrimeCount: Int? = nil, embeddedPublicKey: [UInt8]? = nil, attributeCount: Int = 0,
        curveParameters: ECCurveParameters? = nil, dsaParameters: DSADomainParameters? = nil,
        secret: SecretBytes? = nil, pssParameters: [UInt8]? = nil
    ) {
        self.algorithm = algorithm
        self.encoding = encoding
        self.protection = nil
        self.rsaModulus = rsaModulus
        self.rsaPublicExponent = rsaPublicExponent
        self.rsaPrimeCount = rsaPrimeCount
        self.embeddedPublicKey = embeddedPublicKey
        self.attributeCount = attributeCount
        self.curveParameters = curveParameters
        self.dsaParameters = dsaParameters
        self.secret = secret
        self.pssParameters = pssParameters
    }

    /// The key size in bits as OpenSSL reports it: the modulus size for RSA, the field size
    /// for EC (named curves), the size of p for DSA, 256/456/253/448 for Ed25519, Ed448,
    /// X25519, X448; nil when unknown.
    public var bitCount: Int? {
        switch algorithm {
        case .rsa, .rsaPSS: return rsaModulus.map(PrivateKey.bitLength)
        case .ec:
            guard case .named(let oid)? = curveParameters else { return nil }
            return oid == .secp521r1 ? 521 : curveParameters?.fieldByteCount.map { $0 * 8 }
        case .ed25519: return 256
        case .ed448: return 456
        case .x25519: return 253
        case .x448: return 448
        case .dsa: return dsaParameters.map { PrivateKey.bitLength($0.p) }
        case .other: return nil
        }
    }

    /// The curve's name for EC keys ("P-256", "secp256k1", "explicit parameters"), nil
    /// otherwise.
    public var curveName: String? { curveParameters?.name }

    /// The OID of the named curve of an EC key, nil otherwise.
    public var curveOID: OID? { curveParameters?.oid }

    /// True when an EC key gives its curve as explicit parameters (which RFC 5480 forbids
    /// in certificates; OpenSSL writes them with `-param_enc explicit`).
    public var hasExplicitCurveParameters: Bool { curveParameters == .explicit }

    /// "RSA 2048", "EC P-256", "Ed25519": type and size for a person.
    public var summary: String {
        switch algorithm {
        case .ec: return "EC " + (curveName ?? "unknown curve")
        case .ed25519, .ed448, .x25519, .x448, .other: return algorithm.name
        default:
            if let bits = bitCount { return "\(algorithm.name) \(bits)" }
            return algorithm.name
        }
    }

    /// Compares the private values of two keys in constant time (RSA keys by modulus and
    /// exponent, which determine the private key). For checking that a key read from a
    /// container is the one expected, without exposing either.
    public func isSameKey(as other: PrivateKey) -> Bool {
        guard algorithm == other.algorithm || (isRSA && other.isRSA) else { return false }
        if isRSA {
            return rsaModulus == other.rsaModulus && rsaPublicExponent == other.rsaPublicExponent
        }
        guard let secret, let otherSecret = other.secret else { return false }
        if algorithm == .ec, let length = curveParameters?.fieldByteCount {
            // Scalars may be stored with different leading-zero padding.
            return PrivateKey.padded(secret, to: length).constantTimeEquals(PrivateKey.padded(otherSecret, to: length))
                && curveParameters == other.curveParameters
        }
        return secret.constantTimeEquals(otherSecret)
    }

    var isRSA: Bool { algorithm == .rsa || algorithm == .rsaPSS }

    /// Bits in a big-endian magnitude without its leading zero bits.
    static func bitLength(_ magnitude: [UInt8]) -> Int {
        guard let first = magnitude.firstIndex(where: { $0 != 0 }) else { return 0 }
        return (magnitude.count - first - 1) * 8 + (8 - magnitude[first].leadingZeroBitCount)
    }

    /// The secret left-padded with zeros to `length` bytes (a copy in another zeroing buffer).
    static func padded(_ secret: SecretBytes, to length: Int) -> SecretBytes {
        guard secret.count < length else { return secret }
        return SecretBytes(leftPadding: secret, to: length)
    }
}

/// DSA domain parameters `Dss-Parms ::= SEQUENCE { p, q, g }` (RFC 3279 section 2.3.2), as
/// big-endian magnitudes.
struct DSADomainParameters: Hashable, Sendable {
    let p: [UInt8]
    let q: [UInt8]
    let g: [UInt8]
}

extension PrivateKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// "EC P-256 private key (SEC 1)": type, size and encoding; never the key.
    public var description: String {
        var text = "\(summary) private key (\(encoding.name))"
        if let protection { text += ", was encrypted with \(protection.name)" }
        return text
    }

    /// Same as `description`: the key value never prints.
    public var debugDescription: String { "PrivateKey(\(description))" }

    /// Only public facts, so `dump` and debuggers show nothing secret.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "algorithm": algorithm.name, "encoding": encoding.name, "summary": summary,
            "hasEmbeddedPublicKey": embeddedPublicKey != nil, "privateValue": "<redacted>",
        ], displayStyle: .struct)
    }
}
