extension X25519 {
    /// An X25519 private key: 32 bytes, clamped when used (RFC 7748 section 5).
    ///
    /// Made fresh for each handshake from the operating system's random source with
    /// ``init()``; ``init(rawRepresentation:)`` exists for known-answer tests.
    package struct PrivateKey: Sendable {
        /// The 32 private bytes as given or drawn (before clamping).
        package let rawRepresentation: [UInt8]

        /// Draws a new key from the operating system's random source (``SystemRandom``).
        /// - Throws: ``SystemRandomError`` if no random bytes can be had; never falls back
        ///   to a weaker source.
        package init() throws(SystemRandomError) {
            rawRepresentation = try SystemRandom.bytes(count: X25519.keySize)
        }

        /// Uses 32 given bytes as the key.
        /// - Throws: ``X25519Error/invalidLength(field:length:)`` for any other length.
        package init(rawRepresentation: [UInt8]) throws(X25519Error) {
            guard rawRepresentation.count == X25519.keySize else {
                throw .invalidLength(field: "private key", length: rawRepresentation.count)
            }
            self.rawRepresentation = rawRepresentation
        }

        /// The public key `X25519(k, 9)` (RFC 7748 section 6.1): the key share to send.
        package var publicKey: [UInt8] {
            // Both inputs are 32 bytes by construction, so this cannot throw.
            (try? X25519.scalarMultiply(scalar: rawRepresentation, uCoordinate: X25519.basePoint)) ?? []
        }

        /// The shared secret `X25519(k, peer)` (RFC 7748 section 6.1).
        ///
        /// - Throws: ``X25519Error/invalidLength(field:length:)`` unless `peerPublicKey` is 32
        ///   bytes; ``X25519Error/allZeroSharedSecret`` when the peer sent a low-order point,
        ///   which RFC 7748 section 6.1 allows to be checked and RFC 8446 section 7.4.2
        ///   requires TLS 1.3 clients to reject. The check runs over all 32 bytes without an
        ///   early exit.
        package func sharedSecret(with peerPublicKey: [UInt8]) throws(X25519Error) -> [UInt8] {
            let secret = try X25519.scalarMultiply(scalar: rawRepresentation, uCoordinate: peerPublicKey)
            var accumulated: UInt8 = 0
            for byte in secret { accumulated |= byte }
            guard accumulated != 0 else { throw .allZeroSharedSecret }
            return secret
        }
    }
}
