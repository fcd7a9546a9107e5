/// One entry of a Java keystore (JKS or JCEKS), under its alias.
public struct JavaKeyStoreEntry: Sendable {
    /// What the entry holds.
    public enum Content: Sendable {
        /// A `PrivateKeyEntry`: the protected key and its certificate chain (leaf first).
        /// `key` is the decrypted key when a password was given and it opened the key.
        case privateKey(key: PrivateKey?, chain: [Certificate])
        /// A `trustedCertEntry`: a certificate the store's owner trusts (a CA, usually).
        case trustedCertificate(Certificate)
    }

    /// The alias (keytool's `-alias`), as stored: keytool lower-cases aliases in JKS.
    public let alias: String
    /// The creation date, milliseconds since 1970-01-01 UTC, as stored.
    public let creationMilliseconds: UInt64
    /// What the entry holds.
    public let content: Content
    /// The byte offset of the entry in the file.
    public let offset: Int
    /// For a private key entry that was not decrypted: why (no password given, the key
    /// password differs from the password given, a scheme not supported).
    public let keyProblem: KeyFileError?
    /// The protection of the private key, as named by its algorithm (for example "JKS key
    /// protection (SHA-1 keystream)"); nil for trusted certificates.
    public let keyProtectionName: String?

    /// The certificates of the entry: the chain of a key entry, or the trusted certificate.
    public var certificates: [Certificate] {
        switch content {
        case .privateKey(_, let chain): return chain
        case .trustedCertificate(let certificate): return [certificate]
        }
    }

    /// "PrivateKeyEntry" or "trustedCertEntry", as keytool -list says.
    public var kindName: String {
        switch content {
        case .privateKey: return "PrivateKeyEntry"
        case .trustedCertificate: return "trustedCertEntry"
        }
    }
}
