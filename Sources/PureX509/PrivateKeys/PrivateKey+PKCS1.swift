import PureX509ASN1

extension PrivateKey {
    /// Parses a PKCS#1 `RSAPrivateKey` (RFC 8017 appendix A.1.2), PEM `RSA PRIVATE KEY`:
    ///
    ///     RSAPrivateKey ::= SEQUENCE { version Version, modulus INTEGER, publicExponent INTEGER,
    ///         privateExponent INTEGER, prime1 INTEGER, prime2 INTEGER, exponent1 INTEGER,
    ///         exponent2 INTEGER, coefficient INTEGER, otherPrimeInfos OtherPrimeInfos OPTIONAL }
    ///
    /// Version 0 is two-prime; version 1 requires `otherPrimeInfos` (and only it allows
    /// them). Every integer must be positive. Only the modulus and public exponent are kept.
    public init(pkcs1DER bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        self = try keyField("PKCS#1 RSAPrivateKey") {
            let key = try PrivateKey.readPKCS1(&reader, algorithm: .rsa, encoding: .pkcs1, attributeCount: 0)
            try reader.finish()
            return key
        }
    }

    /// Reads an RSAPrivateKey at the reader's position.
    static func readPKCS1(
        _ reader: inout DERReader, algorithm: KeyAlgorithm, encoding: Encoding, attributeCount: Int,
        publicKey: [UInt8]? = nil, pssParameters: [UInt8]? = nil
    ) throws -> PrivateKey {
        let bytes = reader.bytes
        return try reader.readSequence { seq in
            let version = try keyField("version") { try seq.readKeyInteger(in: 0...1, "version") }
            func positive(_ name: String) throws -> Range<Int> {
                try keyField(name) {
                    let start = seq.position
                    let range = try seq.readUnsignedIntegerBytes()
                    guard bytes[range].contains(where: { $0 != 0 }) else {
                        throw KeyFileError(.invalid("\(name) is zero"), context: name, offset: start)
                    }
                    return range
                }
            }
            let modulus = try positive("modulus")
            let exponent = try positive("publicExponent")
            for name in ["privateExponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"] {
                _ = try positive(name)
            }
            var primes = 2
            if version == 1 {
                // OtherPrimeInfos ::= SEQUENCE SIZE(1..MAX) OF OtherPrimeInfo (A.1.2).
                let start = seq.position
                try keyField("otherPrimeInfos") {
                    try seq.readSequence { infos in
                        while !infos.isAtEnd {
                            try infos.readSequence { info in
                                // prime, exponent, coefficient.
                                for _ in 0..<3 { _ = try info.readUnsignedIntegerBytes() }
                            }
                            primes += 1
                        }
                    }
                }
                guard primes > 2 else {
                    throw KeyFileError(.invalid("version 1 (multi-prime) with an empty otherPrimeInfos"),
                                       context: "otherPrimeInfos", offset: start)
                }
            } else if !seq.isAtEnd {
                throw KeyFileError(.invalid("version 0 key with otherPrimeInfos (RFC 8017 A.1.2 requires version 1)"),
                                   context: "otherPrimeInfos", offset: seq.position)
            }
            return PrivateKey(
                algorithm: algorithm, encoding: encoding, rsaModulus: Array(bytes[modulus]),
                rsaPublicExponent: Array(bytes[exponent]), rsaPrimeCount: primes, embeddedPublicKey: publicKey,
                attributeCount: attributeCount, pssParameters: pssParameters)
        }
    }
}
