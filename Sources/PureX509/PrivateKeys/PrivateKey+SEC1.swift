import PureX509ASN1

extension PrivateKey {
    /// Parses a SEC 1 `ECPrivateKey` (RFC 5915 section 3; SEC 1 C.4), PEM `EC PRIVATE KEY`:
    ///
    ///     ECPrivateKey ::= SEQUENCE { version INTEGER { ecPrivkeyVer1(1) },
    ///         privateKey OCTET STRING, parameters [0] ECParameters OPTIONAL,
    ///         publicKey [1] BIT STRING OPTIONAL }
    ///
    /// A standalone key must name its curve (RFC 5915 says the parameters "MUST" be present
    /// when the key is not inside PKCS#8). The public key is optional (`openssl ec -no_public`).
    public init(sec1DER bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        self = try keyField("SEC 1 ECPrivateKey") {
            let key = try PrivateKey.readSEC1(&reader, outerCurve: nil, encoding: .sec1, attributeCount: 0, outerPublicKey: nil)
            try reader.finish()
            return key
        }
    }

    /// Reads an ECPrivateKey. `outerCurve` is the curve from the PKCS#8 AlgorithmIdentifier
    /// (nil for a standalone key); `outerPublicKey` the RFC 5958 publicKey, if any.
    static func readSEC1(
        _ reader: inout DERReader, outerCurve: ECCurveParameters?, encoding: Encoding, attributeCount: Int,
        outerPublicKey: [UInt8]?
    ) throws -> PrivateKey {
        let bytes = reader.bytes
        return try reader.readSequence { seq in
            _ = try keyField("version") { try seq.readKeyInteger(in: 1...1, "version") }
            let scalarRange = try keyField("privateKey") { try seq.readOctetString() }
            var curve = outerCurve
            let parametersStart = seq.position
            if let inner = try keyField("parameters", { () throws -> ECCurveParameters? in
                try seq.readOptionalExplicit(0) { explicit in try ECCurveParameters.read(&explicit) }
            }) {
                if let outerCurve, outerCurve != inner {
                    throw KeyFileError(.invalid("the curve in ECPrivateKey differs from the PKCS#8 algorithm parameters"),
                                       context: "parameters", offset: parametersStart)
                }
                curve = inner
            }
            let publicStart = seq.position
            let publicKey: [UInt8]? = try keyField("publicKey") {
                try seq.readOptionalExplicit(1) { explicit in
                    let bits = try explicit.readBitString()
                    guard bits.unusedBits == 0 else { throw DERError.invalidBitString(offset: publicStart) }
                    return Array(bytes[bits.bytesRange])
                }
            }
            guard let curve else {
                throw KeyFileError(.invalid("no curve: a standalone EC key must carry its parameters (RFC 5915 section 3)"),
                                   context: "parameters", offset: parametersStart)
            }
            // The scalar is ceiling(log2(n)/8) octets (RFC 5915 section 3); some encoders
            // drop leading zero octets, so a shorter non-empty scalar is accepted.
            if let length = curve.fieldByteCount {
                guard !scalarRange.isEmpty, scalarRange.count <= length else {
                    throw KeyFileError(.invalid("private key of \(scalarRange.count) bytes for \(curve.name) (expected \(length))"),
                                       context: "privateKey", offset: scalarRange.lowerBound)
                }
            }
            guard bytes[scalarRange].contains(where: { $0 != 0 }) else {
                throw KeyFileError(.invalid("private key is zero"), context: "privateKey", offset: scalarRange.lowerBound)
            }
            if let publicKey {
                try checkPoint(publicKey, curve: curve, offset: publicStart)
                if let outerPublicKey, outerPublicKey != publicKey {
                    throw KeyFileError(.invalid("the public key in ECPrivateKey differs from the OneAsymmetricKey publicKey"),
                                       context: "publicKey", offset: publicStart)
                }
            } else if let outerPublicKey {
                try checkPoint(outerPublicKey, curve: curve, offset: publicStart)
            }
            return PrivateKey(
                algorithm: .ec, encoding: encoding, embeddedPublicKey: publicKey ?? outerPublicKey,
                attributeCount: attributeCount, curveParameters: curve, secret: SecretBytes(bytes[scalarRange]))
        }
    }

    /// An EC point (SEC 1 2.3.3) must be uncompressed (04 X Y) or compressed (02/03 X) with
    /// coordinates of the field's size, when the curve is known.
    static func checkPoint(_ point: [UInt8], curve: ECCurveParameters, offset: Int) throws {
        guard let length = curve.fieldByteCount else { return }
        let valid: Bool
        switch point.first {
        case 0x04?: valid = point.count == 1 + 2 * length
        case 0x02?, 0x03?: valid = point.count == 1 + length
        default: valid = false
        }
        guard valid else {
            throw KeyFileError(.invalid("public key is not a valid \(curve.name) point encoding (\(point.count) bytes)"),
                               context: "publicKey", offset: offset)
        }
    }
}
