/// Errors raised by the verify-only cryptography in PureX509Crypto.
///
/// A signature that is well formed but does not verify is reported as `false` by the
/// verifiers; these errors are for inputs that cannot be evaluated at all.
public enum CryptoError: Error, Equatable, Sendable {
    /// The algorithm (named by its dotted OID or a short description) is not implemented.
    case unsupportedAlgorithm(String)
    /// A key, parameter or signature is structurally invalid; the text says what and where.
    case malformed(String)
    /// A key that is well formed but below the accepted strength (for example an RSA
    /// modulus under 1024 bits); the text says what and the limit.
    case weakKey(String)
    /// The signature algorithm cannot be used with this key (an ECDSA algorithm with an RSA
    /// key, a PKCS#1 v1.5 algorithm with an RSASSA-PSS-only key, PSS parameters the key's
    /// own parameters forbid); the text names both sides.
    case keyAlgorithmMismatch(String)
    /// CBC decryption ended in bytes that are not valid PKCS#7 padding (RFC 5652 section
    /// 6.3, RFC 8018 section 6.1.1): almost always a wrong password or key, otherwise
    /// corrupted ciphertext.
    case invalidPadding
}
