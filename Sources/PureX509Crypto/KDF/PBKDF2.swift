/// PBKDF2 (RFC 8018 section 5.2) with HMAC as the pseudorandom function: the key
/// derivation of PBES2, which protects PKCS#8 `EncryptedPrivateKeyInfo` and modern
/// PKCS#12 files. For decrypting such files offline; the iteration count comes from the
/// file, so callers facing untrusted files should cap it before calling.
public enum PBKDF2 {
    /// Derives `keyLength` bytes from `password` and `salt` with HMAC-`prf`.
    ///
    /// - Parameters:
    ///   - password: the password bytes (PBES2 uses them as given, usually UTF-8).
    ///   - salt: the salt from the PBKDF2 parameters.
    ///   - iterations: the iteration count `c`, at least 1.
    ///   - keyLength: `dkLen` in bytes, from 1 to 65536. RFC 8018 allows up to
    ///     `(2^32 - 1) * hLen`; the lower limit keeps a hostile parameter from allocating
    ///     gigabytes, and real keys are at most 64 bytes.
    ///   - prf: the hash of the HMAC PRF (RFC 8018 appendix B.1: SHA-1, SHA-224, SHA-256,
    ///     SHA-384, SHA-512, SHA-512/256; every ``HashAlgorithm`` is accepted).
    /// - Throws: ``CryptoError/malformed(_:)`` for an iteration count or key length out of range.
    public static func deriveKey(
        password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int, prf: HashAlgorithm
    ) throws(CryptoError) -> [UInt8] {
        switch prf {
        case .md5: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: InsecureMD5.self)
        case .sha1: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA1.self)
        case .sha224: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA224.self)
        case .sha256: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA256.self)
        case .sha384: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA384.self)
        case .sha512: try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA512.self)
        case .sha512_256:
            try deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: SHA512_256.self)
        }
    }

    /// Derives `keyLength` bytes with HMAC over the hash type `H`; see the ``HashAlgorithm``
    /// overload for the parameters.
    public static func deriveKey<H: HashFunction>(
        password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int, hash: H.Type
    ) throws(CryptoError) -> [UInt8] {
        guard iterations >= 1 else {
            throw .malformed("PBKDF2: iteration count \(iterations) is not positive")
        }
        let hLen = H.digestSize
        // RFC 8018 section 5.2 step 1 rejects dkLen > (2^32 - 1) * hLen; we stop far earlier.
        guard keyLength >= 1, keyLength <= 65536 else {
            throw .malformed("PBKDF2: derived key length \(keyLength) is out of range")
        }
        if let builtIn = H.self as? any MerkleDamgardHash.Type {
            return deriveKeyWithCompressor(
                password: password, salt: salt, iterations: iterations, keyLength: keyLength, hash: builtIn)
        }
        // Any other HashFunction: HMAC through the public API. The keyed state is computed
        // once; each iteration copies it.
        let keyed = HMAC<H>(key: password)
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength)
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            // U_1 = PRF(P, S || INT(i)); T_i = U_1 ^ U_2 ^ ... ^ U_c (step 3).
            var mac = keyed
            mac.update(salt)
            mac.update([UInt8(truncatingIfNeeded: blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                        UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex)])
            var u = mac.finalize()
            var t = u
            if iterations > 1 {
                for _ in 2...iterations {
                    var next = keyed
                    next.update(u)
                    u = next.finalize()
                    for j in 0..<hLen { t[j] ^= u[j] }
                }
            }
            derived += t.prefix(keyLength - derived.count)
            blockIndex &+= 1
        }
        return derived
    }
}
