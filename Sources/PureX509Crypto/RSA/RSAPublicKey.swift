import PureX509ASN1

/// An RSA public key for signature verification (RFC 8017 section 3.1).
///
/// Built once per key and reused: the constructor checks the key and precomputes the
/// Montgomery constants of the modulus (-n^-1 mod 2^64 and R^2 mod n), so each verification
/// costs one modular exponentiation with the public exponent and no setup.
///
/// Accepted keys (checked by every initializer):
/// - the modulus is odd and has 1024 to 8192 bits; 512 to 1023 bits only when
///   `allowWeakKeys` is true (for reading old material: such keys are factorable and a
///   signature made with them proves nothing), anything smaller or larger never;
/// - the public exponent is odd, greater than 1 and less than the modulus (RFC 8017
///   section 3.1 asks for 3 <= e <= n - 1; an even e cannot be an RSA exponent). Small
///   exponents such as 3 are accepted: NIST's e > 2^16 rule is about key generation, and
///   the strict encoding comparison of the verifiers makes e = 3 forgeries impossible.
/// - the public exponent has at most 33 bits (`maximumExponentBitCount`), as BoringSSL and
///   Go require: verification costs one square per exponent bit, so a hostile certificate
///   with an 8192-bit exponent would cost about a second per signature check and could
///   exhaust a path builder's time. Real keys use 65537 (17 bits) or 3.
public struct RSAPublicKey: Sendable, Hashable {
    /// The largest public exponent accepted, in bits (2^33 - 1).
    public static let maximumExponentBitCount = 33
    /// The smallest modulus accepted by default, in bits.
    public static let minimumBitCount = 1024
    /// The smallest modulus accepted with `allowWeakKeys`, in bits.
    public static let minimumWeakBitCount = 512
    /// The largest modulus accepted, in bits.
    public static let maximumBitCount = 8192

    /// The modulus n with its Montgomery constants.
    let modulusContext: BigMontgomeryModulus
    /// The public exponent e.
    let exponentValue: BigUInt
    /// The size of the modulus in bits.
    public let bitCount: Int

    /// Creates a key from the big-endian magnitudes of the modulus and the public exponent
    /// (leading zero bytes are ignored).
    ///
    /// - Throws: `CryptoError.malformed` for an even modulus or an invalid exponent,
    ///   `CryptoError.weakKey` for a modulus below the minimum, `CryptoError.unsupportedAlgorithm`
    ///   for one above 8192 bits.
    public init(
        modulus: ArraySlice<UInt8>, exponent: ArraySlice<UInt8>, allowWeakKeys: Bool = false
    ) throws(CryptoError) {
        let n = BigUInt(bigEndian: modulus)
        let e = BigUInt(bigEndian: exponent)
        let bits = n.bitWidth
        let minimum = allowWeakKeys ? Self.minimumWeakBitCount : Self.minimumBitCount
        guard bits >= minimum else {
            throw .weakKey("RSA modulus of \(bits) bits is below the minimum of \(minimum) bits")
        }
        guard bits <= Self.maximumBitCount else {
            throw .unsupportedAlgorithm("RSA modulus of \(bits) bits (maximum \(Self.maximumBitCount))")
        }
        guard n.isOdd else { throw .malformed("RSA modulus is even") }
        guard e.isOdd, e.bitWidth > 1 else {
            throw .malformed("RSA public exponent must be odd and greater than 1")
        }
        guard e < n else { throw .malformed("RSA public exponent is not less than the modulus") }
        guard e.bitWidth <= Self.maximumExponentBitCount else {
            throw .unsupportedAlgorithm("RSA public exponent of \(e.bitWidth) bits (maximum \(Self.maximumExponentBitCount))")
        }
        guard let context = BigMontgomeryModulus(n) else { throw .malformed("RSA modulus is invalid") }
        modulusContext = context
        exponentValue = e
        bitCount = bits
    }

    /// Creates a key from the big-endian magnitudes of the modulus and the public exponent.
    public init(modulus: [UInt8], exponent: [UInt8], allowWeakKeys: Bool = false) throws(CryptoError) {
        try self.init(modulus: modulus[...], exponent: exponent[...], allowWeakKeys: allowWeakKeys)
    }

    /// The size of the modulus in bytes, which is the length of every signature (k in
    /// RFC 8017).
    public var byteCount: Int { (bitCount + 7) / 8 }

    /// The modulus as a minimal big-endian magnitude.
    public var modulus: [UInt8] { modulusContext.value.bigEndianBytes }

    /// The public exponent as a minimal big-endian magnitude.
    public var exponent: [UInt8] { exponentValue.bigEndianBytes }

    /// Two keys are equal when modulus and exponent are.
    public static func == (lhs: RSAPublicKey, rhs: RSAPublicKey) -> Bool {
        lhs.modulusContext.limbs == rhs.modulusContext.limbs && lhs.exponentValue == rhs.exponentValue
    }

    /// Hashes modulus and exponent.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(modulusContext.limbs)
        hasher.combine(exponentValue)
    }

    /// RSAVP1 (RFC 8017 section 5.2.2) followed by I2OSP: `signature^e mod n` as `outputCount`
    /// big-endian bytes. Nil when the signature does not have exactly `byteCount` bytes
    /// (RFC 8017 sections 8.1.2 and 8.2.2 step 1), when its value is not below n ("signature
    /// representative out of range"), or when the result does not fit `outputCount` bytes.
    func encodedMessage(from signature: ArraySlice<UInt8>, outputCount: Int) -> [UInt8]? {
        guard signature.count == byteCount else { return nil }
        return modulusContext.power(bigEndian: signature, exponent: exponentValue, outputCount: outputCount)
    }
}
