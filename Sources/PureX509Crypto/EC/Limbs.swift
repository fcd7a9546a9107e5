/// Little-endian multi-limb helpers on `InlineArray<N, UInt64>` shared by the fixed-width
/// field types. Variable-time: used on public data (and, for key derivation, documented so).
enum Limbs {
    /// `a + b`, returning the sum modulo 2^(64N) and the carry out.
    @inline(__always)
    static func add<let N: Int>(
        _ a: InlineArray<N, UInt64>, _ b: InlineArray<N, UInt64>
    ) -> (InlineArray<N, UInt64>, Bool) {
        var r = a
        var carry = false
        for i in 0..<N {
            let (s1, o1) = a[i].addingReportingOverflow(b[i])
            let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
            r[i] = s2
            carry = o1 || o2
        }
        return (r, carry)
    }

    /// `a - b`, returning the difference modulo 2^(64N) and the borrow out.
    @inline(__always)
    static func subtract<let N: Int>(
        _ a: InlineArray<N, UInt64>, _ b: InlineArray<N, UInt64>
    ) -> (InlineArray<N, UInt64>, Bool) {
        var r = a
        var borrow = false
        for i in 0..<N {
            let (d1, o1) = a[i].subtractingReportingOverflow(b[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            r[i] = d2
            borrow = o1 || o2
        }
        return (r, borrow)
    }

    /// Whether `a < b` as unsigned integers.
    @inline(__always)
    static func isLess<let N: Int>(_ a: InlineArray<N, UInt64>, _ b: InlineArray<N, UInt64>) -> Bool {
        var i = N - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] }
            i -= 1
        }
        return false
    }

    /// Whether every limb is zero.
    @inline(__always)
    static func isZero<let N: Int>(_ a: InlineArray<N, UInt64>) -> Bool {
        var acc: UInt64 = 0
        for i in 0..<N { acc |= a[i] }
        return acc == 0
    }

    /// Whether two limb arrays hold the same number.
    @inline(__always)
    static func equal<let N: Int>(_ a: InlineArray<N, UInt64>, _ b: InlineArray<N, UInt64>) -> Bool {
        var acc: UInt64 = 0
        for i in 0..<N { acc |= a[i] ^ b[i] }
        return acc == 0
    }

    /// The number written big-endian in `bytes`, or nil if it needs more than N limbs.
    /// Leading zero bytes are allowed (callers check lengths themselves).
    static func fromBigEndian<let N: Int>(_ bytes: some Collection<UInt8>) -> InlineArray<N, UInt64>? {
        var r = InlineArray<N, UInt64>(repeating: 0)
        var bitPosition = 0
        for byte in bytes.reversed() {
            let limb = bitPosition >> 6
            if limb >= N {
                if byte != 0 { return nil }
                continue
            }
            r[limb] |= UInt64(byte) << UInt64(bitPosition & 63)
            bitPosition += 8
        }
        return r
    }

    /// The number as exactly `count` big-endian bytes (the high limbs must fit).
    static func toBigEndian<let N: Int>(_ a: InlineArray<N, UInt64>, count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var index = count - 1
        var bitPosition = 0
        while index >= 0 && (bitPosition >> 6) < N {
            out[index] = UInt8(truncatingIfNeeded: a[bitPosition >> 6] >> UInt64(bitPosition & 63))
            bitPosition += 8
            index -= 1
        }
        return out
    }

    /// The limbs as an ordinary array (for recoding scalars into digits).
    static func words<let N: Int>(_ a: InlineArray<N, UInt64>) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: N)
        for i in 0..<N { out[i] = a[i] }
        return out
    }

    /// The number of significant bits.
    static func bitLength<let N: Int>(_ a: InlineArray<N, UInt64>) -> Int {
        var i = N - 1
        while i >= 0 {
            if a[i] != 0 { return 64 * i + (64 - a[i].leadingZeroBitCount) }
            i -= 1
        }
        return 0
    }

    /// Bit `index` (0 = least significant).
    @inline(__always)
    static func bit<let N: Int>(_ a: InlineArray<N, UInt64>, _ index: Int) -> Bool {
        (a[index >> 6] >> UInt64(index & 63)) & 1 == 1
    }

    /// A small constant as limbs.
    @inline(__always)
    static func small<let N: Int>(_ value: UInt64) -> InlineArray<N, UInt64> {
        var r = InlineArray<N, UInt64>(repeating: 0)
        r[0] = value
        return r
    }

    /// `a >> 2` (for the square-root exponent (p + 1) / 4).
    static func shiftRightTwo<let N: Int>(_ a: InlineArray<N, UInt64>) -> InlineArray<N, UInt64> {
        var r = a
        for i in 0..<N {
            let high: UInt64 = i + 1 < N ? a[i + 1] << 62 : 0
            r[i] = (a[i] >> 2) | high
        }
        return r
    }
}
