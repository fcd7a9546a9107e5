/// The Poly1305 one-time authenticator (RFC 8439 section 2.5), for ``ChaCha20Poly1305``.
///
/// The accumulator lives in three limbs of 44, 44 and 42 bits (radix 2^44); products are
/// 64x64->128-bit, reduced with `2^130 = 5 (mod p)`, so `2^132 = 20`. The final reduction
/// and the comparison of tags are branch-free: constant-time.
struct Poly1305 {
    private static let mask44: UInt64 = (1 << 44) - 1
    private static let mask42: UInt64 = (1 << 42) - 1

    private let r0, r1, r2: UInt64
    /// `20 * r1`, `20 * r2`: the factors of the limb products that wrap past 2^130.
    private let s1, s2: UInt64
    private let s: UInt128
    private var h0: UInt64 = 0, h1: UInt64 = 0, h2: UInt64 = 0

    /// `key` is the 32-byte one-time key `r || s` (checked by the caller).
    init(key: [UInt8]) {
        precondition(key.count == 32, "Poly1305 takes a 32-byte key")
        let r = key.withUnsafeBytes { Self.loadLittleEndian($0.baseAddress!) } & 0x0FFF_FFFC_0FFF_FFFC_0FFF_FFFC_0FFF_FFFF  // clamp
        r0 = UInt64(truncatingIfNeeded: r) & Self.mask44
        r1 = UInt64(truncatingIfNeeded: r >> 44) & Self.mask44
        r2 = UInt64(truncatingIfNeeded: r >> 88)
        s1 = r1 * 20
        s2 = r2 * 20
        s = key.withUnsafeBytes { Self.loadLittleEndian($0.baseAddress! + 16) }
    }

    @inline(__always)
    private static func loadLittleEndian(_ pointer: UnsafeRawPointer) -> UInt128 {
        let low = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        return UInt128(high) << 64 | UInt128(low)
    }

    /// `h = (h + block + 2^128·hibit) * r mod p`, partially reduced.
    @inline(__always)
    private mutating func absorb(_ block: UInt128, highBit: UInt64) {
        h0 += UInt64(truncatingIfNeeded: block) & Self.mask44
        h1 += UInt64(truncatingIfNeeded: block >> 44) & Self.mask44
        h2 += UInt64(truncatingIfNeeded: block >> 88) | (highBit << 40)
        func m(_ a: UInt64, _ b: UInt64) -> UInt128 { UInt128(a) * UInt128(b) }
        let d0 = m(h0, r0) + m(h1, s2) + m(h2, s1)
        var d1 = m(h0, r1) + m(h1, r0) + m(h2, s2)
        var d2 = m(h0, r2) + m(h1, r1) + m(h2, r0)
        d1 += d0 >> 44
        h0 = UInt64(truncatingIfNeeded: d0) & Self.mask44
        d2 += d1 >> 44
        h1 = UInt64(truncatingIfNeeded: d1) & Self.mask44
        h2 = UInt64(truncatingIfNeeded: d2) & Self.mask42
        h0 += UInt64(truncatingIfNeeded: d2 >> 42) * 5
        h1 += h0 >> 44
        h0 &= Self.mask44
    }

    /// Absorbs `bytes` in 16-byte blocks. A trailing partial block is either zero-padded to a
    /// full block (`zeroPadded`, the `pad16` of the AEAD construction, section 2.8) or, for a
    /// plain message, ended with a 0x01 byte and no 2^128 bit (section 2.5). In the latter
    /// case this must be the last call.
    mutating func update(_ bytes: UnsafeRawBufferPointer, zeroPadded: Bool) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset + 16 <= bytes.count {
            absorb(Self.loadLittleEndian(base + offset), highBit: 1)
            offset += 16
        }
        let rest = bytes.count - offset
        guard rest > 0 else { return }
        var block: UInt128 = 0
        for i in 0..<rest {
            block |= UInt128(base.load(fromByteOffset: offset + i, as: UInt8.self)) << UInt128(8 * i)
        }
        if zeroPadded {
            absorb(block, highBit: 1)
        } else {
            absorb(block | UInt128(1) << UInt128(8 * rest), highBit: 0)
        }
    }

    /// Absorbs one full 16-byte block given as a little-endian value.
    mutating func update(block: UInt128) {
        absorb(block, highBit: 1)
    }

    /// The tag `(h mod p) + s mod 2^128`, as a little-endian 128-bit value.
    func finalize() -> UInt128 {
        var h0 = self.h0, h1 = self.h1, h2 = self.h2
        // Full carry: every limb within its width, value below 2^130 + small.
        h2 += h1 >> 44; h1 &= Self.mask44
        h0 += (h2 >> 42) * 5; h2 &= Self.mask42
        h1 += h0 >> 44; h0 &= Self.mask44
        h2 += h1 >> 44; h1 &= Self.mask44
        h0 += (h2 >> 42) * 5; h2 &= Self.mask42
        h1 += h0 >> 44; h0 &= Self.mask44
        // g = h + 5 - 2^130; take g when it is not negative (h >= p), without branching.
        var g0 = h0 &+ 5
        var g1 = h1 &+ (g0 >> 44); g0 &= Self.mask44
        let g2 = h2 &+ (g1 >> 44) &- (1 << 42); g1 &= Self.mask44
        let useG = (g2 >> 63) &- 1  // all ones when g2 >= 0
        h0 = (h0 & ~useG) | (g0 & useG)
        h1 = (h1 & ~useG) | (g1 & useG)
        h2 = (h2 & ~useG) | (g2 & useG)
        let h = UInt128(h0) &+ UInt128(h1) << 44 &+ UInt128(h2) << 88  // a limb may hold one carry bit
        return h &+ s
    }

    /// The 16-byte tag of `message` under the one-time `key` (section 2.5.1).
    static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        var mac = Poly1305(key: key)
        message.withUnsafeBytes { mac.update($0, zeroPadded: false) }
        return littleEndianBytes(mac.finalize())
    }

    /// The 16 little-endian bytes of `value`.
    static func littleEndianBytes(_ value: UInt128) -> [UInt8] {
        (0..<16).map { UInt8(truncatingIfNeeded: value >> UInt128(8 * $0)) }
    }
}
