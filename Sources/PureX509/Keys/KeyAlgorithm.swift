import PureX509ASN1

/// The algorithm of a public or private key, from its AlgorithmIdentifier OID.
public enum KeyAlgorithm: Hashable, Sendable {
    /// rsaEncryption (RFC 8017 appendix A.1): 1.2.840.113549.1.1.1.
    case rsa
    /// id-RSASSA-PSS (RFC 4055 section 1.2): an RSA key restricted to PSS signatures.
    case rsaPSS
    /// id-ecPublicKey (RFC 5480 section 2.1.1): an elliptic-curve key.
    case ec
    /// id-Ed25519 (RFC 8410 section 3).
    case ed25519
    /// id-Ed448 (RFC 8410 section 3).
    case ed448
    /// id-X25519 (RFC 8410 section 3): key agreement only.
    case x25519
    /// id-X448 (RFC 8410 section 3): key agreement only.
    case x448
    /// id-dsa (RFC 3279 section 2.3.2).
    case dsa
    /// Any other algorithm.
    case other(OID)

    /// The algorithm named by `oid`.
    public init(oid: OID) {
        switch oid {
        case .rsaEncryption: self = .rsa
        case .rsassaPSS: self = .rsaPSS
        case .ecPublicKey: self = .ec
        case .ed25519: self = .ed25519
        case .ed448: self = .ed448
        case .x25519: self = .x25519
        case .x448: self = .x448
        case .dsa: self = .dsa
        default: self = .other(oid)
        }
    }

    /// The algorithm's OID.
    public var oid: OID {
        switch self {
        case .rsa: return .rsaEncryption
        case .rsaPSS: return .rsassaPSS
        case .ec: return .ecPublicKey
        case .ed25519: return .ed25519
        case .ed448: return .ed448
        case .x25519: return .x25519
        case .x448: return .x448
        case .dsa: return .dsa
        case .other(let oid): return oid
        }
    }

    /// "RSA", "RSA-PSS", "EC", "Ed25519", "Ed448", "X25519", "X448", "DSA", or the OID's
    /// name (dotted when it has none).
    public var name: String {
        switch self {
        case .rsa: return "RSA"
        case .rsaPSS: return "RSA-PSS"
        case .ec: return "EC"
        case .ed25519: return "Ed25519"
        case .ed448: return "Ed448"
        case .x25519: return "X25519"
        case .x448: return "X448"
        case .dsa: return "DSA"
        case .other(let oid): return oid.displayName
        }
    }

    /// The length in bytes of the raw keys of the RFC 8410 algorithms (private and public
    /// are the same size, except Ed448/X448 which differ by one and zero bytes).
    var rawPrivateKeyLength: Int? {
        switch self {
        case .ed25519, .x25519: return 32
        case .ed448: return 57
        case .x448: return 56
        default: return nil
        }
    }

    /// The public key length of the RFC 8410 algorithms.
    var rawPublicKeyLength: Int? {
        switch self {
        case .ed25519, .x25519: return 32
        case .ed448: return 57
        case .x448: return 56
        default: return nil
        }
    }
}

extension KeyAlgorithm: CustomStringConvertible {
    /// The `name`.
    public var description: String { name }
}
