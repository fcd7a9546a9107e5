/// HKDF (RFC 5869): the HMAC-based extract-then-expand key derivation function, over any
/// ``HashFunction`` (TLS 1.3 uses SHA-256 and SHA-384).
///
/// ```swift
/// let prk = HKDF<SHA256>.extract(salt: salt, inputKeyMaterial: sharedSecret)
/// let key = try HKDF<SHA256>.expand(pseudorandomKey: prk, info: info, outputLength: 16)
/// ```
///
/// The TLS 1.3 helpers `HKDF-Expand-Label` and `Derive-Secret` (RFC 8446 section 7.1) are
/// in an extension beside this file.
public enum HKDF<H: HashFunction> {
    /// The largest output `expand` may produce: 255 hash lengths (RFC 5869 section 2.3).
    public static var maximumOutputLength: Int { 255 * H.digestSize }

    /// HKDF-Extract (RFC 5869 section 2.2): `PRK = HMAC-Hash(salt, IKM)`.
    ///
    /// An empty `salt` stands for a string of `HashLen` zeros, as the RFC specifies (HMAC
    /// pads the key with zeros to the block size, so both give the same PRK).
    public static func extract(salt: [UInt8], inputKeyMaterial: [UInt8]) -> [UInt8] {
        let key = salt.isEmpty ? [UInt8](repeating: 0, count: H.digestSize) : salt
        return HMAC<H>.authenticationCode(for: inputKeyMaterial, key: key)
    }

    /// HKDF-Expand (RFC 5869 section 2.3): `T(1) | T(2) | ...` truncated to `outputLength`
    /// bytes, where `T(i) = HMAC-Hash(PRK, T(i-1) | info | i)`.
    ///
    /// - Throws: ``CryptoError/malformed(_:)`` if `outputLength` is negative or above
    ///   ``maximumOutputLength``, or if `pseudorandomKey` is shorter than the hash (the
    ///   RFC requires at least `HashLen` bytes).
    public static func expand(pseudorandomKey: [UInt8], info: [UInt8], outputLength: Int) throws(CryptoError) -> [UInt8] {
        guard outputLength >= 0, outputLength <= maximumOutputLength else {
            throw .malformed("HKDF: output length \(outputLength) is outside 0...\(maximumOutputLength)")
        }
        guard pseudorandomKey.count >= H.digestSize else {
            throw .malformed("HKDF: pseudorandom key of \(pseudorandomKey.count) bytes is shorter than the hash (\(H.digestSize))")
        }
        let keyed = HMAC<H>(key: pseudorandomKey)
        var output: [UInt8] = []
        output.reserveCapacity(outputLength)
        var previous: [UInt8] = []
        var counter: UInt8 = 1
        while output.count < outputLength {
            var mac = keyed
            mac.update(previous)
            mac.update(info)
            mac.update([counter])
            previous = mac.finalize()
            output += previous.prefix(outputLength - output.count)
            counter &+= 1  // at most 255 rounds: guarded above
        }
        return output
    }

    /// Extract then expand in one call (RFC 5869 section 2).
    public static func deriveKey(
        inputKeyMaterial: [UInt8], salt: [UInt8], info: [UInt8], outputLength: Int
    ) throws(CryptoError) -> [UInt8] {
        try expand(pseudorandomKey: extract(salt: salt, inputKeyMaterial: inputKeyMaterial), info: info, outputLength: outputLength)
    }
}
