import PureX509ASN1

/// The object identifiers of the signature and key algorithms PureX509Crypto verifies.
enum AlgorithmOID {
    // RFC 8017 appendix A / RFC 4055: PKCS #1.
    static let rsaEncryption = make("1.2.840.113549.1.1.1")
    static let md5WithRSAEncryption = make("1.2.840.113549.1.1.4")
    static let sha1WithRSAEncryption = make("1.2.840.113549.1.1.5")
    static let mgf1 = make("1.2.840.113549.1.1.8")
    static let rsassaPSS = make("1.2.840.113549.1.1.10")
    static let sha256WithRSAEncryption = make("1.2.840.113549.1.1.11")
    static let sha384WithRSAEncryption = make("1.2.840.113549.1.1.12")
    static let sha512WithRSAEncryption = make("1.2.840.113549.1.1.13")
    static let sha224WithRSAEncryption = make("1.2.840.113549.1.1.14")
    static let sha512_256WithRSAEncryption = make("1.2.840.113549.1.1.16")

    // RFC 5480 section 2.1.1 and RFC 5758 section 3.2: elliptic curves and ECDSA.
    static let ecPublicKey = make("1.2.840.10045.2.1")
    static let secp256r1 = make("1.2.840.10045.3.1.7")
    static let secp384r1 = make("1.3.132.0.34")
    static let secp521r1 = make("1.3.132.0.35")
    static let ecdsaWithSHA1 = make("1.2.840.10045.4.1")
    static let ecdsaWithSHA224 = make("1.2.840.10045.4.3.1")
    static let ecdsaWithSHA256 = make("1.2.840.10045.4.3.2")
    static let ecdsaWithSHA384 = make("1.2.840.10045.4.3.3")
    static let ecdsaWithSHA512 = make("1.2.840.10045.4.3.4")

    // RFC 8410 section 3.
    static let ed25519 = make("1.3.101.112")

    // RFC 3279 section 2.3.2 and 2.2.2, RFC 5758 section 3.1: DSA.
    static let dsa = make("1.2.840.10040.4.1")
    static let dsaWithSHA1 = make("1.2.840.10040.4.3")
    static let dsaWithSHA224 = make("2.16.840.1.101.3.4.3.1")
    static let dsaWithSHA256 = make("2.16.840.1.101.3.4.3.2")

    // Hash functions (RFC 3279 section 2.2.1, NIST CSOR).
    static let md5 = make("1.2.840.113549.2.5")
    static let sha1 = make("1.3.14.3.2.26")
    static let sha256 = make("2.16.840.1.101.3.4.2.1")
    static let sha384 = make("2.16.840.1.101.3.4.2.2")
    static let sha512 = make("2.16.840.1.101.3.4.2.3")
    static let sha224 = make("2.16.840.1.101.3.4.2.4")
    static let sha512_256 = make("2.16.840.1.101.3.4.2.6")

    /// The hash named by a hash-function OID.
    static func hash(_ oid: OID) -> HashAlgorithm? {
        switch oid {
        case sha1: return .sha1
        case sha224: return .sha224
        case sha256: return .sha256
        case sha384: return .sha384
        case sha512: return .sha512
        case sha512_256: return .sha512_256
        case md5: return .md5
        default: return nil
        }
    }

    /// The OID of a hash function.
    static func oid(of hash: HashAlgorithm) -> OID {
        switch hash {
        case .md5: return md5
        case .sha1: return sha1
        case .sha224: return sha224
        case .sha256: return sha256
        case .sha384: return sha384
        case .sha512: return sha512
        case .sha512_256: return sha512_256
        }
    }

    /// A constant from its dotted form; the literals above are valid by inspection.
    private static func make(_ dotted: String) -> OID {
        guard let oid = OID(dotted: dotted) else { preconditionFailure("invalid OID literal \(dotted)") }
        return oid
    }
}
