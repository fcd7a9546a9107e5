import PureX509ASN1

/// The mathematical public key, normalised for comparison: RSA by modulus and exponent
/// (without leading zeros; RSA and RSA-PSS keys compare equal), EC by curve and point (a
/// compressed point equals its uncompressed form), EdDSA/XDH by their raw bytes, DSA by y
/// and the domain parameters when both sides have them.
enum PublicKeyValue: Sendable {
    case rsa(modulus: ArraySlice<UInt8>, exponent: ArraySlice<UInt8>)
    case ec(curve: NamedCurve, point: [UInt8])
    case raw(KeyAlgorithm, [UInt8])
    case dsa(y: ArraySlice<UInt8>, parameters: DSADomainParameters?)
    case other(KeyAlgorithm, [UInt8])

    /// The value of a SubjectPublicKeyInfo.
    init(_ spki: SubjectPublicKeyInfo) {
        switch spki.details {
        case .rsa(let modulus, let exponent, _):
            self = .rsa(modulus: PublicKeyValue.stripped(modulus), exponent: PublicKeyValue.stripped(exponent))
        case .ec(let curve, let point): self = .ec(curve: curve, point: Array(point))
        case .ed25519(let key): self = .raw(.ed25519, Array(key))
        case .ed448(let key): self = .raw(.ed448, Array(key))
        case .x25519(let key): self = .raw(.x25519, Array(key))
        case .x448(let key): self = .raw(.x448, Array(key))
        case .dsa(let p, let q, let g, let y):
            var parameters: DSADomainParameters?
            if let p, let q, let g { parameters = DSADomainParameters(p: Array(p), q: Array(q), g: Array(g)) }
            self = .dsa(y: PublicKeyValue.stripped(y), parameters: parameters)
        case .unknown: self = .other(KeyAlgorithm(oid: spki.algorithm.oid), Array(spki.keyBytes))
        }
    }

    /// The key type as a person names it.
    var typeName: String {
        switch self {
        case .rsa: return "RSA"
        case .ec: return "EC"
        case .raw(let algorithm, _), .other(let algorithm, _): return algorithm.name
        case .dsa: return "DSA"
        }
    }

    /// Compares two values; `what` names the other side ("certificate", "CSR").
    func compare(with other: PublicKeyValue) -> KeyMatch {
        switch (self, other) {
        case (.rsa(let n1, let e1), .rsa(let n2, let e2)):
            if n1 != n2 { return .doesNotMatch("different RSA modulus") }
            if e1 != e2 { return .doesNotMatch("same modulus, different public exponent") }
            return .matches
        case (.ec(let c1, let p1), .ec(let c2, let p2)):
            if c1 != c2, c1 != .explicitParameters, c2 != .explicitParameters {
                return .doesNotMatch("different curves (\(c1.name) and \(c2.name))")
            }
            return PublicKeyValue.samePoint(p1, p2) ? .matches : .doesNotMatch("different \(c1.name) public point")
        case (.raw(let a1, let k1), .raw(let a2, let k2)):
            if a1 != a2 { return .doesNotMatch(PublicKeyValue.pair(a1.name, a2.name)) }
            return k1 == k2 ? .matches : .doesNotMatch("different \(a1.name) public key")
        case (.dsa(let y1, let d1), .dsa(let y2, let d2)):
            if let d1, let d2, d1 != d2 { return .doesNotMatch("different DSA domain parameters") }
            return y1 == y2 ? .matches : .doesNotMatch("different DSA public value")
        case (.other(let a1, let k1), .other(let a2, let k2)):
            if a1 != a2 { return .doesNotMatch(PublicKeyValue.pair(a1.name, a2.name)) }
            return k1 == k2 ? .matches : .doesNotMatch("different \(a1.name) public key")
        default:
            return .doesNotMatch(PublicKeyValue.pair(typeName, other.typeName))
        }
    }

    /// "an RSA key and an EC key": the indefinite article by how the name is spoken (letter
    /// names such as R, S, X, E begin with a vowel sound).
    static func pair(_ first: String, _ second: String) -> String {
        "\(article(first)) \(first) key and \(article(second)) \(second) key"
    }

    static func article(_ name: String) -> String {
        guard let letter = name.first else { return "a" }
        return "AEFHILMNORSX".contains(letter) ? "an" : "a"
    }

    /// Whether two SEC 1 point encodings (2.3.3) are the same point: equal bytes, or a
    /// compressed form (02/03 X) whose X and y-parity agree with an uncompressed (04 X Y).
    static func samePoint(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        func parts(_ point: [UInt8]) -> (x: ArraySlice<UInt8>, odd: Bool)? {
            guard let first = point.first else { return nil }
            switch first {
            case 0x04 where point.count % 2 == 1 && point.count > 1:
                let size = (point.count - 1) / 2
                return (point[1...size], (point.last ?? 0) & 1 == 1)
            case 0x02 where point.count > 1, 0x03 where point.count > 1:
                return (point[1...], first == 0x03)
            default:
                return nil
            }
        }
        guard let pa = parts(a), let pb = parts(b) else { return false }
        return pa.x.elementsEqual(pb.x) && pa.odd == pb.odd
    }

    /// A big-endian magnitude without leading zero octets (one octet for zero).
    static func stripped(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let trimmed = bytes.drop { $0 == 0 }
        return trimmed.isEmpty ? bytes.suffix(1) : trimmed
    }
}
