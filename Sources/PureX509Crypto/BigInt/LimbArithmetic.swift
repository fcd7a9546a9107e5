/// Allocation-free kernels over little-endian 64-bit limb vectors held in unsafe buffers.
///
/// The callers (``BigMontgomeryModulus``) own the buffers and guarantee their sizes; nothing
/// here allocates, so one verification runs its whole exponentiation in one scratch area.
/// Arithmetic is variable-time: RSA verification handles public data only.
enum LimbArithmetic {
    /// `a * b + c + d` as a double word; it cannot overflow 128 bits.
    @inline(__always)
    static func multiplyAdd(
        _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64
    ) -> (high: UInt64, low: UInt64) {
        let (high, low) = a.multipliedFullWidth(by: b)
        let (sum1, overflow1) = low.addingReportingOverflow(c)
        let (sum2, overflow2) = sum1.addingReportingOverflow(d)
        return (high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0), sum2)
    }

    /// Adds the double-word product `a * b` to the three-word accumulator (r2, r1, r0).
    @inline(__always)
    static func accumulate(
        _ a: UInt64, _ b: UInt64, _ r0: inout UInt64, _ r1: inout UInt64, _ r2: inout UInt64
    ) {
        let (high, low) = a.multipliedFullWidth(by: b)
        let (sum0, carry0) = r0.addingReportingOverflow(low)
        // high <= 2^64 - 2, so high + carry0 cannot wrap.
        let (sum1, carry1) = r1.addingReportingOverflow(high &+ (carry0 ? 1 : 0))
        r0 = sum0
        r1 = sum1
        r2 &+= carry1 ? 1 : 0
    }

    /// Adds `sum of x[j] * y[-j]` for j in 0..<count to the accumulator: one anti-diagonal
    /// run of a product-scanning column (`y` walks down while `x` walks up). Unrolled by four.
    @inline(__always)
    static func accumulateColumn(
        _ x: UnsafePointer<UInt64>, _ y: UnsafePointer<UInt64>, _ count: Int,
        _ r0: inout UInt64, _ r1: inout UInt64, _ r2: inout UInt64
    ) {
        var x = x
        var y = y
        var remaining = count
        while remaining >= 4 {
            accumulate(x[0], y[0], &r0, &r1, &r2)
            accumulate(x[1], y[-1], &r0, &r1, &r2)
            accumulate(x[2], y[-2], &r0, &r1, &r2)
            accumulate(x[3], y[-3], &r0, &r1, &r2)
            x += 4
            y -= 4
            remaining &-= 4
        }
        while remaining > 0 {
            accumulate(x[0], y[0], &r0, &r1, &r2)
            x += 1
            y -= 1
            remaining &-= 1
        }
    }

    /// As ``accumulateColumn(_:_:_:_:_:_:)`` for two interleaved runs (a * b and m * n of
    /// the same column), which keeps both multipliers busy.
    @inline(__always)
    static func accumulateColumns(
        _ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>,
        _ m: UnsafePointer<UInt64>, _ n: UnsafePointer<UInt64>, _ count: Int,
        _ r0: inout UInt64, _ r1: inout UInt64, _ r2: inout UInt64
    ) {
        var a = a
        var b = b
        var m = m
        var n = n
        var remaining = count
        while remaining >= 2 {
            accumulate(a[0], b[0], &r0, &r1, &r2)
            accumulate(m[0], n[0], &r0, &r1, &r2)
            accumulate(a[1], b[-1], &r0, &r1, &r2)
            accumulate(m[1], n[-1], &r0, &r1, &r2)
            a += 2
            m += 2
            b -= 2
            n -= 2
            remaining &-= 2
        }
        if remaining > 0 {
            accumulate(a[0], b[0], &r0, &r1, &r2)
            accumulate(m[0], n[0], &r0, &r1, &r2)
        }
    }

    /// Montgomery multiplication `r = a * b * R^-1 mod n` for `a, b < n`, R = 2^(64k).
    ///
    /// Product scanning with the reduction folded in (the "FIPS" arrangement of Koc, Acar
    /// and Kaliski, "Analyzing and comparing Montgomery multiplication algorithms", 1996):
    /// column by column, a three-word accumulator collects every a[j]*b[i-j] and m[j]*n[i-j]
    /// of the column; in the low columns m[i] is chosen to clear the low word. Nothing is
    /// stored but m and the output words, which reuse m's storage once a column no longer
    /// needs them. `m` is k words of scratch; `r` may alias `a` or `b`.
    @inline(__always)
    static func montgomeryMultiply(
        _ r: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ n0inv: UInt64,
        _ k: Int,
        _ m: UnsafeMutablePointer<UInt64>
    ) {
        var r0: UInt64 = 0
        var r1: UInt64 = 0
        var r2: UInt64 = 0
        for i in 0..<k {
            accumulateColumns(a, b + i, m, n + i, i, &r0, &r1, &r2)
            accumulate(a[i], b[0], &r0, &r1, &r2)
            let mi = r0 &* n0inv
            m[i] = mi
            accumulate(mi, n[0], &r0, &r1, &r2)
            r0 = r1
            r1 = r2
            r2 = 0
        }
        var i = k
        while i < 2 &* k &- 1 {
            let low = i &- k &+ 1
            accumulateColumns(a + low, b + (k &- 1), m + low, n + (k &- 1), k &- low, &r0, &r1, &r2)
            m[i &- k] = r0
            r0 = r1
            r1 = r2
            r2 = 0
            i &+= 1
        }
        m[k &- 1] = r0
        finish(r, m, top: r1, n, k)
    }

    /// Montgomery squaring `r = a^2 * R^-1 mod n` for `a < n`: as ``montgomeryMultiply``, but
    /// each cross product a[j]*a[i-j] (j < i-j) is computed once and doubled.
    /// `m` is k words of scratch; `r` may alias `a`.
    @inline(__always)
    static func montgomerySquare(
        _ r: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ n0inv: UInt64,
        _ k: Int,
        _ m: UnsafeMutablePointer<UInt64>
    ) {
        var r0: UInt64 = 0
        var r1: UInt64 = 0
        var r2: UInt64 = 0
        var i = 0
        while i < 2 &* k &- 1 {
            // The column's share of a^2: 2 * sum of a[j]*a[i-j] for j < i-j, plus a[i/2]^2.
            var c0: UInt64 = 0
            var c1: UInt64 = 0
            var c2: UInt64 = 0
            let low = i < k ? 0 : i &- k &+ 1
            let crossCount = ((i &+ 1) >> 1) &- low
            accumulateColumn(a + low, a + (i &- low), crossCount, &c0, &c1, &c2)
            c2 = (c2 << 1) | (c1 >> 63)
            c1 = (c1 << 1) | (c0 >> 63)
            c0 <<= 1
            if i & 1 == 0 {
                let half = a[i >> 1]
                accumulate(half, half, &c0, &c1, &c2)
            }
            let (sum0, carry0) = r0.addingReportingOverflow(c0)
            let (sum1, carry1a) = r1.addingReportingOverflow(c1)
            let (sum1b, carry1b) = sum1.addingReportingOverflow(carry0 ? 1 : 0)
            r0 = sum0
            r1 = sum1b
            r2 = r2 &+ c2 &+ (carry1a ? 1 : 0) &+ (carry1b ? 1 : 0)
            // The column's share of m * n.
            if i < k {
                accumulateColumn(m, n + i, i, &r0, &r1, &r2)
                let mi = r0 &* n0inv
                m[i] = mi
                accumulate(mi, n[0], &r0, &r1, &r2)
            } else {
                accumulateColumn(m + low, n + (k &- 1), k &- low, &r0, &r1, &r2)
                m[i &- k] = r0
            }
            r0 = r1
            r1 = r2
            r2 = 0
            i &+= 1
        }
        m[k &- 1] = r0
        finish(r, m, top: r1, n, k)
    }

    /// `r = t + top * R` reduced below n, given that value is below 2n (one conditional
    /// subtraction, the last step of REDC).
    @inline(__always)
    static func finish(
        _ r: UnsafeMutablePointer<UInt64>,
        _ t: UnsafeMutablePointer<UInt64>,
        top: UInt64,
        _ n: UnsafePointer<UInt64>,
        _ k: Int
    ) {
        if top != 0 || !isLess(t, n, k) {
            subtract(r, t, n, k)
        } else {
            r.update(from: t, count: k)
        }
    }

    /// `a[0..<k] < b[0..<k]`.
    @inline(__always)
    static func isLess(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ k: Int) -> Bool {
        var index = k - 1
        while index >= 0 {
            if a[index] != b[index] {
                return a[index] < b[index]
            }
            index -= 1
        }
        return false
    }

    /// `r[0..<k] = a - b mod 2^(64k)`; returns the final borrow. `r` may equal `a`.
    @inline(__always)
    @discardableResult
    static func subtract(
        _ r: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>,
        _ k: Int
    ) -> UInt64 {
        var borrow: UInt64 = 0
        for i in 0..<k {
            let (difference1, borrow1) = a[i].subtractingReportingOverflow(b[i])
            let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
            r[i] = difference2
            borrow = (borrow1 ? 1 : 0) &+ (borrow2 ? 1 : 0)
        }
        return borrow
    }

    /// `x = 2x mod n` for `x < n` (k limbs each).
    @inline(__always)
    static func doubleModulo(
        _ x: UnsafeMutablePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ k: Int
    ) {
        var shiftIn: UInt64 = 0
        for i in 0..<k {
            let word = x[i]
            x[i] = (word << 1) | shiftIn
            shiftIn = word >> 63
        }
        if shiftIn != 0 || !isLess(x, n, k) {
            subtract(x, x, n, k)
        }
    }
}
