/// A DSA public key (FIPS 186-4 section 4.1) for signature verification (section 4.7):
/// the public value y and the domain parameters, which a certificate's key may omit and
/// inherit from its issuer (RFC 3279 section 2.3.2, ``inheriting(_:)``).
public struct DSAPublicKey: Sendable, Hashable {
    /// The public value y, big-endian without leading zeros.
    public let y: [UInt8]
    /// The domain parameters; nil when the SubjectPublicKeyInfo omits them.
    public let parameters: DSAParameters?

    /// A key from y (big-endian) and its parameters. Throws `CryptoError.malformed` unless
    /// 1 < y < p when the parameters are known.
    public init(y: some Collection<UInt8>, parameters: DSAParameters?) throws(CryptoError) {
        let value = BigUInt(bigEndian: Array(y)[...])
        guard value.bitWidth <= DSAParameters.maximumModulusBits else {
            throw .malformed("DSA public key: y wider than \(DSAParameters.maximumModulusBits) bits")
        }
        if let parameters {
            guard BigUInt(1) < value, value < parameters.prime else {
                throw .malformed("DSA public key: y is not in [2, p - 1]")
            }
        }
        self.y = value.bigEndianBytes
        self.parameters = parameters
    }

    /// This key with `parameters` applied, for a key that omits its own (RFC 3279 section
    /// 2.3.2: the issuer's parameters apply when the issuer signed with DSA). A key that has
    /// parameters keeps them.
    public func inheriting(_ parameters: DSAParameters) throws(CryptoError) -> DSAPublicKey {
        if self.parameters != nil { return self }
        return try DSAPublicKey(y: y, parameters: parameters)
    }

    /// True when `derSignature` (Dss-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }, RFC 3279
    /// section 2.2.2) is a valid signature of `message` hashed with `hash` (FIPS 186-4
    /// section 4.7). False for a malformed signature, r or s outside [1, q - 1], or a key
    /// without domain parameters.
    public func isValidSignature(derSignature: ArraySlice<UInt8>, message: ArraySlice<UInt8>, hash: HashAlgorithm) -> Bool {
        guard let parameters, let (rBytes, sBytes) = ECDSASignatureDER.parse(derSignature) else { return false }
        let q = parameters.order
        let r = BigUInt(bigEndian: rBytes)
        let s = BigUInt(bigEndian: sBytes)
        // 4.7 step 1: 0 < r < q and 0 < s < q.
        guard !r.isZero, !s.isZero, r < q, s < q else { return false }
        // Step 2: w = s^-1 mod q (q is prime: s^(q-2) by Fermat), z = the leftmost
        // min(N, outlen) bits of Hash(M).
        let two = BigUInt(2)
        guard q.bitWidth > 2 else { return false }
        let qMinusTwo = DSAArithmetic.subtract(q, two)
        guard let w = parameters.orderModulus.power(s, exponent: qMinusTwo) else { return false }
        let digest = hash.hash(message)
        let n = q.bitWidth
        var z = BigUInt(bigEndian: digest[...])
        if digest.count * 8 > n {
            z = DSAArithmetic.shiftedRight(z, by: digest.count * 8 - n)
        }
        // Step 3: u1 = z*w mod q, u2 = r*w mod q, v = ((g^u1 * y^u2) mod p) mod q.
        let u1 = DSAArithmetic.multiply(DSAArithmetic.remainder(z, q), w, modulo: q)
        let u2 = DSAArithmetic.multiply(r, w, modulo: q)
        let yValue = BigUInt(bigEndian: y[...])
        guard let gu1 = parameters.modulus.power(parameters.generator, exponent: u1),
            let yu2 = parameters.modulus.power(yValue, exponent: u2)
        else { return false }
        let v = DSAArithmetic.remainder(DSAArithmetic.multiply(gu1, yu2, modulo: parameters.prime), q)
        // Step 4: the signature verifies when v = r.
        return v == r
    }
}
