/// The DSA public value y = g^x mod p (FIPS 186-4 section 4.1) from the private value x.
///
/// For matching a DSA private key to a certificate offline only: a PKCS#8 DSA key holds x
/// and the domain parameters but not y. PureX509 does not sign. x is secret, and this
/// exponentiation is **variable-time** (left-to-right square-and-multiply): do not run it
/// where an attacker can time it repeatedly. Copies of x in the big-integer arithmetic are
/// not wiped.
public enum DSAKeyDerivation {
    /// The widest p accepted, in bits (OpenSSL's `OPENSSL_DSA_MAX_MODULUS_BITS`).
    public static let maximumModulusBits = 10_000
    /// The widest q (and x) accepted, in bits.
    public static let maximumOrderBits = 512

    /// y = g^x mod p as big-endian bytes, as long as p (leading zeros kept), so it can be
    /// compared with the INTEGER of a SubjectPublicKeyInfo after stripping leading zeros.
    ///
    /// - Parameters:
    ///   - p: the prime modulus of the domain parameters (Dss-Parms, RFC 3279 section
    ///     2.3.2), big-endian unsigned.
    ///   - q: the subgroup order, big-endian unsigned; may be empty when unknown, and x is
    ///     then only checked against p.
    ///   - g: the generator, big-endian unsigned.
    ///   - x: the private value, big-endian unsigned.
    /// - Throws: ``DSAKeyError`` when p, g or x is out of range.
    public static func publicValue(
        p: some Collection<UInt8>, q: some Collection<UInt8>, g: some Collection<UInt8>, x: some Collection<UInt8>
    ) throws(DSAKeyError) -> [UInt8] {
        let prime = BigUInt(bigEndian: Array(p)[...])
        guard prime.bitWidth <= maximumModulusBits, let modulus = BigMontgomeryModulus(prime) else {
            throw .unusableModulus
        }
        let generator = BigUInt(bigEndian: Array(g)[...])
        guard BigUInt(1) < generator, generator < prime else { throw .generatorOutOfRange }
        let exponent = BigUInt(bigEndian: Array(x)[...])
        let order = BigUInt(bigEndian: Array(q)[...])
        // The exponent's width bounds the work (one squaring per bit).
        guard order.bitWidth <= maximumOrderBits, exponent.bitWidth <= maximumOrderBits else {
            throw .unusableSubgroupOrder
        }
        let bound = order.isZero ? prime : order
        guard !exponent.isZero, exponent < bound else { throw .privateValueOutOfRange }
        guard let y = modulus.power(generator, exponent: exponent), let bytes = y.bigEndianBytes(count: prime.byteWidth) else {
            // Unreachable: g < p, and y < p fits p's byte count.
            throw .generatorOutOfRange
        }
        return bytes
    }
}
