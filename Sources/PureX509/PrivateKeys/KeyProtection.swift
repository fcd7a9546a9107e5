/// How a private key was protected in its file.
public enum KeyProtection: Hashable, Sendable {
    /// PKCS#8 `EncryptedPrivateKeyInfo` (RFC 5208 section 6, RFC 5958 section 3): PEM
    /// `ENCRYPTED PRIVATE KEY`, or a PKCS#12 shrouded key bag.
    case pkcs8(PasswordBasedEncryption)
    /// OpenSSL's legacy PEM encryption: `Proc-Type: 4,ENCRYPTED` and `DEK-Info` headers
    /// (RFC 1421 section 4.6.1.1) over a PKCS#1, SEC 1 or DSA key, the cipher key derived
    /// with one round of MD5 (`EVP_BytesToKey`).
    case legacyPEM(LegacyPEMEncryption)
    /// A Java keystore's key protection (JKS's SHA-1 keystream, JCEKS's
    /// PBEWithMD5AndTripleDES), by name.
    case javaKeyStore(String)

    /// A short description: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)",
    /// "legacy OpenSSL PEM encryption (AES-256-CBC)".
    public var name: String {
        switch self {
        case .pkcs8(let scheme): return scheme.name
        case .legacyPEM(let legacy): return "legacy OpenSSL PEM encryption (\(legacy.cipherName))"
        case .javaKeyStore(let name): return name
        }
    }
}
