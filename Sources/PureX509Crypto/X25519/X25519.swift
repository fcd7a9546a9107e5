/// X25519 Diffie-Hellman (RFC 7748 section 5 and 6.1): the key exchange of the probe's TLS
/// 1.3 handshake.
///
/// ```swift
/// let key = try X25519.PrivateKey()                  // from the operating system's random source
/// let share = key.publicKey                          // 32 bytes, sent in the key_share extension
/// let secret = try key.sharedSecret(with: peerShare) // 32 bytes, input to the key schedule
/// ```
///
/// This is the one place in PureX509 that handles a secret the project itself makes (the
/// ephemeral private key); everything else verifies public data. The scalar multiplication
/// is therefore written to run in constant time with respect to the scalar:
/// - a Montgomery ladder (RFC 7748 section 5) that performs the same field operations for
///   every bit, 255 iterations whatever the scalar's value;
/// - conditional swaps done with an all-zeros or all-ones mask and XOR, never a branch or a
///   table index that depends on a secret bit;
/// - field arithmetic in `Field25519` (radix 2^51, 64x64->128-bit multiplications, carries
///   by shifts and masks) without data-dependent branches, and the final inversion by a
///   fixed addition chain (Fermat), not a variable-time Euclid.
/// Bounds checks on arrays depend only on public lengths and loop counters. Swift gives no
/// guarantee that the optimizer keeps mask arithmetic branch-free; the ladder is plain
/// integer code that current compilers lower to straight-line instructions. Key memory is
/// not wiped after use (Swift arrays may be copied by the runtime); the key lives for one
/// handshake in a short-lived process.
package enum X25519 {
    /// Length of scalars, u-coordinates and shared secrets in bytes.
    package static var keySize: Int { 32 }

    /// The base point u = 9 (RFC 7748 section 4.1), little-endian.
    package static var basePoint: [UInt8] { [9] + [UInt8](repeating: 0, count: 31) }

    /// The function `X25519(k, u)` of RFC 7748 section 5: clamps `scalar` (`decodeScalar25519`),
    /// masks the top bit of `uCoordinate` (`decodeUCoordinate`; non-canonical values are
    /// accepted and reduced, as the RFC requires) and returns the u-coordinate of `k * u`.
    ///
    /// Returns all zeros for a low-order `u`; ``PrivateKey/sharedSecret(with:)`` rejects that
    /// result, this raw function does not (the RFC's test vectors need it).
    /// - Throws: ``X25519Error/invalidLength(field:length:)`` unless both inputs are 32 bytes.
    package static func scalarMultiply(scalar: [UInt8], uCoordinate: [UInt8]) throws(X25519Error) -> [UInt8] {
        guard scalar.count == keySize else { throw .invalidLength(field: "scalar", length: scalar.count) }
        guard uCoordinate.count == keySize else { throw .invalidLength(field: "u-coordinate", length: uCoordinate.count) }
        var k = scalar
        k[0] &= 248
        k[31] &= 127
        k[31] |= 64
        // Field25519(littleEndian:) ignores bit 255, which is decodeUCoordinate's mask.
        let u = Field25519(littleEndian: uCoordinate[...])
        return ladder(clampedScalar: k, u: u).bytes
    }

    /// The Montgomery ladder of RFC 7748 section 5, over bits 254 down to 0 of the clamped
    /// scalar; returns `x_2 / z_2` (the inverse of zero is zero, giving the all-zero output
    /// for low-order points).
    static func ladder(clampedScalar k: [UInt8], u x1: Field25519) -> Field25519 {
        let a24 = Field25519(121_665, 0, 0, 0, 0)  // (A - 2) / 4 with A = 486662
        var x2 = Field25519.one
        var z2 = Field25519.zero
        var x3 = x1
        var z3 = Field25519.one
        var swap: UInt64 = 0
        for t in stride(from: 254, through: 0, by: -1) {
            let bit = UInt64((k[t >> 3] >> UInt8(t & 7)) & 1)
            swap ^= bit
            Field25519.conditionalSwap(&x2, &x3, swap)
            Field25519.conditionalSwap(&z2, &z3, swap)
            swap = bit

            let a = x2 + z2
            let aa = a.squared()
            let b = x2 - z2
            let bb = b.squared()
            let e = aa - bb
            let c = x3 + z3
            let d = x3 - z3
            let da = d * a
            let cb = c * b
            x3 = (da + cb).squared()
            z3 = x1 * (da - cb).squared()
            x2 = aa * bb
            z2 = e * (aa + a24 * e)
        }
        Field25519.conditionalSwap(&x2, &x3, swap)
        Field25519.conditionalSwap(&z2, &z3, swap)
        return x2 * z2.inverse()
    }
}

extension Field25519 {
    /// Swaps `a` and `b` when `choice` is 1 and leaves them when it is 0, with the same
    /// instructions either way (RFC 7748 section 5, `cswap`). `choice` must be 0 or 1.
    @inline(__always)
    static func conditionalSwap(_ a: inout Field25519, _ b: inout Field25519, _ choice: UInt64) {
        let mask = 0 &- choice
        var t = mask & (a.l0 ^ b.l0); a.l0 ^= t; b.l0 ^= t
        t = mask & (a.l1 ^ b.l1); a.l1 ^= t; b.l1 ^= t
        t = mask & (a.l2 ^ b.l2); a.l2 ^= t; b.l2 ^= t
        t = mask & (a.l3 ^ b.l3); a.l3 ^= t; b.l3 ^= t
        t = mask & (a.l4 ^ b.l4); a.l4 ^= t; b.l4 ^= t
    }
}
