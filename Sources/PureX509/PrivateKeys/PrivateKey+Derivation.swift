import PureX509ASN1
import PureX509Crypto

extension PrivateKey {
    /// The EC public point d·G derived from the private scalar, uncompressed (SEC 1 2.3.3),
    /// for P-256, P-384 and P-521. The scalar is read in place from its zeroing buffer.
    ///
    /// For matching keys to certificates offline only: the multiplication is variable-time
    /// (see `ECCurve.publicKeyX963(fromPrivateScalar:)`).
    func derivedECPoint() -> Result<[UInt8], KeyMatchProblem> {
        let curveName = curve?.name ?? "EC"
        guard let secret else { return .failure(KeyMatchProblem("the EC key has no private value")) }
        let ecCurve: ECCurve
        switch curveParameters?.oid {
        case .prime256v1?: ecCurve = .p256
        case .secp384r1?: ecCurve = .p384
        case .secp521r1?: ecCurve = .p521
        default:
            return .failure(KeyMatchProblem("the \(curveName) key file does not carry its public key, "
                                            + "and PureX509 derives public keys on P-256, P-384 and P-521 only"))
        }
        do {
            let point = try secret.withUnsafeBytes { (scalar) throws(ECKeyError) -> [UInt8] in
                try ecCurve.publicKeyX963(fromPrivateScalar: scalar)
            }
            return .success(point)
        } catch {
            return .failure(KeyMatchProblem("the \(curveName) private key is invalid (\(error))"))
        }
    }

    /// The DSA public value y = g^x mod p (FIPS 186-4 section 4.1), for a key file without
    /// y (PKCS#8 holds x and the domain parameters only).
    func derivedDSAPublicValue() -> Result<[UInt8], KeyMatchProblem> {
        guard let secret else { return .failure(KeyMatchProblem("the DSA key has no private value")) }
        guard let parameters = dsaParameters else {
            return .failure(KeyMatchProblem("the DSA key file carries neither y nor the domain parameters p, q, g"))
        }
        do {
            let y = try secret.withUnsafeBytes { (x) throws(DSAKeyError) -> [UInt8] in
                try DSAKeyDerivation.publicValue(p: parameters.p, q: parameters.q, g: parameters.g, x: x)
            }
            return .success(y)
        } catch {
            return .failure(KeyMatchProblem("the DSA private key or its parameters are invalid (\(error))"))
        }
    }

    /// The Ed25519 public key derived from the seed (RFC 8032 section 5.1.5). Ed448,
    /// X25519 and X448 public keys are not derived.
    func derivedRawPublicKey() -> Result<[UInt8], KeyMatchProblem> {
        guard algorithm == .ed25519, let secret else {
            return .failure(KeyMatchProblem("the \(algorithm.name) key file does not carry its public key, "
                                            + "and PureX509 cannot derive \(algorithm.name) public keys"))
        }
        do {
            let key = try secret.withUnsafeBytes { (seed) throws(Ed25519KeyError) -> Ed25519PublicKey in
                try Ed25519PublicKey(derivingFromPrivateKeySeed: seed)
            }
            return .success(key.rawRepresentation)
        } catch {
            return .failure(KeyMatchProblem("the Ed25519 private key is invalid (\(error))"))
        }
    }
}

extension PrivateKey {
    /// Whether the public key stored in the file is the one the private value implies: true
    /// or false when both are available (EC on P-256/384/521, Ed25519), nil when there is
    /// nothing to compare. False means the file was assembled wrongly or altered; OpenSSL
    /// trusts the stored public key, so such a key "matches" a certificate it cannot serve.
    public var embeddedPublicKeyIsConsistent: Bool? {
        guard let embeddedPublicKey else { return nil }
        switch algorithm {
        case .ec:
            guard case .success(let derived) = derivedECPoint() else { return nil }
            return PublicKeyValue.samePoint(derived, embeddedPublicKey)
        case .ed25519:
            guard case .success(let derived) = derivedRawPublicKey() else { return nil }
            return derived == embeddedPublicKey
        default:
            return nil
        }
    }
}
