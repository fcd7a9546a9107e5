import PureX509Crypto

/// Whether a private key belongs to a certificate: its public half equals the certificate's
/// subject public key. RSA keys compare modulus and exponent; EC and Ed25519 keys compare
/// the public key stored with them, or the one derived from the private value when the
/// file has none (variable-time derivation, offline only: see `ECCurve.publicKeyX963`).
enum KeyMatcher {
    /// True or false when it can tell, nil when it cannot (unsupported algorithm or curve).
    static func matches(_ key: PrivateKey, _ certificate: Certificate) -> Bool? {
        let details = certificate.subjectPublicKeyInfo.details
        switch (key.algorithm, details) {
        case (.rsa, .rsa(let modulus, let exponent, _)), (.rsaPSS, .rsa(let modulus, let exponent, _)):
            guard let keyModulus = key.rsaModulus, let keyExponent = key.rsaPublicExponent else { return nil }
            return trimmed(keyModulus[...]) .elementsEqual(trimmed(modulus)) && trimmed(keyExponent[...]).elementsEqual(trimmed(exponent))
        case (.ec, .ec(let curve, let point)):
            guard let derived = publicPoint(key, curve: curve) else { return nil }
            return samePoint(derived, Array(point), curve: curve)
        case (.ed25519, .ed25519(let publicKey)):
            if let embedded = key.embeddedPublicKey { return embedded.elementsEqual(publicKey) }
            guard let seed = key.secret else { return nil }
            let derived = seed.withUnsafeBytes { try? Ed25519PublicKey(derivingFromPrivateKeySeed: $0) }
            guard let derived else { return nil }
            return derived.rawRepresentation.elementsEqual(publicKey)
        case (.ed448, .ed448(let publicKey)), (.x25519, .x25519(let publicKey)), (.x448, .x448(let publicKey)):
            guard let embedded = key.embeddedPublicKey else { return nil }
            return embedded.elementsEqual(publicKey)
        case (.dsa, .dsa(_, _, _, let y)):
            guard let embedded = key.embeddedPublicKey else { return nil }
            return trimmed(embedded[...]).elementsEqual(trimmed(y))
        default:
            return false
        }
    }

    /// The uncompressed public point of an EC key: stored, or derived from the scalar.
    static func publicPoint(_ key: PrivateKey, curve: NamedCurve) -> [UInt8]? {
        if let embedded = key.embeddedPublicKey { return embedded }
        let ecCurve: ECCurve
        switch curve {
        case .p256: ecCurve = .p256
        case .p384: ecCurve = .p384
        case .p521: ecCurve = .p521
        default: return nil
        }
        guard let secret = key.secret else { return nil }
        return secret.withUnsafeBytes { try? ecCurve.publicKeyX963(fromPrivateScalar: $0) }
    }

    /// Compares two SEC 1 points, either of which may be compressed (then by x and parity).
    static func samePoint(_ a: [UInt8], _ b: [UInt8], curve: NamedCurve) -> Bool {
        if a == b { return true }
        guard let first = a.first, let second = b.first, a.count > 1, b.count > 1 else { return false }
        let ax = first == 0x04 ? Array(a[1..<(1 + (a.count - 1) / 2)]) : Array(a.dropFirst())
        let bx = second == 0x04 ? Array(b[1..<(1 + (b.count - 1) / 2)]) : Array(b.dropFirst())
        guard ax == bx else { return false }
        func parity(_ point: [UInt8]) -> UInt8? {
            switch point.first {
            case 0x02: return 0
            case 0x03: return 1
            case 0x04: return point.last.map { $0 & 1 }
            default: return nil
            }
        }
        return parity(a) != nil && parity(a) == parity(b)
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.drop { $0 == 0 }
    }
}
