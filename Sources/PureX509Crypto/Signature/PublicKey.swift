import PureX509ASN1

/// A subject public key parsed once from a `SubjectPublicKeyInfo` (RFC 5280 section
/// 4.1.2.7), ready to verify signatures.
///
/// Accepted encodings, with the parameters each requires:
/// - `rsaEncryption` (RFC 3279 section 2.3.1, RFC 8017 appendix A.1.1): NULL parameters; the
///   key is a PKCS#1 `RSAPublicKey` (see ``RSAPublicKey`` for the size and exponent rules).
/// - `id-RSASSA-PSS` (RFC 4055 section 1.2 and 3.1): parameters absent (any PSS signature)
///   or `RSASSA-PSS-params` (signatures must use the same hash and MGF1 hash, and a salt at
///   least as long); such a key never verifies PKCS#1 v1.5 signatures.
/// - `id-ecPublicKey` (RFC 5480 section 2.1.1): `namedCurve` P-256, P-384 or P-521 and an
///   uncompressed or compressed SEC1 point; other curves, `implicitCurve` and
///   `specifiedCurve` are unsupported.
/// - `id-Ed25519` (RFC 8410 section 3 and 4): parameters absent, a 32-byte key.
/// - `id-dsa` (RFC 3279 section 2.3.2): `Dss-Parms` or absent parameters (then inherited
///   from the issuer: ``DSAPublicKey/inheriting(_:)``); the key is an INTEGER y.
///
/// The subjectPublicKey BIT STRING must have no unused bits. Anything else throws a
/// `CryptoError`: `.unsupportedAlgorithm` for an algorithm or curve not implemented,
/// `.malformed` (naming the field and byte offset) for a bad encoding, `.weakKey` for an RSA
/// modulus below the minimum.
public struct PublicKey: Sendable {
    /// The key and its algorithm.
    public enum Kind: Sendable {
        /// An `rsaEncryption` key: PKCS#1 v1.5 and PSS signatures.
        case rsa(RSAPublicKey)
        /// An `id-RSASSA-PSS` key: PSS signatures only, restricted by the parameters when
        /// the key carries them.
        case rsaPSS(RSAPublicKey, restrictions: RSAPSSParameters?)
        /// An elliptic-curve key for ECDSA.
        case ecdsa(ECDSAPublicKey)
        /// An Ed25519 key.
        case ed25519(Ed25519PublicKey)
        /// A DSA key, with or without its domain parameters.
        case dsa(DSAPublicKey)
    }

    /// The key and its algorithm.
    public let kind: Kind
    /// The algorithm OID of the SubjectPublicKeyInfo.
    public let algorithmOID: OID

    /// Parses a DER `SubjectPublicKeyInfo` that makes up all of `der`. Error offsets count
    /// from the start of `der`. `allowWeakRSAKeys` admits RSA moduli of 512 to 1023 bits.
    public init(subjectPublicKeyInfoDER der: ArraySlice<UInt8>, allowWeakRSAKeys: Bool = false) throws(CryptoError) {
        var reader = DERReader(Array(der))
        try self.init(reading: &reader, allowWeakRSAKeys: allowWeakRSAKeys)
        do {
            try reader.finish()
        } catch {
            throw .malformed("SubjectPublicKeyInfo: \(error)")
        }
    }

    /// Parses a DER `SubjectPublicKeyInfo` held in an array.
    public init(subjectPublicKeyInfoDER der: [UInt8], allowWeakRSAKeys: Bool = false) throws(CryptoError) {
        try self.init(subjectPublicKeyInfoDER: der[...], allowWeakRSAKeys: allowWeakRSAKeys)
    }

    /// Reads one `SubjectPublicKeyInfo` at the reader's position; error offsets are those of
    /// the reader's buffer (a certificate parser reports positions in the certificate).
    public init(reading reader: inout DERReader, allowWeakRSAKeys: Bool = false) throws(CryptoError) {
        let parsed: (OID, Kind)
        do {
            parsed = try reader.readSequence { spki in
                let (oid, algorithm) = try Self.readAlgorithm(&spki)
                let bitStringOffset = spki.position
                let bits = try spki.readBitString()
                guard bits.unusedBits == 0 else {
                    throw CryptoError.malformed("SubjectPublicKeyInfo: subjectPublicKey has unused bits at byte \(bitStringOffset)")
                }
                let keyBytes = spki.bytes[bits.bytesRange]
                return (oid, try Self.makeKey(algorithm, keyBytes, offset: bits.bytesRange.lowerBound, allowWeakRSAKeys: allowWeakRSAKeys))
            }
        } catch {
            throw AlgorithmIdentifierParser.wrap(error, what: "SubjectPublicKeyInfo")
        }
        algorithmOID = parsed.0
        kind = parsed.1
    }

    /// The algorithm of a SubjectPublicKeyInfo with its decoded parameters.
    private enum Algorithm {
        case rsa
        case rsaPSS(RSAPSSParameters?)
        case ec(ECCurve)
        case ed25519
        case dsa(DSAParameters?)
    }

    /// Reads the AlgorithmIdentifier of a SubjectPublicKeyInfo.
    private static func readAlgorithm(_ reader: inout DERReader) throws -> (OID, Algorithm) {
        try reader.readSequence { sequence in
            let oid = try sequence.readObjectIdentifier()
            switch oid {
            case AlgorithmOID.rsaEncryption:
                // RFC 3279 section 2.3.1: the parameters MUST be NULL.
                try sequence.readNull()
                return (oid, .rsa)
            case AlgorithmOID.rsassaPSS:
                // RFC 4055 section 1.2: absent, or RSASSA-PSS-params.
                if sequence.isAtEnd {
                    return (oid, .rsaPSS(nil))
                }
                return (oid, .rsaPSS(try RSAPSSParametersParser.parse(&sequence)))
            case AlgorithmOID.ecPublicKey:
                // RFC 5480 section 2.1.1: ECParameters ::= CHOICE { namedCurve OID,
                // implicitCurve NULL, specifiedCurve SpecifiedECDomain }; only namedCurve is
                // allowed in PKIX.
                guard try sequence.peekTag() == .objectIdentifier else {
                    throw CryptoError.unsupportedAlgorithm(
                        "EC public key without a named curve (implicit or explicit curve) at byte \(sequence.position)")
                }
                let curveOID = try sequence.readObjectIdentifier()
                switch curveOID {
                case AlgorithmOID.secp256r1: return (oid, .ec(.p256))
                case AlgorithmOID.secp384r1: return (oid, .ec(.p384))
                case AlgorithmOID.secp521r1: return (oid, .ec(.p521))
                default: throw CryptoError.unsupportedAlgorithm("EC curve \(curveOID.dotted)")
                }
            case AlgorithmOID.ed25519:
                // RFC 8410 section 3: the parameters MUST be absent.
                guard sequence.isAtEnd else {
                    throw CryptoError.malformed("Ed25519 key AlgorithmIdentifier with parameters at byte \(sequence.position)")
                }
                return (oid, .ed25519)
            case AlgorithmOID.dsa:
                // RFC 3279 section 2.3.2: Dss-Parms, or absent (inherited from the issuer).
                if sequence.isAtEnd { return (oid, .dsa(nil)) }
                return (oid, .dsa(try DSAParameters(reading: &sequence)))
            default:
                throw CryptoError.unsupportedAlgorithm("public key algorithm \(oid.dotted)")
            }
        }
    }

    /// Builds the key from the subjectPublicKey bytes (which start at `offset`).
    private static func makeKey(
        _ algorithm: Algorithm, _ bytes: ArraySlice<UInt8>, offset: Int, allowWeakRSAKeys: Bool
    ) throws -> Kind {
        switch algorithm {
        case .rsa:
            return .rsa(try rsaKey(bytes, offset: offset, allowWeakRSAKeys: allowWeakRSAKeys))
        case .rsaPSS(let restrictions):
            return .rsaPSS(try rsaKey(bytes, offset: offset, allowWeakRSAKeys: allowWeakRSAKeys), restrictions: restrictions)
        case .ec(let curve):
            do {
                return .ecdsa(try ECDSAPublicKey(curve: curve, x963Representation: bytes))
            } catch {
                throw CryptoError.malformed("EC public key at byte \(offset): \(error)")
            }
        case .ed25519:
            // RFC 8410 section 4: the key is the 32-byte encoding of RFC 8032 section 5.1.2.
            guard bytes.count == 32 else {
                throw CryptoError.malformed("Ed25519 public key of \(bytes.count) bytes (32 expected) at byte \(offset)")
            }
            do {
                return .ed25519(try Ed25519PublicKey(rawRepresentation: bytes))
            } catch {
                throw CryptoError.malformed("Ed25519 public key at byte \(offset): \(error)")
            }
        case .dsa(let parameters):
            return .dsa(try dsaKey(bytes, offset: offset, parameters: parameters))
        }
    }

    /// A DSA public key: `DSAPublicKey ::= INTEGER -- public key, y` (RFC 3279 section 2.3.2).
    private static func dsaKey(_ bytes: ArraySlice<UInt8>, offset: Int, parameters: DSAParameters?) throws -> DSAPublicKey {
        var reader = DERReader(Array(bytes))
        do {
            let element = try reader.readIntegerElement()
            try reader.finish()
            let contents = reader.bytes[element.contentRange]
            guard contents.first.map({ $0 & 0x80 == 0 }) ?? false else {
                throw CryptoError.malformed("DSA public key: negative y at byte \(offset)")
            }
            return try DSAPublicKey(y: contents, parameters: parameters)
        } catch let error as CryptoError {
            throw error
        } catch {
            throw CryptoError.malformed("DSA public key at byte \(offset): \(error)")
        }
    }

    /// This key with the issuer's DSA parameters applied when it is a DSA key without its
    /// own (RFC 3279 section 2.3.2); any other key is returned unchanged.
    public func inheritingDSAParameters(_ parameters: DSAParameters) throws(CryptoError) -> PublicKey {
        guard case .dsa(let key) = kind, key.parameters == nil else { return self }
        return PublicKey(kind: .dsa(try key.inheriting(parameters)), algorithmOID: algorithmOID)
    }

    /// The DSA domain parameters of a DSA key that carries them.
    public var dsaParameters: DSAParameters? {
        if case .dsa(let key) = kind { return key.parameters }
        return nil
    }

    /// True for a DSA key that omits its domain parameters (they must be inherited).
    public var lacksDSAParameters: Bool {
        if case .dsa(let key) = kind { return key.parameters == nil }
        return false
    }

    private init(kind: Kind, algorithmOID: OID) {
        self.kind = kind
        self.algorithmOID = algorithmOID
    }

    /// A PKCS#1 RSAPublicKey; DER offsets in its errors are made absolute.
    private static func rsaKey(_ bytes: ArraySlice<UInt8>, offset: Int, allowWeakRSAKeys: Bool) throws -> RSAPublicKey {
        do {
            return try RSAPublicKey(pkcs1DER: bytes, allowWeakKeys: allowWeakRSAKeys)
        } catch .malformed(let reason) {
            throw CryptoError.malformed("\(reason) (RSAPublicKey starts at byte \(offset))")
        }
    }
}
