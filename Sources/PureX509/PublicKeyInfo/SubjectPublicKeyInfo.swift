import PureX509ASN1

/// A subject public key as found in certificates and CSRs (RFC 5280 4.1.2.7):
/// `SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }`.
///
/// Parsing checks the key's inner structure for the algorithms it knows (RSA, EC, Ed25519,
/// Ed448, X25519, X448, DSA) and keeps every other algorithm raw. The DER is shared, not
/// copied; `derEncoded` is what the crypto layer parses and what key identifiers hash.
public struct SubjectPublicKeyInfo: Sendable {
    let der: [UInt8]
    let ranges: SubjectPublicKeyInfoRanges

    init(der: [UInt8], ranges: SubjectPublicKeyInfoRanges) {
        self.der = der
        self.ranges = ranges
    }

    /// Parses a DER-encoded `SubjectPublicKeyInfo`.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "subjectPublicKeyInfo", .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        let ranges = try parsingField("subjectPublicKeyInfo") {
            var reader = DERReader(bytes)
            let ranges = try SubjectPublicKeyInfoRanges.parse(&reader)
            try reader.finish()
            return ranges
        }
        self.init(der: bytes, ranges: ranges)
    }

    /// The whole DER encoding.
    public var derEncoded: ArraySlice<UInt8> { der[ranges.encoded.range] }

    /// The key algorithm and its parameters.
    public var algorithm: AlgorithmIdentifier { AlgorithmIdentifier(der: der, ranges: ranges.algorithm) }

    /// The content of the `subjectPublicKey` BIT STRING (whose unused-bit count is 0).
    /// This is what RFC 5280 4.2.1.2 method (1) hashes into a key identifier.
    public var keyBytes: ArraySlice<UInt8> { der[ranges.key.range] }

    /// The decoded key description.
    public var details: PublicKeyDetails {
        switch ranges.kind {
        case .rsa, .rsaPSS:
            return .rsa(modulus: der[ranges.first.range], exponent: der[ranges.second.range], isPSS: ranges.kind == .rsaPSS)
        case .ec:
            let curve: NamedCurve
            switch ranges.curveForm {
            case .named: curve = NamedCurve.from(der, ranges.first.range)
            case .explicit: curve = .explicitParameters
            case .implicit: curve = .implicit
            }
            return .ec(curve: curve, point: keyBytes)
        case .ed25519: return .ed25519(keyBytes)
        case .ed448: return .ed448(keyBytes)
        case .x25519: return .x25519(keyBytes)
        case .x448: return .x448(keyBytes)
        case .dsa: return dsaDetails ?? .unknown
        case .unknown: return .unknown
        }
    }

    private var dsaDetails: PublicKeyDetails? {
        // Validated at parse time; decoding again cannot fail.
        var keyReader = DERReader(der, range: ranges.key.range)
        guard let y = try? keyReader.readUnsignedIntegerBytes() else { return nil }
        guard !ranges.first.isEmpty else { return .dsa(p: nil, q: nil, g: nil, y: der[y]) }
        var reader = DERReader(der, range: ranges.first.range)
        guard let (p, q, g) = try? reader.readSequence({ seq in
            (try seq.readUnsignedIntegerBytes(), try seq.readUnsignedIntegerBytes(), try seq.readUnsignedIntegerBytes())
        }) else { return nil }
        return .dsa(p: der[p], q: der[q], g: der[g], y: der[y])
    }

    /// The key size in bits as OpenSSL reports it, or nil for unknown algorithms.
    public var bitCount: Int? { details.bitCount }

    /// "RSA 2048", "EC P-256", "Ed25519".
    public var summary: String { details.summary }
}

extension SubjectPublicKeyInfo: Hashable {
    /// Equality of the DER encodings.
    public static func == (lhs: SubjectPublicKeyInfo, rhs: SubjectPublicKeyInfo) -> Bool {
        lhs.derEncoded.elementsEqual(rhs.derEncoded)
    }

    /// Hashes the DER encoding.
    public func hash(into hasher: inout Hasher) {
        der.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[ranges.encoded.range])) }
    }
}

/// Where a `SubjectPublicKeyInfo` and its parts lie (internal, compact).
struct SubjectPublicKeyInfoRanges: Hashable, Sendable {
    enum Kind: UInt8, Sendable { case unknown, rsa, rsaPSS, ec, ed25519, ed448, x25519, x448, dsa }
    enum CurveForm: UInt8, Sendable { case named, explicit, implicit }

    let encoded: ByteRange
    let algorithm: AlgorithmIdentifierRanges
    /// The BIT STRING data.
    let key: ByteRange
    /// RSA modulus magnitude; EC named-curve OID content; DSA parameters SEQUENCE.
    let first: ByteRange
    /// RSA exponent magnitude.
    let second: ByteRange
    let kind: Kind
    let curveForm: CurveForm

    // Algorithm OID content octets (RFC 8017, RFC 4055, RFC 5480, RFC 8410, RFC 3279).
    static let rsaEncryption: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]
    static let rsassaPSS: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0A]
    static let ecPublicKey: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01]
    static let dsa: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x38, 0x04, 0x01]

    /// Reads and checks a `SubjectPublicKeyInfo`.
    static func parse(_ reader: inout DERReader) throws -> SubjectPublicKeyInfoRanges {
        let sequence = try reader.readElement(.sequence)
        return try reader.withContent(of: sequence) { body in
            let algorithm = try parsingField("algorithm") { try AlgorithmIdentifierRanges.parse(&body) }
            let keyStart = body.position
            let bits = try parsingField("subjectPublicKey") { try body.readBitString() }
            let bytes = body.bytes
            let oid = algorithm.oid.range
            let parameters = algorithm.parameters
            var kind = Kind.unknown
            var first = ByteRange.empty
            var second = ByteRange.empty
            var curveForm = CurveForm.named

            func invalid(_ text: String, _ offset: Int) -> X509ParseError {
                X509ParseError(field: "subjectPublicKey", reason: .invalid(text), offset: offset)
            }
            func requireWholeOctets() throws {
                guard bits.unusedBits == 0 else { throw invalid("key BIT STRING has unused bits", keyStart) }
            }
            func requireNoParameters(_ name: String) throws {
                // RFC 8410 3: "the parameters MUST be absent".
                guard parameters.isEmpty else {
                    throw X509ParseError(field: "algorithm.parameters", reason: .invalid("\(name) parameters must be absent"), offset: Int(parameters.lower))
                }
            }
            func requireLength(_ count: Int, _ name: String) throws {
                try requireWholeOctets()
                guard bits.bytesRange.count == count else {
                    throw invalid("\(name) key must be \(count) bytes, found \(bits.bytesRange.count)", keyStart)
                }
            }

            switch oid.count {
            case 3 where bytes[oid.lowerBound] == 0x2B && bytes[oid.lowerBound + 1] == 0x65:
                // 1.3.101.110-113 (RFC 8410).
                switch bytes[oid.lowerBound + 2] {
                case 0x6E: kind = .x25519; try requireNoParameters("X25519"); try requireLength(32, "X25519")
                case 0x6F: kind = .x448; try requireNoParameters("X448"); try requireLength(56, "X448")
                case 0x70: kind = .ed25519; try requireNoParameters("Ed25519"); try requireLength(32, "Ed25519")
                case 0x71: kind = .ed448; try requireNoParameters("Ed448"); try requireLength(57, "Ed448")
                default: break
                }
            case 9 where bytes[oid].elementsEqual(rsaEncryption) || bytes[oid].elementsEqual(rsassaPSS):
                kind = bytes[oid.upperBound - 1] == 0x01 ? .rsa : .rsaPSS
                try requireWholeOctets()
                // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1)
                try parsingField("subjectPublicKey") {
                    var keyReader = DERReader(bytes, range: bits.bytesRange, depth: body.depth + 1)
                    try keyReader.readSequence { seq in
                        let modulus = try seq.readUnsignedIntegerBytes()
                        let exponent = try seq.readUnsignedIntegerBytes()
                        first = ByteRange(modulus)
                        second = ByteRange(exponent)
                    }
                    try keyReader.finish()
                }
            case 7 where bytes[oid].elementsEqual(ecPublicKey):
                kind = .ec
                try requireWholeOctets()
                // ECParameters ::= CHOICE { namedCurve OID, implicitCurve NULL, specifiedCurve }
                // (RFC 5480 2.1.1; RFC 3279 2.3.5).
                var parametersReader = DERReader(bytes, range: parameters.range, depth: body.depth + 1)
                switch try parsingField("algorithm.parameters", { try parametersReader.peekTag() }) {
                case .objectIdentifier?:
                    let curve = try parsingField("algorithm.parameters") { try parametersReader.readObjectIdentifierElement() }
                    first = ByteRange(curve.contentRange)
                    if let fieldBits = NamedCurve.from(bytes, curve.contentRange).fieldBits {
                        try checkPoint(bytes, bits.bytesRange, fieldBytes: (fieldBits + 7) / 8, offset: keyStart)
                    }
                case .null?: curveForm = .implicit
                case .sequence?: curveForm = .explicit
                default:
                    throw X509ParseError(field: "algorithm.parameters", reason: .invalid("EC parameters must be a named curve"), offset: Int(algorithm.encoded.lower))
                }
            case 7 where bytes[oid].elementsEqual(dsa):
                kind = .dsa
                try requireWholeOctets()
                try parsingField("subjectPublicKey") {
                    var keyReader = DERReader(bytes, range: bits.bytesRange, depth: body.depth + 1)
                    _ = try keyReader.readUnsignedIntegerBytes()
                    try keyReader.finish()
                }
                if !parameters.isEmpty {
                    // Dss-Parms ::= SEQUENCE { p INTEGER, q INTEGER, g INTEGER }
                    try parsingField("algorithm.parameters") {
                        var parametersReader = DERReader(bytes, range: parameters.range, depth: body.depth + 1)
                        try parametersReader.readSequence { seq in
                            for _ in 0..<3 { _ = try seq.readUnsignedIntegerBytes() }
                        }
                    }
                    first = parameters
                }
            default:
                break
            }
            return SubjectPublicKeyInfoRanges(
                encoded: ByteRange(sequence.fullRange), algorithm: algorithm, key: ByteRange(bits.bytesRange),
                first: first, second: second, kind: kind, curveForm: curveForm)
        }
    }

    /// An EC point (SEC 1 2.3.3) must be uncompressed (04 X Y) or compressed (02/03 X) with
    /// coordinates of the field's size.
    static func checkPoint(_ bytes: [UInt8], _ range: Range<Int>, fieldBytes: Int, offset: Int) throws {
        let valid: Bool
        if let first = range.first.map({ bytes[$0] }) {
            switch first {
            case 0x04: valid = range.count == 1 + 2 * fieldBytes
            case 0x02, 0x03: valid = range.count == 1 + fieldBytes
            default: valid = false
            }
        } else {
            valid = false
        }
        guard valid else {
            throw X509ParseError(field: "subjectPublicKey", reason: .invalid("EC point is not a valid encoding for the curve"), offset: offset)
        }
    }
}
