/// The CBC-mode ciphers that protect PKCS#8 `EncryptedPrivateKeyInfo` and PKCS#12 bags,
/// with PKCS#7 padding. For decrypting such files offline; encryption is provided for tests
/// and round trips.
///
/// ```swift
/// let key = try PBKDF2.deriveKey(password: pw, salt: salt, iterations: 2048,
///                                keyLength: CBCCipher.aes256.keySize, prf: .sha256)
/// let der = try CBCCipher.aes256.decrypt(encrypted, key: key, iv: iv)
/// ```
public enum CBCCipher: Sendable, Hashable, CaseIterable {
    /// AES-128-CBC (`aes128-CBC-PAD`, RFC 8018 appendix B.2.5).
    case aes128
    /// AES-192-CBC (`aes192-CBC-PAD`).
    case aes192
    /// AES-256-CBC (`aes256-CBC-PAD`).
    case aes256
    /// DES-EDE3-CBC (`des-EDE3-CBC`, RFC 8018 appendix B.2.2), three-key triple DES.
    case tripleDES

    /// Key length in bytes.
    public var keySize: Int {
        switch self {
        case .aes128: 16
        case .aes192: 24
        case .aes256: 32
        case .tripleDES: 24
        }
    }

    /// Block length in bytes, which is also the IV length.
    public var blockSize: Int {
        switch self {
        case .aes128, .aes192, .aes256: AES.blockSize
        case .tripleDES: TripleDES.blockSize
        }
    }

    /// A short name such as "AES-256-CBC".
    public var name: String {
        switch self {
        case .aes128: "AES-128-CBC"
        case .aes192: "AES-192-CBC"
        case .aes256: "AES-256-CBC"
        case .tripleDES: "DES-EDE3-CBC"
        }
    }

    /// Decrypts `ciphertext` and removes the PKCS#7 padding.
    /// - Throws: ``CryptoError/malformed(_:)`` for a key, IV or ciphertext of the wrong
    ///   length; ``CryptoError/invalidPadding`` when the padding is wrong (usually a wrong
    ///   password).
    public func decrypt(_ ciphertext: ArraySlice<UInt8>, key: [UInt8], iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try checkKey(key)
        let result: Result<[UInt8], CryptoError> = ciphertext.withUnsafeBytes { bytes in
            do throws(CryptoError) {
                switch self {
                case .aes128, .aes192, .aes256:
                    return .success(try CBC.decrypt(bytes, cipher: try AES(key: key), iv: iv, name: name))
                case .tripleDES:
                    return .success(try CBC.decrypt(bytes, cipher: try TripleDES(key: key), iv: iv, name: name))
                }
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decrypts `ciphertext` and removes the PKCS#7 padding; see the slice overload.
    public func decrypt(_ ciphertext: [UInt8], key: [UInt8], iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try decrypt(ciphertext[...], key: key, iv: iv)
    }

    /// Pads `plaintext` (PKCS#7) and encrypts it.
    /// - Throws: ``CryptoError/malformed(_:)`` for a key or IV of the wrong length.
    public func encrypt(_ plaintext: [UInt8], key: [UInt8], iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try checkKey(key)
        let result: Result<[UInt8], CryptoError> = plaintext.withUnsafeBytes { bytes in
            do throws(CryptoError) {
                switch self {
                case .aes128, .aes192, .aes256:
                    return .success(try CBC.encrypt(bytes, cipher: try AES(key: key), iv: iv, name: name))
                case .tripleDES:
                    return .success(try CBC.encrypt(bytes, cipher: try TripleDES(key: key), iv: iv, name: name))
                }
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func checkKey(_ key: [UInt8]) throws(CryptoError) {
        guard key.count == keySize else {
            throw .malformed("\(name): key must be \(keySize) bytes, got \(key.count)")
        }
    }
}
