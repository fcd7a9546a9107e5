import PureX509ASN1

/// A signature algorithm as named by an `AlgorithmIdentifier` (RFC 5280 section 4.1.1.2),
/// with its parameters checked and decoded.
///
/// Recognised identifiers and the parameters each accepts:
/// - `sha{1,224,256,384,512}WithRSAEncryption`, `sha512-256WithRSAEncryption` and
///   `md5WithRSAEncryption` (RFC 8017, RFC 4055 section 5): NULL or absent. RFC 4055 asks
///   implementations to accept both; every certificate in x509-limbo carries the NULL.
///   MD5 is recognised so that a caller can report it, but signature verification
///   (``PublicKey/isValidSignature(_:over:algorithm:)``) refuses it.
/// - `id-RSASSA-PSS` (RFC 4055 section 3.1): RSASSA-PSS-params, required for a signature;
///   hash and MGF1 hash among SHA-1/SHA-2, trailer field 1. DER: a field equal to its
///   DEFAULT must be omitted (X.690 section 11.5), so an explicit default is rejected.
/// - `ecdsa-with-SHA{1,224,256,384,512}` (RFC 5758 section 3.2, RFC 3279 section 2.2.3):
///   parameters absent.
/// - `id-Ed25519` (RFC 8410 section 3): parameters absent.
/// - `id-dsa-with-sha1` (RFC 3279 section 2.2.2), `dsa-with-sha224` and `dsa-with-sha256`
///   (RFC 5758 section 3.1): parameters absent. Legacy: certificate verification accepts
///   them only when the caller allows legacy algorithms.
///
/// Anything else throws `CryptoError.unsupportedAlgorithm` with the dotted OID.
public struct SignatureAlgorithm: Sendable, Hashable {
    /// The algorithm and its decoded parameters.
    public enum Kind: Sendable, Hashable {
        /// RSASSA-PKCS1-v1_5 with the given hash (RFC 8017 section 8.2).
        case rsaPKCS1v15(HashAlgorithm)
        /// RSASSA-PSS with the given parameters (RFC 8017 section 8.1).
        case rsaPSS(RSAPSSParameters)
        /// ECDSA with the given hash (FIPS 186-5, RFC 5758).
        case ecdsa(HashAlgorithm)
        /// Ed25519 (RFC 8032 section 5.1, RFC 8410).
        case ed25519
        /// DSA with the given hash (FIPS 186-4 section 4, RFC 3279, RFC 5758).
        case dsa(HashAlgorithm)
    }

    /// The algorithm and its decoded parameters.
    public let kind: Kind
    /// The algorithm's object identifier.
    public let oid: OID

    /// An algorithm from its parts (for callers that build one rather than parse it).
    public init(_ kind: Kind) {
        self.kind = kind
        switch kind {
        case .rsaPKCS1v15(let hash):
            switch hash {
            case .md5: oid = AlgorithmOID.md5WithRSAEncryption
            case .sha1: oid = AlgorithmOID.sha1WithRSAEncryption
            case .sha224: oid = AlgorithmOID.sha224WithRSAEncryption
            case .sha256: oid = AlgorithmOID.sha256WithRSAEncryption
            case .sha384: oid = AlgorithmOID.sha384WithRSAEncryption
            case .sha512: oid = AlgorithmOID.sha512WithRSAEncryption
            case .sha512_256: oid = AlgorithmOID.sha512_256WithRSAEncryption
            }
        case .rsaPSS: oid = AlgorithmOID.rsassaPSS
        case .ecdsa(let hash):
            switch hash {
            case .sha1: oid = AlgorithmOID.ecdsaWithSHA1
            case .sha224: oid = AlgorithmOID.ecdsaWithSHA224
            case .sha384: oid = AlgorithmOID.ecdsaWithSHA384
            case .sha512: oid = AlgorithmOID.ecdsaWithSHA512
            default: oid = AlgorithmOID.ecdsaWithSHA256
            }
        case .ed25519: oid = AlgorithmOID.ed25519
        case .dsa(let hash):
            switch hash {
            case .sha224: oid = AlgorithmOID.dsaWithSHA224
            case .sha256: oid = AlgorithmOID.dsaWithSHA256
            default: oid = AlgorithmOID.dsaWithSHA1
            }
        }
    }

    /// Parses a DER `AlgorithmIdentifier` that makes up all of `der`. Error offsets count
    /// from the start of `der`.
    public init(derEncoded der: ArraySlice<UInt8>) throws(CryptoError) {
        var reader = DERReader(Array(der))
        try self.init(reading: &reader)
        do {
            try reader.finish()
        } catch {
            throw .malformed("signature AlgorithmIdentifier: \(error)")
        }
    }

    /// Reads one `AlgorithmIdentifier` at the reader's position (error offsets are those of
    /// the reader's buffer, so a certificate parser reports positions in the certificate).
    public init(reading reader: inout DERReader) throws(CryptoError) {
        let parsed = try AlgorithmIdentifierParser.parse(&reader, what: "signature AlgorithmIdentifier") {
            (oid, parameters) throws -> Kind in
            try Self.decode(oid: oid, parameters: &parameters)
        }
        kind = parsed.value
        oid = parsed.oid
    }

    /// The hash applied to the message, or nil for Ed25519 (which hashes internally).
    public var hash: HashAlgorithm? {
        switch kind {
        case .rsaPKCS1v15(let hash), .ecdsa(let hash), .dsa(let hash): return hash
        case .rsaPSS(let parameters): return parameters.hash
        case .ed25519: return nil
        }
    }

    /// Decodes the parameters of a recognised OID; `parameters` holds whatever followed it.
    private static func decode(oid: OID, parameters: inout DERReader) throws -> Kind {
        switch oid {
        case AlgorithmOID.md5WithRSAEncryption,
            AlgorithmOID.sha1WithRSAEncryption, AlgorithmOID.sha224WithRSAEncryption,
            AlgorithmOID.sha256WithRSAEncryption, AlgorithmOID.sha384WithRSAEncryption,
            AlgorithmOID.sha512WithRSAEncryption, AlgorithmOID.sha512_256WithRSAEncryption:
            // RFC 4055 section 5: NULL, or absent.
            if !parameters.isAtEnd {
                try parameters.readNull()
            }
            return .rsaPKCS1v15(pkcs1Hash(oid))
        case AlgorithmOID.rsassaPSS:
            // RFC 4055 section 3.1: the parameters MUST be present for a signature.
            guard !parameters.isAtEnd else {
                throw CryptoError.malformed("RSASSA-PSS signature AlgorithmIdentifier without parameters")
            }
            return .rsaPSS(try RSAPSSParametersParser.parse(&parameters))
        case AlgorithmOID.ecdsaWithSHA1, AlgorithmOID.ecdsaWithSHA224, AlgorithmOID.ecdsaWithSHA256,
            AlgorithmOID.ecdsaWithSHA384, AlgorithmOID.ecdsaWithSHA512:
            // RFC 5758 section 3.2: the parameters MUST be absent.
            guard parameters.isAtEnd else {
                throw CryptoError.malformed("ECDSA AlgorithmIdentifier with parameters at byte \(parameters.position)")
            }
            return .ecdsa(ecdsaHash(oid))
        case AlgorithmOID.ed25519:
            // RFC 8410 section 3: the parameters MUST be absent.
            guard parameters.isAtEnd else {
                throw CryptoError.malformed("Ed25519 AlgorithmIdentifier with parameters at byte \(parameters.position)")
            }
            return .ed25519
        case AlgorithmOID.dsaWithSHA1, AlgorithmOID.dsaWithSHA224, AlgorithmOID.dsaWithSHA256:
            // RFC 3279 section 2.2.2, RFC 5758 section 3.1: the parameters MUST be absent.
            guard parameters.isAtEnd else {
                throw CryptoError.malformed("DSA signature AlgorithmIdentifier with parameters at byte \(parameters.position)")
            }
            switch oid {
            case AlgorithmOID.dsaWithSHA224: return .dsa(.sha224)
            case AlgorithmOID.dsaWithSHA256: return .dsa(.sha256)
            default: return .dsa(.sha1)
            }
        default:
            throw CryptoError.unsupportedAlgorithm("signature algorithm \(oid.dotted)")
        }
    }

    private static func pkcs1Hash(_ oid: OID) -> HashAlgorithm {
        switch oid {
        case AlgorithmOID.md5WithRSAEncryption: return .md5
        case AlgorithmOID.sha1WithRSAEncryption: return .sha1
        case AlgorithmOID.sha224WithRSAEncryption: return .sha224
        case AlgorithmOID.sha384WithRSAEncryption: return .sha384
        case AlgorithmOID.sha512WithRSAEncryption: return .sha512
        case AlgorithmOID.sha512_256WithRSAEncryption: return .sha512_256
        default: return .sha256
        }
    }

    private static func ecdsaHash(_ oid: OID) -> HashAlgorithm {
        switch oid {
        case AlgorithmOID.ecdsaWithSHA1: return .sha1
        case AlgorithmOID.ecdsaWithSHA224: return .sha224
        case AlgorithmOID.ecdsaWithSHA384: return .sha384
        case AlgorithmOID.ecdsaWithSHA512: return .sha512
        default: return .sha256
        }
    }
}
