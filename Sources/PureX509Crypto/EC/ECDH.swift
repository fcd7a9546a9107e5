/// Elliptic-curve Diffie-Hellman over P-256, P-384 and P-521 (SEC1 3.3.1), for the TLS key
/// shares `secp256r1`, `secp384r1` and `secp521r1` (RFC 8446 4.2.8.2): the probe offers
/// X25519 and falls back to these only when a server answers with a HelloRetryRequest.
///
/// ```swift
/// let key = try ECDH.PrivateKey(curve: .p256)                 // from SystemRandom
/// let share = key.publicKeyX963                               // 04 || X || Y
/// let secret = try key.sharedSecret(withX963: serverShare)    // X coordinate, 32 bytes
/// ```
///
/// The private scalar is a secret, so the multiplication by it is not the variable-time
/// wNAF of ECDSA verification: it is a Montgomery ladder over every bit of the scalar with
/// masked conditional swaps and the complete addition formulas of `ProjectivePoint` (the
/// same field operations whatever the scalar and the points). The field arithmetic underneath
/// is the verification code's: its additions and Montgomery products end in a conditional
/// final subtraction written as a branch, which compilers usually (but are not bound to)
/// turn into a conditional move; and the range check `1 <= d < n` on a new scalar is an
/// ordinary comparison. That is weaker than X25519's guarantee; acceptable for a key used in
/// one handshake and then dropped, not for long-lived keys.
package enum ECDH {}

extension ECDH {
    static func isValidScalar(_ bytes: [UInt8], curve: ECCurve) -> Bool {
        func check<C: WeierstrassCurve>(_: C.Type) -> Bool {
            guard let d = C.Scalar(canonicalBigEndian: bytes[...]) else { return false }
            return !d.isZero
        }
        switch curve {
        case .p256: return check(P256.self)
        case .p384: return check(P384.self)
        case .p521: return check(P521.self)
        }
    }

    /// The little-endian 64-bit words of a big-endian scalar (a plain byte shuffle, no
    /// arithmetic on its value), padded to cover `orderBitCount` bits.
    private static func scalarWords<C: WeierstrassCurve>(_: C.Type, _ bytes: [UInt8]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: (C.orderBitCount + 63) / 64)
        for (i, byte) in bytes.reversed().enumerated() where i < 8 * words.count {
            words[i >> 3] |= UInt64(byte) << UInt64(8 * (i & 7))
        }
        return words
    }

    static func publicKey<C: WeierstrassCurve>(_: C.Type, _ scalar: [UInt8]) -> [UInt8] where C.Field: ConditionallySwappable {
        let point = ProjectivePoint<C>.multiply(C.generator, by: scalarWords(C.self, scalar))
        // 1 <= d < n: d·G is finite.
        guard let affine = point.affine else { return [] }
        return ECDSA<C>.encodeUncompressed(affine)
    }

    static func sharedSecret<C: WeierstrassCurve>(_: C.Type, _ scalar: [UInt8], _ peer: [UInt8]) throws(ECKeyError) -> [UInt8]
    where C.Field: ConditionallySwappable {
        let q = try ECDSA<C>.decodePublicKey(peer)
        let point = ProjectivePoint<C>.multiply(q, by: scalarWords(C.self, scalar))
        // Q in the prime-order group and 1 <= d < n: d·Q is finite.
        guard let affine = point.affine else { throw .pointAtInfinity }
        return affine.x.bigEndianBytes(count: C.byteCount)
    }
}
