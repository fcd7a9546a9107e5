import PureX509ASN1

extension PrivateKey {
    /// Parses a PKCS#8 `PrivateKeyInfo` (RFC 5208 section 5) or `OneAsymmetricKey` (RFC 5958
    /// section 2), PEM `PRIVATE KEY`:
    ///
    ///     OneAsymmetricKey ::= SEQUENCE { version Version (v1(0), v2(1)),
    ///         privateKeyAlgorithm AlgorithmIdentifier, privateKey OCTET STRING,
    ///         attributes [0] IMPLICIT Attributes OPTIONAL,
    ///         [[2: publicKey [1] IMPLICIT BIT STRING OPTIONAL ]] }
    ///
    /// The `privateKey` content depends on the algorithm: PKCS#1 RSAPrivateKey (RSA,
    /// RSA-PSS), SEC 1 ECPrivateKey (EC, curve in the algorithm parameters), an OCTET STRING
    /// (RFC 8410 `CurvePrivateKey`: Ed25519, Ed448, X25519, X448), or an INTEGER (DSA).
    /// Keys of other algorithms are accepted and described by their OID only.
    public init(pkcs8DER bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        self = try keyField("PKCS#8 PrivateKeyInfo") {
            let key = try PrivateKey.readPKCS8(&reader)
            try reader.finish()
            return key
        }
    }

    /// Reads a OneAsymmetricKey at the reader's position.
    static func readPKCS8(_ reader: inout DERReader) throws -> PrivateKey {
        let bytes = reader.bytes
        let depth = reader.depth
        return try reader.readSequence { seq in
            let version = try keyField("version") { try seq.readKeyInteger(in: 0...1, "version") }
            let algorithm = try keyField("privateKeyAlgorithm") { try KeyAlgorithmIdentifier.read(&seq) }
            let privateKey = try keyField("privateKey") { try seq.readElement(.octetString) }
            // attributes [0] IMPLICIT SET OF Attribute.
            var attributeCount = 0
            try keyField("attributes") {
                if let attributes = try seq.readOptionalElement(.contextSpecific(0)) {
                    try seq.withContent(of: attributes) { set in
                        while !set.isAtEnd {
                            try set.readSequence { attribute in
                                _ = try attribute.readObjectIdentifier()
                                _ = try attribute.readElement(.set)
                            }
                            attributeCount += 1
                        }
                    }
                }
            }
            // publicKey [1] IMPLICIT BIT STRING, version 2 only (RFC 5958 section 2).
            let publicStart = seq.position
            var publicKey: [UInt8]?
            try keyField("publicKey") {
                if let element = try seq.readOptionalElement(.contextSpecificPrimitive(1)) {
                    guard version == 1 else {
                        throw KeyFileError(.invalid("publicKey is only allowed in version 2 (RFC 5958 section 2)"),
                                           context: "publicKey", offset: element.start)
                    }
                    guard element.contentLength >= 1, bytes[element.contentStart] == 0 else {
                        throw DERError.invalidBitString(offset: element.start)
                    }
                    publicKey = Array(bytes[(element.contentStart + 1)..<element.end])
                }
            }
            let encoding: Encoding = version == 1 ? .oneAsymmetricKey : .pkcs8
            let keyAlgorithm = KeyAlgorithm(oid: algorithm.oid)
            var inner = DERReader(bytes, range: privateKey.contentRange, depth: depth + 2)
            let key: PrivateKey
            switch keyAlgorithm {
            case .rsa, .rsaPSS:
                var pss: [UInt8]?
                if keyAlgorithm == .rsa {
                    // rsaEncryption parameters are NULL (RFC 8017 A.1); absent is accepted too.
                    guard algorithm.hasAbsentOrNullParameters(in: bytes) else {
                        throw KeyFileError(.invalid("rsaEncryption parameters must be NULL"), context: "privateKeyAlgorithm",
                                           offset: algorithm.parameters?.start)
                    }
                } else if let parameters = algorithm.parameters {
                    guard parameters.tag == .sequence else {
                        throw KeyFileError(.invalid("RSASSA-PSS parameters must be a SEQUENCE"), context: "privateKeyAlgorithm",
                                           offset: parameters.start)
                    }
                    pss = Array(bytes[parameters.fullRange])
                }
                key = try keyField("privateKey (RSAPrivateKey)") {
                    try readPKCS1(&inner, algorithm: keyAlgorithm, encoding: encoding, attributeCount: attributeCount,
                                  publicKey: publicKey, pssParameters: pss)
                }
            case .ec:
                guard let parameters = algorithm.parameters else {
                    throw KeyFileError(.invalid("id-ecPublicKey without curve parameters"), context: "privateKeyAlgorithm",
                                       offset: algorithm.element.start)
                }
                var parametersReader = DERReader(bytes, range: parameters.fullRange, depth: depth + 2)
                let curve = try keyField("privateKeyAlgorithm.parameters") { try ECCurveParameters.read(&parametersReader) }
                key = try keyField("privateKey (ECPrivateKey)") {
                    try readSEC1(&inner, outerCurve: curve, encoding: encoding, attributeCount: attributeCount,
                                 outerPublicKey: publicKey)
                }
            case .ed25519, .ed448, .x25519, .x448:
                // RFC 8410 section 7: parameters absent; CurvePrivateKey ::= OCTET STRING.
                if let parameters = algorithm.parameters {
                    throw KeyFileError(.invalid("\(keyAlgorithm.name) parameters must be absent (RFC 8410 section 3)"),
                                       context: "privateKeyAlgorithm", offset: parameters.start)
                }
                let range = try keyField("privateKey (CurvePrivateKey)") { try inner.readOctetString() }
                let expected = keyAlgorithm.rawPrivateKeyLength ?? 0
                guard range.count == expected else {
                    throw KeyFileError(.invalid("\(keyAlgorithm.name) private key of \(range.count) bytes, expected \(expected)"),
                                       context: "privateKey", offset: range.lowerBound)
                }
                if let publicKey, let length = keyAlgorithm.rawPublicKeyLength, publicKey.count != length {
                    throw KeyFileError(.invalid("\(keyAlgorithm.name) public key of \(publicKey.count) bytes, expected \(length)"),
                                       context: "publicKey", offset: publicStart)
                }
                key = PrivateKey(algorithm: keyAlgorithm, encoding: encoding, embeddedPublicKey: publicKey,
                                 attributeCount: attributeCount, secret: SecretBytes(bytes[range]))
            case .dsa:
                // Dss-Parms in the algorithm (RFC 3279 2.3.2); privateKey is INTEGER x.
                var dsaParameters: DSADomainParameters?
                if let parameters = algorithm.parameters {
                    var parametersReader = DERReader(bytes, range: parameters.fullRange, depth: depth + 2)
                    dsaParameters = try keyField("privateKeyAlgorithm.parameters") {
                        try parametersReader.readSequence { p in
                            DSADomainParameters(p: Array(bytes[try p.readUnsignedIntegerBytes()]),
                                                q: Array(bytes[try p.readUnsignedIntegerBytes()]),
                                                g: Array(bytes[try p.readUnsignedIntegerBytes()]))
                        }
                    }
                }
                let x = try keyField("privateKey (DSA x)") { try inner.readUnsignedIntegerBytes() }
                key = PrivateKey(algorithm: .dsa, encoding: encoding, embeddedPublicKey: publicKey,
                                 attributeCount: attributeCount, dsaParameters: dsaParameters, secret: SecretBytes(bytes[x]))
            case .other:
                inner = DERReader(bytes, range: privateKey.contentRange.upperBound..<privateKey.contentRange.upperBound)
                key = PrivateKey(algorithm: keyAlgorithm, encoding: encoding, embeddedPublicKey: publicKey,
                                 attributeCount: attributeCount)
            }
            try keyField("privateKey") { try inner.finish() }
            return key
        }
    }
}
