/// GHASH, the universal hash of GCM (NIST SP 800-38D section 6.4): `Y_i = (Y_{i-1} XOR X_i) * H`
/// in GF(2^128) modulo `x^128 + x^7 + x^2 + x + 1`.
///
/// Blocks are held as big-endian `UInt128`, so bit 127 (the first bit of the block) is the
/// coefficient of x^0: GCM's "reflected" bit order (section 6.3). The multiplication is
/// constant-time: a carry-less 64x64-bit product built from ordinary integer multiplications
/// of operands with "holes" (bits spaced five apart, so column sums of at most 13 terms never
/// carry into the next used bit), combined by Karatsuba and reduced with shifts. No tables
/// indexed by H or the data.
struct GHASH {
    private let h: UInt128
    private(set) var state: UInt128 = 0

    /// Keys GHASH with the hash subkey `H = CIPH_K(0^128)`, as a big-endian 128-bit value.
    init(hashKey: UInt128) {
        h = hashKey
    }

    /// Absorbs one 128-bit block.
    @inline(__always)
    mutating func update(block: UInt128) {
        state = Self.multiply(state ^ block, h)
    }

    /// Absorbs `bytes` as whole blocks, the last one padded with zeros (the `0^v` / `0^u`
    /// padding of SP 800-38D section 7.1 step 5).
    mutating func update(padded bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset + 16 <= bytes.count {
            update(block: Self.loadBlock(base + offset))
            offset += 16
        }
        let rest = bytes.count - offset
        if rest > 0 {
            var block: UInt128 = 0
            for i in 0..<rest {
                block |= UInt128(base.load(fromByteOffset: offset + i, as: UInt8.self)) << UInt128(8 * (15 - i))
            }
            update(block: block)
        }
    }

    /// The big-endian 128-bit value of 16 bytes at `pointer`.
    @inline(__always)
    static func loadBlock(_ pointer: UnsafeRawPointer) -> UInt128 {
        let high = UInt64(bigEndian: pointer.loadUnaligned(as: UInt64.self))
        let low = UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        return UInt128(high) << 64 | UInt128(low)
    }

    /// Stores `value` big-endian into 16 bytes at `pointer`.
    @inline(__always)
    static func storeBlock(_ value: UInt128, _ pointer: UnsafeMutableRawPointer) {
        pointer.storeBytes(of: UInt64(truncatingIfNeeded: value >> 64).bigEndian, as: UInt64.self)
        pointer.storeBytes(of: UInt64(truncatingIfNeeded: value).bigEndian, toByteOffset: 8, as: UInt64.self)
    }

    /// `x * y` in GCM's field (section 6.3), both in reflected bit order.
    static func multiply(_ x: UInt128, _ y: UInt128) -> UInt128 {
        let x1 = UInt64(truncatingIfNeeded: x >> 64), x0 = UInt64(truncatingIfNeeded: x)
        let y1 = UInt64(truncatingIfNeeded: y >> 64), y0 = UInt64(truncatingIfNeeded: y)
        // Karatsuba: the 255-bit carry-less product of the integers is
        // high·2^128 + middle·2^64 + low.
        let high = carrylessMultiply(x1, y1)
        let low = carrylessMultiply(x0, y0)
        let middle = carrylessMultiply(x1 ^ x0, y1 ^ y0) ^ high ^ low
        var productHigh = high ^ (middle >> 64)
        var productLow = low ^ (middle << 64)
        // In reflected order the coefficient of x^k sits at integer bit 254 - k. One left
        // shift puts x^0...x^127 in productHigh and x^128...x^254 in productLow, both in
        // the block convention (x^k at bit 127 - k).
        productHigh = (productHigh << 1) | (productLow >> 127)
        productLow <<= 1
        // Reduce x^128 = x^7 + x^2 + x + 1. Multiplying by x is a right shift here; the bits
        // shifted out (degree >= 128) are gathered in `overflow` and folded once more (they
        // are of degree <= 5, so the second fold cannot overflow).
        let folded = productLow ^ (productLow >> 1) ^ (productLow >> 2) ^ (productLow >> 7)
        let overflow = (productLow << 127) ^ (productLow << 126) ^ (productLow << 121)
        return productHigh ^ folded ^ overflow ^ (overflow >> 1) ^ (overflow >> 2) ^ (overflow >> 7)
    }

    /// The 127-bit carry-less product of two 64-bit polynomials over GF(2), in constant
    /// time. Each operand is split into five parts holding the bits of one residue mod 5;
    /// a part has at most 13 bits set, so every column of an integer product of two parts
    /// sums at most 13 < 2^5 ones and bit k of the product is the column's parity. Columns
    /// of the products whose residues add to t (mod 5) are XORed and masked to the
    /// positions congruent to t.
    @inline(__always)
    static func carrylessMultiply(_ x: UInt64, _ y: UInt64) -> UInt128 {
        let m0: UInt64 = 0x1084_2108_4210_8421, m1: UInt64 = 0x2108_4210_8421_0842
        let m2: UInt64 = 0x4210_8421_0842_1084, m3: UInt64 = 0x8421_0842_1084_2108
        let m4: UInt64 = 0x0842_1084_2108_4210
        let x0 = x & m0, x1 = x & m1, x2 = x & m2, x3 = x & m3, x4 = x & m4
        let y0 = y & m0, y1 = y & m1, y2 = y & m2, y3 = y & m3, y4 = y & m4
        @inline(__always) func mul(_ a: UInt64, _ b: UInt64) -> UInt128 {
            let (hi, lo) = a.multipliedFullWidth(by: b)
            return UInt128(hi) << 64 | UInt128(lo)
        }
        let z0 = mul(x0, y0) ^ mul(x1, y4) ^ mul(x2, y3) ^ mul(x3, y2) ^ mul(x4, y1)
        let z1 = mul(x0, y1) ^ mul(x1, y0) ^ mul(x2, y4) ^ mul(x3, y3) ^ mul(x4, y2)
        let z2 = mul(x0, y2) ^ mul(x1, y1) ^ mul(x2, y0) ^ mul(x3, y4) ^ mul(x4, y3)
        let z3 = mul(x0, y3) ^ mul(x1, y2) ^ mul(x2, y1) ^ mul(x3, y0) ^ mul(x4, y4)
        let z4 = mul(x0, y4) ^ mul(x1, y3) ^ mul(x2, y2) ^ mul(x3, y1) ^ mul(x4, y0)
        let n0: UInt128 = 0x2108_4210_8421_0842_1084_2108_4210_8421
        let n1: UInt128 = 0x4210_8421_0842_1084_2108_4210_8421_0842
        let n2: UInt128 = 0x8421_0842_1084_2108_4210_8421_0842_1084
        let n3: UInt128 = 0x0842_1084_2108_4210_8421_0842_1084_2108
        let n4: UInt128 = 0x1084_2108_4210_8421_0842_1084_2108_4210
        return (z0 & n0) | (z1 & n1) | (z2 & n2) | (z3 & n3) | (z4 & n4)
    }
}
