import PureX509ASN1

extension PrivateKey {
    /// The public key of this private key, or why it cannot be had: read from the file (RSA
    /// modulus and exponent, an embedded EC point, a v2 `publicKey`, DSA's y) or derived
    /// from the private value (EC on P-256/P-384/P-521, Ed25519, DSA).
    func publicKeyValue() -> Result<PublicKeyValue, KeyMatchProblem> {
        switch algorithm {
        case .rsa, .rsaPSS:
            guard let rsaModulus, let rsaPublicExponent else { return .failure(.init("the RSA key has no modulus")) }
            return .success(.rsa(modulus: PublicKeyValue.stripped(rsaModulus[...]),
                                 exponent: PublicKeyValue.stripped(rsaPublicExponent[...])))
        case .ec:
            let curve = self.curve ?? .implicit
            if let embeddedPublicKey { return .success(.ec(curve: curve, point: embeddedPublicKey)) }
            return derivedECPoint().map { .ec(curve: curve, point: $0) }
        case .ed25519, .ed448, .x25519, .x448:
            if let embeddedPublicKey { return .success(.raw(algorithm, embeddedPublicKey)) }
            return derivedRawPublicKey().map { .raw(algorithm, $0) }
        case .dsa:
            if let embeddedPublicKey {
                return .success(.dsa(y: PublicKeyValue.stripped(embeddedPublicKey[...]), parameters: dsaParameters))
            }
            return derivedDSAPublicValue().map { .dsa(y: PublicKeyValue.stripped($0[...]), parameters: dsaParameters) }
        case .other(let oid):
            if let embeddedPublicKey { return .success(.other(algorithm, embeddedPublicKey)) }
            return .failure(.init("unknown key algorithm \(oid.displayName)"))
        }
    }

    /// Whether this private key belongs to `publicKey`: RSA by modulus and exponent, EC by
    /// curve and point, EdDSA/XDH by the raw key, DSA by y, deriving the public key from the
    /// private one when the file does not carry it (EC P-256/384/521, Ed25519, DSA).
    public func matches(_ publicKey: SubjectPublicKeyInfo) -> KeyMatch {
        switch publicKeyValue() {
        case .success(let value): return value.compare(with: PublicKeyValue(publicKey))
        case .failure(let problem):
            // Different types never match, whether or not the key could be derived.
            let other = PublicKeyValue(publicKey)
            if other.typeName != algorithm.name && !(isRSA && other.typeName == "RSA") {
                return .doesNotMatch(PublicKeyValue.pair(algorithm.name, other.typeName))
            }
            return .undetermined(problem.reason)
        }
    }

    /// Whether this private key belongs to `certificate`'s public key.
    public func matches(_ certificate: Certificate) -> KeyMatch {
        matches(certificate.subjectPublicKeyInfo)
    }

    /// The indices of the certificates in `certificates` whose public key is this key's.
    public func matchingCertificates(in certificates: [Certificate]) -> [Int] {
        guard case .success(let value) = publicKeyValue() else { return [] }
        return certificates.indices.filter {
            value.compare(with: PublicKeyValue(certificates[$0].subjectPublicKeyInfo)) == .matches
        }
    }

    /// The public key as a `SubjectPublicKeyInfo`, when it is in the file or derivable:
    /// what a certificate for this key would carry (and its ``SubjectPublicKeyInfo/pinSHA256``).
    /// Nil for EC keys with explicit parameters and keys whose public part is unavailable.
    public var publicKeyInfo: SubjectPublicKeyInfo? {
        guard case .success(let value) = publicKeyValue() else { return nil }
        var writer = DERWriter()
        switch value {
        case .rsa(let modulus, let exponent):
            var key = DERWriter()
            key.writeSequence { seq in
                seq.writeUnsignedInteger(magnitude: modulus)
                seq.writeUnsignedInteger(magnitude: exponent)
            }
            writer.writeSequence { spki in
                spki.writeSequence { algorithmWriter in
                    if algorithm == .rsaPSS {
                        algorithmWriter.writeObjectIdentifier(.rsassaPSS)
                        if let pssParameters { algorithmWriter.writeEncoded(pssParameters) }
                    } else {
                        algorithmWriter.writeObjectIdentifier(.rsaEncryption)
                        algorithmWriter.writeNull()
                    }
                }
                spki.writeBitString(key.bytes)
            }
        case .ec(let curve, let point):
            guard let curveOID = curve.oid else { return nil }
            writer.writeSequence { spki in
                spki.writeSequence { algorithmWriter in
                    algorithmWriter.writeObjectIdentifier(.ecPublicKey)
                    algorithmWriter.writeObjectIdentifier(curveOID)
                }
                spki.writeBitString(point)
            }
        case .raw(let keyAlgorithm, let key), .other(let keyAlgorithm, let key):
            writer.writeSequence { spki in
                spki.writeSequence { $0.writeObjectIdentifier(keyAlgorithm.oid) }
                spki.writeBitString(key)
            }
        case .dsa(let y, let parameters):
            var key = DERWriter()
            key.writeUnsignedInteger(magnitude: y)
            writer.writeSequence { spki in
                spki.writeSequence { algorithmWriter in
                    algorithmWriter.writeObjectIdentifier(.dsa)
                    if let parameters {
                        algorithmWriter.writeSequence { p in
                            p.writeUnsignedInteger(magnitude: parameters.p)
                            p.writeUnsignedInteger(magnitude: parameters.q)
                            p.writeUnsignedInteger(magnitude: parameters.g)
                        }
                    }
                }
                spki.writeBitString(key.bytes)
            }
        }
        return try? SubjectPublicKeyInfo(derEncoded: writer.bytes)
    }
}

/// Why a private key's public key is not available (internal).
struct KeyMatchProblem: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
