extension ECDH {
    /// An ephemeral ECDH private key: a scalar `1 <= d < n`.
    package struct PrivateKey: Sendable {
        /// The curve.
        package let curve: ECCurve
        /// The scalar d, big-endian, `curve.byteCount` bytes.
        package let rawRepresentation: [UInt8]

        /// Draws a scalar uniformly from `[1, n-1]` with the operating system's random source
        /// (rejection sampling on `orderBitCount` random bits; for P-256 a draw is rejected
        /// with probability about 2^-32).
        /// - Throws: ``SystemRandomError`` if the random source fails.
        package init(curve: ECCurve) throws(SystemRandomError) {
            self.curve = curve
            let topBits = curve.orderBitCount % 8
            while true {
                var candidate = try SystemRandom.bytes(count: curve.byteCount)
                if topBits != 0 { candidate[0] &= UInt8((1 << topBits) - 1) }
                if ECDH.isValidScalar(candidate, curve: curve) {
                    rawRepresentation = candidate
                    return
                }
            }
        }

        /// Uses a given scalar (for known-answer tests).
        /// - Throws: ``ECKeyError/invalidLength(expected:actual:)`` unless it is
        ///   `curve.byteCount` bytes; ``ECKeyError/privateScalarOutOfRange`` unless
        ///   `1 <= d < n`.
        package init(curve: ECCurve, rawRepresentation: [UInt8]) throws(ECKeyError) {
            guard rawRepresentation.count == curve.byteCount else {
                throw .invalidLength(expected: curve.byteCount, actual: rawRepresentation.count)
            }
            guard ECDH.isValidScalar(rawRepresentation, curve: curve) else { throw .privateScalarOutOfRange }
            self.curve = curve
            self.rawRepresentation = rawRepresentation
        }

        /// The public key `d·G` as an uncompressed point `04 || X || Y` (the TLS 1.3
        /// `UncompressedPointRepresentation`).
        package var publicKeyX963: [UInt8] {
            switch curve {
            case .p256: ECDH.publicKey(P256.self, rawRepresentation)
            case .p384: ECDH.publicKey(P384.self, rawRepresentation)
            case .p521: ECDH.publicKey(P521.self, rawRepresentation)
            }
        }

        /// The shared secret: the x-coordinate of `d·Q`, `curve.byteCount` big-endian bytes
        /// (SEC1 3.3.1, RFC 8446 7.4.2).
        ///
        /// - Parameter peerPublicKey: the peer's point, uncompressed (`04 || X || Y`) as TLS
        ///   1.3 requires; it is validated (coordinates below p, on the curve; the curves
        ///   have cofactor 1, so that puts it in the group).
        /// - Throws: ``ECKeyError`` for a point that is compressed, malformed, off the curve
        ///   or at infinity.
        package func sharedSecret(withX963 peerPublicKey: [UInt8]) throws(ECKeyError) -> [UInt8] {
            guard let first = peerPublicKey.first else { throw .invalidLength(expected: 1 + 2 * curve.byteCount, actual: 0) }
            guard first == 0x04 else { throw .unsupportedPointFormat(firstByte: first) }
            switch curve {
            case .p256: return try ECDH.sharedSecret(P256.self, rawRepresentation, peerPublicKey)
            case .p384: return try ECDH.sharedSecret(P384.self, rawRepresentation, peerPublicKey)
            case .p521: return try ECDH.sharedSecret(P521.self, rawRepresentation, peerPublicKey)
            }
        }
    }
}
