/// An element of GF(2^255 - 19) in radix 2^51: five limbs of (nominally) 51 bits, value
/// `Σ limb_i · 2^(51·i)`. Limbs stay below 2^52 between operations; only `bytes` produces
/// the canonical (fully reduced) form. The representation follows Bernstein et al.,
/// "High-speed high-security signatures" (2011), section 3 (the "radix 2^51" variant).
/// Variable-time where it branches: verification works on public data.
struct Field25519: Equatable, Sendable {
    var l0, l1, l2, l3, l4: UInt64

    static var mask51: UInt64 { (1 << 51) - 1 }

    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        self.l0 = l0
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.l4 = l4
    }

    static var zero: Field25519 { Field25519(0, 0, 0, 0, 0) }
    static var one: Field25519 { Field25519(1, 0, 0, 0, 0) }

    /// d = -121665/121666 (RFC 8032 5.1).
    static var d: Field25519 {
        Field25519(0x34dca135978a3, 0x1a8283b156ebd, 0x5e7a26001c029, 0x739c663a03cbb, 0x52036cee2b6ff)
    }
    /// 2d.
    static var d2: Field25519 {
        Field25519(0x69b9426b2f159, 0x35050762add7a, 0x3cf44c0038052, 0x6738cc7407977, 0x2406d9dc56dff)
    }
    /// A square root of -1: 2^((p-1)/4) (RFC 8032 5.1.3 step 3).
    static var sqrtMinusOne: Field25519 {
        Field25519(0x61b274a0ea0b0, 0x0d5a5fc8f189d, 0x7ef5e9cbd0c60, 0x78595a6804c9e, 0x2b8324804fc1d)
    }

    /// The element for 32 little-endian bytes, ignoring bit 255 (RFC 8032 5.1.3 step 1 reads
    /// it as the sign of x). The value may be non-canonical (≥ p); see `isCanonicalEncoding`.
    init(littleEndian bytes: ArraySlice<UInt8>) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var i = 0
        for byte in bytes.prefix(32) {
            let shift = UInt64((i & 7) * 8)
            switch i >> 3 {
            case 0: words.0 |= UInt64(byte) << shift
            case 1: words.1 |= UInt64(byte) << shift
            case 2: words.2 |= UInt64(byte) << shift
            default: words.3 |= UInt64(byte) << shift
            }
            i += 1
        }
        l0 = words.0 & Self.mask51
        l1 = ((words.0 >> 51) | (words.1 << 13)) & Self.mask51
        l2 = ((words.1 >> 38) | (words.2 << 26)) & Self.mask51
        l3 = ((words.2 >> 25) | (words.3 << 39)) & Self.mask51
        l4 = (words.3 >> 12) & Self.mask51
    }

    /// The canonical 32-byte little-endian encoding (value fully reduced below p, bit 255 zero).
    var bytes: [UInt8] {
        var h = self.carried().carried()
        // Now every limb < 2^51 + small, and the value < 2p. Subtract p if value ≥ p:
        // q = 1 exactly when h + 19 ≥ 2^255.
        var q = (h.l0 &+ 19) >> 51
        q = (h.l1 &+ q) >> 51
        q = (h.l2 &+ q) >> 51
        q = (h.l3 &+ q) >> 51
        q = (h.l4 &+ q) >> 51
        h.l0 &+= 19 &* q
        h.l1 &+= h.l0 >> 51; h.l0 &= Self.mask51
        h.l2 &+= h.l1 >> 51; h.l1 &= Self.mask51
        h.l3 &+= h.l2 >> 51; h.l2 &= Self.mask51
        h.l4 &+= h.l3 >> 51; h.l3 &= Self.mask51
        h.l4 &= Self.mask51  // drops 2^255, completing the subtraction of p
        let w0 = h.l0 | (h.l1 << 51)
        let w1 = (h.l1 >> 13) | (h.l2 << 38)
        let w2 = (h.l2 >> 26) | (h.l3 << 25)
        let w3 = (h.l3 >> 39) | (h.l4 << 12)
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<8 {
            let shift = UInt64(8 * i)
            out[i] = UInt8(truncatingIfNeeded: w0 >> shift)
            out[8 + i] = UInt8(truncatingIfNeeded: w1 >> shift)
            out[16 + i] = UInt8(truncatingIfNeeded: w2 >> shift)
            out[24 + i] = UInt8(truncatingIfNeeded: w3 >> shift)
        }
        return out
    }

    /// One carry pass: every limb below 2^51 except limb 0, which may reach 2^51 + 19·2^13.
    @inline(__always)
    func carried() -> Field25519 {
        var r = self
        r.l1 &+= r.l0 >> 51; r.l0 &= Self.mask51
        r.l2 &+= r.l1 >> 51; r.l1 &= Self.mask51
        r.l3 &+= r.l2 >> 51; r.l2 &= Self.mask51
        r.l4 &+= r.l3 >> 51; r.l3 &= Self.mask51
        r.l0 &+= 19 &* (r.l4 >> 51); r.l4 &= Self.mask51
        return r
    }

    var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// The low bit of the canonical value: the "sign" of x in RFC 8032 5.1.2.
    var isNegative: Bool { bytes[0] & 1 == 1 }

    static func == (a: Field25519, b: Field25519) -> Bool { a.bytes == b.bytes }

    @inline(__always)
    static func + (a: Field25519, b: Field25519) -> Field25519 {
        Field25519(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4).carried()
    }

    /// `a - b`, computed as `a + 2p - b` (b's limbs are below 2p's after a carry pass).
    @inline(__always)
    static func - (a: Field25519, b: Field25519) -> Field25519 {
        Field25519(
            (a.l0 &+ 0xFFFFFFFFFFFDA) &- b.l0,
            (a.l1 &+ 0xFFFFFFFFFFFFE) &- b.l1,
            (a.l2 &+ 0xFFFFFFFFFFFFE) &- b.l2,
            (a.l3 &+ 0xFFFFFFFFFFFFE) &- b.l3,
            (a.l4 &+ 0xFFFFFFFFFFFFE) &- b.l4
        ).carried()
    }

    @inline(__always)
    static prefix func - (a: Field25519) -> Field25519 { zero - a }

    @inline(__always)
    static func * (a: Field25519, b: Field25519) -> Field25519 {
        let b1 = b.l1 &* 19, b2 = b.l2 &* 19, b3 = b.l3 &* 19, b4 = b.l4 &* 19
        let r0 = m(a.l0, b.l0) &+ m(a.l1, b4) &+ m(a.l2, b3) &+ m(a.l3, b2) &+ m(a.l4, b1)
        let r1 = m(a.l0, b.l1) &+ m(a.l1, b.l0) &+ m(a.l2, b4) &+ m(a.l3, b3) &+ m(a.l4, b2)
        let r2 = m(a.l0, b.l2) &+ m(a.l1, b.l1) &+ m(a.l2, b.l0) &+ m(a.l3, b4) &+ m(a.l4, b3)
        let r3 = m(a.l0, b.l3) &+ m(a.l1, b.l2) &+ m(a.l2, b.l1) &+ m(a.l3, b.l0) &+ m(a.l4, b4)
        let r4 = m(a.l0, b.l4) &+ m(a.l1, b.l3) &+ m(a.l2, b.l2) &+ m(a.l3, b.l1) &+ m(a.l4, b.l0)
        return reduce(r0, r1, r2, r3, r4)
    }

    @inline(__always)
    func squared() -> Field25519 {
        let d0 = l0 &* 2, d1 = l1 &* 2
        let l3x19 = l3 &* 19, l4x19 = l4 &* 19
        let r0 = Self.m(l0, l0) &+ Self.m(d1, l4x19) &+ Self.m(l2 &* 2, l3x19)
        let r1 = Self.m(d0, l1) &+ Self.m(l2 &* 2, l4x19) &+ Self.m(l3, l3x19)
        let r2 = Self.m(d0, l2) &+ Self.m(l1, l1) &+ Self.m(l3 &* 2, l4x19)
        let r3 = Self.m(d0, l3) &+ Self.m(d1, l2) &+ Self.m(l4, l4x19)
        let r4 = Self.m(d0, l4) &+ Self.m(d1, l3) &+ Self.m(l2, l2)
        return Self.reduce(r0, r1, r2, r3, r4)
    }

    @inline(__always)
    private static func m(_ a: UInt64, _ b: UInt64) -> UInt128 {
        UInt128(a) &* UInt128(b)
    }

    /// Carries 128-bit column sums (each below 2^117) back into 51-bit limbs.
    @inline(__always)
    private static func reduce(_ r0: UInt128, _ r1: UInt128, _ r2: UInt128, _ r3: UInt128, _ r4: UInt128) -> Field25519 {
        let mask = UInt128(mask51)
        var c = r0 &>> 51
        let h0 = UInt64(truncatingIfNeeded: r0 & mask)
        let s1 = r1 &+ c; c = s1 &>> 51
        let h1 = UInt64(truncatingIfNeeded: s1 & mask)
        let s2 = r2 &+ c; c = s2 &>> 51
        let h2 = UInt64(truncatingIfNeeded: s2 & mask)
        let s3 = r3 &+ c; c = s3 &>> 51
        let h3 = UInt64(truncatingIfNeeded: s3 & mask)
        let s4 = r4 &+ c; c = s4 &>> 51
        let h4 = UInt64(truncatingIfNeeded: s4 & mask)
        // c < 2^67 / 2^51 · ... is below 2^66, so 19·c fits easily in 128 bits.
        let t0 = UInt128(h0) &+ c &* 19
        let g0 = UInt64(truncatingIfNeeded: t0 & mask)
        let g1 = h1 &+ UInt64(truncatingIfNeeded: t0 &>> 51)
        return Field25519(g0, g1, h2, h3, h4)
    }

    /// `self^(2^k)`.
    @inline(__always)
    func squared(times k: Int) -> Field25519 {
        var r = self
        for _ in 0..<k { r = r.squared() }
        return r
    }

    /// `(self^(2^250 - 1), self^11)`: the common part of the inversion and square-root chains.
    private func power2250Minus1() -> (Field25519, Field25519) {
        let z2 = squared()
        let z9 = self * z2.squared(times: 2)
        let z11 = z2 * z9
        let z5_0 = z9 * z11.squared()                       // 2^5 - 1
        let z10_0 = z5_0.squared(times: 5) * z5_0           // 2^10 - 1
        let z20_0 = z10_0.squared(times: 10) * z10_0        // 2^20 - 1
        let z40_0 = z20_0.squared(times: 20) * z20_0        // 2^40 - 1
        let z50_0 = z40_0.squared(times: 10) * z10_0        // 2^50 - 1
        let z100_0 = z50_0.squared(times: 50) * z50_0       // 2^100 - 1
        let z200_0 = z100_0.squared(times: 100) * z100_0    // 2^200 - 1
        let z250_0 = z200_0.squared(times: 50) * z50_0      // 2^250 - 1
        return (z250_0, z11)
    }

    /// `self^(p-2) = self^(2^255 - 21)`, the inverse (zero maps to zero).
    func inverse() -> Field25519 {
        let (z250_0, z11) = power2250Minus1()
        return z250_0.squared(times: 5) * z11
    }

    /// `self^((p-5)/8) = self^(2^252 - 3)` (RFC 8032 5.1.3 step 3).
    func power2523() -> Field25519 {
        let (z250_0, _) = power2250Minus1()
        return z250_0.squared(times: 2) * self
    }
}
