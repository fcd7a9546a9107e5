import PureX509ASN1

/// How an EC key names its curve: `ECParameters ::= CHOICE { namedCurve OBJECT IDENTIFIER,
/// implicitCurve NULL, specifiedCurve SpecifiedECDomain }` (RFC 5480 section 2.1.1,
/// SEC 1 C.2). RFC 5480 allows only `namedCurve`; the others are read and reported.
enum ECCurveParameters: Hashable, Sendable {
    /// A named curve.
    case named(OID)
    /// Explicit domain parameters (`specifiedCurve`), as `openssl ec -param_enc explicit`
    /// writes them.
    case explicit
    /// `implicitCurve` (NULL): the curve is inherited from elsewhere.
    case implicit

    /// Reads the ECParameters element at the reader's position.
    static func read(_ reader: inout DERReader) throws -> ECCurveParameters {
        let element = try reader.readElement()
        switch element.tag {
        case .objectIdentifier:
            var inner = DERReader(reader.bytes, range: element.fullRange, depth: reader.depth)
            return .named(try inner.readObjectIdentifier())
        case .null:
            guard element.contentLength == 0 else { throw DERError.invalidNull(offset: element.start) }
            return .implicit
        case .sequence:
            return .explicit
        default:
            throw KeyFileError(.invalid("EC parameters must be a named curve OID, NULL or a SEQUENCE, found \(element.tag)"),
                               context: "ECParameters", offset: element.start)
        }
    }

    /// The curve's OID when it is named.
    var oid: OID? {
        if case .named(let oid) = self { return oid }
        return nil
    }

    /// The field size in bytes for the named curves this library knows (the length of a
    /// private scalar and of each coordinate), nil otherwise.
    var fieldByteCount: Int? {
        guard case .named(let oid) = self else { return nil }
        switch oid {
        case .prime192v1: return 24
        case .secp224r1: return 28
        case .prime256v1, .secp256k1, .brainpoolP256r1: return 32
        case .secp384r1, .brainpoolP384r1: return 48
        case .secp521r1: return 66
        case .brainpoolP512r1: return 64
        default: return nil
        }
    }

    /// "P-256", "secp256k1", "brainpoolP256r1", "explicit parameters", ...
    var name: String {
        switch self {
        case .named(let oid):
            switch oid {
            case .prime192v1: return "P-192"
            case .secp224r1: return "P-224"
            case .prime256v1: return "P-256"
            case .secp384r1: return "P-384"
            case .secp521r1: return "P-521"
            default: return oid.shortName ?? oid.dotted
            }
        case .explicit: return "explicit parameters"
        case .implicit: return "implicit curve"
        }
    }
}
