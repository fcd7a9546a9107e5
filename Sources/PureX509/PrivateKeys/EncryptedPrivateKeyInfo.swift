import PureX509ASN1

/// A PKCS#8 `EncryptedPrivateKeyInfo` (RFC 5208 section 6, RFC 5958 section 3), PEM
/// `ENCRYPTED PRIVATE KEY`, also the value of a PKCS#12 shrouded key bag:
///
///     EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm AlgorithmIdentifier,
///         encryptedData OCTET STRING }
///
/// Reading it needs no password: the scheme is shown without decrypting. `decrypt` gives the
/// key (see ``PasswordBasedEncryption`` for the schemes supported).
public struct EncryptedPrivateKeyInfo: Sendable {
    /// How the key is encrypted.
    public let encryption: PasswordBasedEncryption
    /// The ciphertext.
    let encryptedData: [UInt8]

    /// Parses the DER encoding.
    public init(derEncoded bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        self = try keyField("EncryptedPrivateKeyInfo") {
            let info = try EncryptedPrivateKeyInfo.read(&reader)
            try reader.finish()
            return info
        }
    }

    init(encryption: PasswordBasedEncryption, encryptedData: [UInt8]) {
        self.encryption = encryption
        self.encryptedData = encryptedData
    }

    /// Reads one at the reader's position.
    static func read(_ reader: inout DERReader) throws -> EncryptedPrivateKeyInfo {
        let bytes = reader.bytes
        return try reader.readSequence { seq in
            let encryption = try keyField("encryptionAlgorithm") { try PasswordBasedEncryption.read(&seq) }
            let data = try keyField("encryptedData") { try seq.readOctetString() }
            return EncryptedPrivateKeyInfo(encryption: encryption, encryptedData: Array(bytes[data]))
        }
    }

    /// The size of the encrypted data in bytes.
    public var encryptedByteCount: Int { encryptedData.count }

    /// Decrypts with `password` and parses the PKCS#8 key inside. The decrypted bytes are
    /// zeroed once parsed.
    /// - Throws: `KeyFileError` `.wrongPassword` when the password does not decrypt the key,
    ///   `.unsupported` for a scheme this library does not implement, `.malformed`/`.invalid`
    ///   (context "decrypted PrivateKeyInfo") when the plaintext is not a valid key.
    public func decrypt(password: String) throws(KeyFileError) -> PrivateKey {
        var plaintext = try encryption.decrypt(
            encryptedData[...], password: password, context: "EncryptedPrivateKeyInfo",
            isPlausible: EncryptedPrivateKeyInfo.looksLikeDERSequence)
        defer { SecretBytes.wipe(&plaintext) }
        var key: PrivateKey
        do {
            key = try PrivateKey(pkcs8DER: plaintext)
        } catch {
            throw error.within("decrypted")
        }
        key.protection = .pkcs8(encryption)
        return key
    }

    /// True when `bytes` is exactly one DER SEQUENCE: what a correctly decrypted key is, and
    /// what random bytes with valid padding almost never are.
    static func looksLikeDERSequence(_ bytes: [UInt8]) -> Bool {
        guard bytes.first == 0x30 else { return false }
        var reader = DERReader(bytes)
        guard (try? reader.readElement()) != nil else { return false }
        return reader.isAtEnd
    }
}

extension EncryptedPrivateKeyInfo: CustomStringConvertible {
    /// "encrypted private key (PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations))".
    public var description: String { "encrypted private key (\(encryption.name))" }
}
