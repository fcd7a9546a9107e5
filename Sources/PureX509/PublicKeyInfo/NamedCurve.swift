import PureX509ASN1

/// An elliptic curve named in `ECParameters` (RFC 5480 2.1.1.1).
public enum NamedCurve: Hashable, Sendable {
    /// NIST P-192 (secp192r1, prime192v1).
    case p192
    /// NIST P-224 (secp224r1).
    case p224
    /// NIST P-256 (secp256r1, prime256v1).
    case p256
    /// NIST P-384 (secp384r1).
    case p384
    /// NIST P-521 (secp521r1).
    case p521
    /// secp256k1 (SEC 2).
    case secp256k1
    /// brainpoolP256r1 (RFC 5639).
    case brainpoolP256r1
    /// brainpoolP384r1 (RFC 5639).
    case brainpoolP384r1
    /// brainpoolP512r1 (RFC 5639).
    case brainpoolP512r1
    /// SM2 (GB/T 32918).
    case sm2
    /// A named curve this library does not know.
    case other(OID)
    /// Explicit curve parameters (`specifiedCurve`, forbidden by RFC 5480 but parsed).
    case explicitParameters
    /// `implicitCurve` (NULL): the curve is inherited from the issuer.
    case implicit

    /// The curve for an OID's content octets.
    static func from(_ der: [UInt8], _ range: Range<Int>) -> NamedCurve {
        for (curve, content) in knownCurves where content.count == range.count && der[range].elementsEqual(content) {
            return curve
        }
        return .other(OID.fromValidated(der, range))
    }

    static let knownCurves: [(NamedCurve, [UInt8])] = [
        (.p256, [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07]),
        (.p384, [0x2B, 0x81, 0x04, 0x00, 0x22]),
        (.p521, [0x2B, 0x81, 0x04, 0x00, 0x23]),
        (.p224, [0x2B, 0x81, 0x04, 0x00, 0x21]),
        (.p192, [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x01]),
        (.secp256k1, [0x2B, 0x81, 0x04, 0x00, 0x0A]),
        (.brainpoolP256r1, [0x2B, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x07]),
        (.brainpoolP384r1, [0x2B, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x0B]),
        (.brainpoolP512r1, [0x2B, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x0D]),
        (.sm2, [0x2A, 0x81, 0x1C, 0xCF, 0x55, 0x01, 0x82, 0x2D]),
    ]

    /// The curve's OID, when it is named.
    public var oid: OID? {
        switch self {
        case .other(let oid): return oid
        case .explicitParameters, .implicit: return nil
        default:
            guard let content = NamedCurve.knownCurves.first(where: { $0.0 == self })?.1 else { return nil }
            return OID(derContent: content)
        }
    }

    /// The size of the field (and of each coordinate) in bits, when known.
    public var fieldBits: Int? {
        switch self {
        case .p192: return 192
        case .p224: return 224
        case .p256, .secp256k1, .brainpoolP256r1, .sm2: return 256
        case .p384, .brainpoolP384r1: return 384
        case .p521: return 521
        case .brainpoolP512r1: return 512
        case .other, .explicitParameters, .implicit: return nil
        }
    }

    /// The common name: "P-256", "secp256k1", "brainpoolP384r1", or the dotted OID.
    public var name: String {
        switch self {
        case .p192: return "P-192"
        case .p224: return "P-224"
        case .p256: return "P-256"
        case .p384: return "P-384"
        case .p521: return "P-521"
        case .secp256k1: return "secp256k1"
        case .brainpoolP256r1: return "brainpoolP256r1"
        case .brainpoolP384r1: return "brainpoolP384r1"
        case .brainpoolP512r1: return "brainpoolP512r1"
        case .sm2: return "SM2"
        case .other(let oid): return oid.dotted
        case .explicitParameters: return "explicit parameters"
        case .implicit: return "implicit curve"
        }
    }

    /// OpenSSL's name for the curve (as `openssl x509 -text` prints after `ASN1 OID:`).
    public var opensslName: String? {
        switch self {
        case .p192: return "prime192v1"
        case .p224: return "secp224r1"
        case .p256: return "prime256v1"
        case .p384: return "secp384r1"
        case .p521: return "secp521r1"
        case .secp256k1: return "secp256k1"
        case .brainpoolP256r1: return "brainpoolP256r1"
        case .brainpoolP384r1: return "brainpoolP384r1"
        case .brainpoolP512r1: return "brainpoolP512r1"
        case .sm2: return "SM2"
        case .other, .explicitParameters, .implicit: return nil
        }
    }
}
