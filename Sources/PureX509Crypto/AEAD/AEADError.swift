/// Why an authenticated encryption (``AESGCM``, ``ChaCha20Poly1305``) refused its input.
///
/// `open` throws before it produces any plaintext: a caller never sees bytes that failed
/// authentication.
package enum AEADError: Error, Equatable, Sendable {
    /// The tag does not match the ciphertext, nonce, additional data and key: the message
    /// was altered, or a key or nonce is wrong. No plaintext is released.
    case authenticationFailure
    /// The key length is not one the algorithm takes; `algorithm` names it.
    case invalidKeyLength(algorithm: String, length: Int)
    /// The nonce length is not one the algorithm takes (ChaCha20-Poly1305: 12 bytes;
    /// AES-GCM: 1 byte to 1 MiB, 12 recommended and used by TLS).
    case invalidNonceLength(algorithm: String, length: Int)
    /// The sealed input is shorter than the 16-byte tag it must end with.
    case ciphertextTooShort(length: Int)
    /// The message is longer than the algorithm's per-nonce limit (AES-GCM: 2^36 - 32 bytes,
    /// NIST SP 800-38D section 5.2.1.1; ChaCha20-Poly1305: 2^38 - 64 bytes, RFC 8439 2.8).
    case messageTooLong(length: Int)
}
