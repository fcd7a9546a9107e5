/// PBES2 decryption (RFC 8018 section 6.2.2): PBKDF2 derives the key, a CBC cipher
/// decrypts. This is what protects `openssl pkcs8 -topk8` keys and OpenSSL 3 PKCS#12 files.
/// The caller parses `PBES2-params` (section A.4) and passes the values here. For
/// decrypting files offline; cap `iterations` before calling if the file is untrusted.
public enum PBES2 {
    /// Derives the key and decrypts.
    ///
    /// - Parameters:
    ///   - ciphertext: the encrypted data (for PKCS#8, the `encryptedData` OCTET STRING).
    ///   - password: the password bytes, usually UTF-8.
    ///   - salt: the PBKDF2 salt (`specified` OCTET STRING).
    ///   - iterations: the PBKDF2 iteration count.
    ///   - keyLength: the optional PBKDF2 `keyLength`; when present it must equal the
    ///     cipher's key size.
    ///   - prf: the PBKDF2 PRF's hash (`hmacWithSHA256` is `.sha256`; the default in RFC
    ///     8018 is HMAC-SHA-1).
    ///   - cipher: the encryption scheme.
    ///   - iv: the IV from the encryption scheme's parameters.
    /// - Throws: ``CryptoError/malformed(_:)`` for out-of-range parameters,
    ///   ``CryptoError/invalidPadding`` when decryption fails (usually a wrong password).
    public static func decrypt(
        _ ciphertext: ArraySlice<UInt8>, password: [UInt8], salt: [UInt8], iterations: Int,
        keyLength: Int? = nil, prf: HashAlgorithm = .sha1, cipher: CBCCipher, iv: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        if let keyLength, keyLength != cipher.keySize {
            throw .malformed("PBES2: keyLength \(keyLength) does not match \(cipher.name) (\(cipher.keySize) bytes)")
        }
        let key = try PBKDF2.deriveKey(
            password: password, salt: salt, iterations: iterations, keyLength: cipher.keySize, prf: prf)
        return try cipher.decrypt(ciphertext, key: key, iv: iv)
    }

    /// Derives the key and decrypts; see the slice overload.
    public static func decrypt(
        _ ciphertext: [UInt8], password: [UInt8], salt: [UInt8], iterations: Int,
        keyLength: Int? = nil, prf: HashAlgorithm = .sha1, cipher: CBCCipher, iv: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        try decrypt(ciphertext[...], password: password, salt: salt, iterations: iterations,
                    keyLength: keyLength, prf: prf, cipher: cipher, iv: iv)
    }
}
