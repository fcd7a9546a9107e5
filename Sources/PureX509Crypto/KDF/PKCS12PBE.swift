/// The PKCS#12 password-based encryption schemes (RFC 7292 appendix C) that this library
/// can decrypt: key and IV come from the PKCS#12 KDF with SHA-1, then a CBC cipher.
/// `pbeWithSHAAnd3-KeyTripleDES-CBC` is what OpenSSL before 3.0 (and many other tools)
/// write for keys and certificate bags. The RC2 and RC4 schemes are not implemented.
/// For decrypting files offline; cap `iterations` before calling if the file is untrusted.
public enum PKCS12PBE: Sendable, Hashable, CaseIterable {
    /// `pbeWithSHAAnd3-KeyTripleDES-CBC` (1.2.840.113549.1.12.1.3).
    case sha1And3KeyTripleDESCBC
    /// `pbeWithSHAAnd2-KeyTripleDES-CBC` (1.2.840.113549.1.12.1.4): a 16-byte key,
    /// K3 = K1.
    case sha1And2KeyTripleDESCBC

    /// Derives key and IV from `password` (already a BMPString, see
    /// ``PKCS12KDF/encodePassword(_:)``) and decrypts `ciphertext`.
    /// - Throws: ``CryptoError/malformed(_:)`` for out-of-range parameters,
    ///   ``CryptoError/invalidPadding`` when decryption fails (usually a wrong password).
    public func decrypt(
        _ ciphertext: ArraySlice<UInt8>, password: [UInt8], salt: [UInt8], iterations: Int
    ) throws(CryptoError) -> [UInt8] {
        let keyLength = self == .sha1And3KeyTripleDESCBC ? 24 : 16
        let key = try PKCS12KDF.deriveKey(
            password: password, salt: salt, iterations: iterations, keyLength: keyLength,
            purpose: .key, hash: .sha1)
        let iv = try PKCS12KDF.deriveKey(
            password: password, salt: salt, iterations: iterations, keyLength: TripleDES.blockSize,
            purpose: .iv, hash: .sha1)
        let cipher = try TripleDES(key: key)
        let result: Result<[UInt8], CryptoError> = ciphertext.withUnsafeBytes { bytes in
            do throws(CryptoError) {
                return .success(try CBC.decrypt(bytes, cipher: cipher, iv: iv, name: "PKCS#12 3DES"))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Derives key and IV and decrypts; see the slice overload.
    public func decrypt(
        _ ciphertext: [UInt8], password: [UInt8], salt: [UInt8], iterations: Int
    ) throws(CryptoError) -> [UInt8] {
        try decrypt(ciphertext[...], password: password, salt: salt, iterations: iterations)
    }
}
