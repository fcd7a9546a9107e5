/// One element of a PKCS#12 `AuthenticatedSafe` (RFC 7292 section 4.1): how it is
/// protected, how many bags were read from it, and why it could not be read if it could not.
public struct PKCS12SafeContents: Sendable {
    /// How the SafeContents is protected.
    public enum Protection: Hashable, Sendable {
        /// `data`: in the clear (the bags inside may still be shrouded keys).
        case none
        /// `encryptedData` with a password-based scheme.
        case password(PasswordBasedEncryption)
        /// `envelopedData`: encrypted to a public key (not supported).
        case publicKey
        /// Another content type.
        case other(String)
    }

    /// How it is protected.
    public let protection: Protection
    /// The number of bags read from it (0 when it could not be read).
    public let bagCount: Int
    /// Why it could not be read, if it could not (for example RC4 encryption).
    public let problem: KeyFileError?
}
