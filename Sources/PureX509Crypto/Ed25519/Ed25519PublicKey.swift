/// An Ed25519 public key (RFC 8032 5.1.5) that verifies signatures (RFC 8032 5.1.7).
///
/// Verification is variable-time: it works on public data only.
public struct Ed25519PublicKey: Sendable, Equatable {
    /// The 32-byte encoding of the key, as given.
    public let rawRepresentation: [UInt8]
    private let point: EdwardsPoint

    /// Decodes a 32-byte public key (RFC 8032 5.1.3). Rejects a wrong length, a non-canonical
    /// y (y ≥ p), an x = 0 with the sign bit set, and a y for which no x exists.
    public init(rawRepresentation: some Collection<UInt8>) throws(Ed25519KeyError) {
        let bytes = Array(rawRepresentation)
        switch EdwardsPoint.decode(bytes[...]) {
        case .success(let point):
            self.point = point
            self.rawRepresentation = bytes
        case .failure(let error):
            throw error
        }
    }

    /// Derives the public key for a 32-byte private key seed (RFC 8032 5.1.5): hash the seed
    /// with SHA-512, clamp the first half into the secret scalar s, encode `[s]B`.
    ///
    /// For matching a private key to a certificate offline only; PureX509 does not sign.
    /// The seed is secret, but this multiplication is **variable-time** (wNAF over a public
    /// table): do not run it where an attacker can time it repeatedly. The scratch copies of
    /// the expanded secret made here are overwritten with zeros before returning; copies the
    /// optimizer keeps in registers or on the stack are beyond reach.
    public init(derivingFromPrivateKeySeed seed: some Collection<UInt8>) throws(Ed25519KeyError) {
        var seedBytes = Array(seed)
        defer { for i in seedBytes.indices { seedBytes[i] = 0 } }
        guard seedBytes.count == 32 else {
            throw .invalidLength(expected: 32, actual: seedBytes.count)
        }
        var expanded = SHA512.hash(seedBytes)
        defer { for i in expanded.indices { expanded[i] = 0 } }
        // RFC 8032 5.1.5 step 2: clear the low 3 bits and bit 255, set bit 254.
        expanded[0] &= 248
        expanded[31] &= 127
        expanded[31] |= 64
        var scalar = Ed25519.words(littleEndian: expanded[0..<32])
        defer { for i in scalar.indices { scalar[i] = 0 } }
        let point = Ed25519.multiplyBase(scalar)
        self.rawRepresentation = point.encoded
        self.point = point
    }

    /// Whether `signature` (exactly 64 bytes, `R || S`) is a valid Ed25519 signature of
    /// `message` under this key (RFC 8032 5.1.7, cofactorless equation `[S]B = R + [k]A`).
    /// Rejects S ≥ L and any R that is not the canonical encoding of the computed point.
    public func isValidSignature(_ signature: ArraySlice<UInt8>, message: ArraySlice<UInt8>) -> Bool {
        Ed25519.verify(publicKey: point, encodedKey: rawRepresentation, signature: signature, message: message)
    }

    public static func == (a: Ed25519PublicKey, b: Ed25519PublicKey) -> Bool {
        a.rawRepresentation == b.rawRepresentation
    }
}
