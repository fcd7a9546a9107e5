/// Why an X25519 key or key exchange was refused.
package enum X25519Error: Error, Equatable, Sendable {
    /// A scalar, private key, public key or u-coordinate is not 32 bytes; `field` names
    /// which, `length` is what was given.
    case invalidLength(field: String, length: Int)
    /// The shared secret is all zeros: the peer's public key is a point of small order
    /// (RFC 7748 section 6.1, RFC 8446 section 7.4.2). The handshake must be aborted.
    case allZeroSharedSecret
}
