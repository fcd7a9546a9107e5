/// Allocation-free kernels over little-endian 64-bit limb vectors held in unsafe buffers.
///
/// The callers (``BigMontgomeryModulus``) own the buffers and guarantee their sizes; nothing
/// here allocates, so one verification runs its whole exponentiation in one scratch area.
/// Arithmetic is variable-time: RSA verification handles public data only.
enum MontgomeryKernels {
    /// `a * b + c + d` as a double word; it cannot overflow 128 bits.
    /// Transparent: inlined in debug builds too, where a call with its locals costs ten
    /// times the arithmetic (see ECWord).
    @_transparent
    static func multiplyAdd(
        _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64
    ) -> (high: UInt64, low: UInt64) {
        let (high, low) = a.multipliedFullWidth(by: b)
        let (sum1, overflow1) = low.addingReportingOverflow(c)
        let (sum2, overflow2) = sum1.addingReportingOverflow(d)
        return (high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0), sum2)
    }

    /// Montgomery multiplication `r = a * b * R^-1 mod n` for `a, b < n`, R = 2^(64k).
    ///
    /// Operand scanning: t = a * b row by row into `t` (2k words of scratch), then the same
    /// row-wise REDC as ``montgomerySquare``. `r` may alias `a` or `b`.
    // Not inlined: a caller with the kernels inlined outgrows the inliner's budget and
    // leaves calls to multipliedFullWidth out of line in the inner loops.
    @inline(never)
    static func montgomeryMultiply(
        _ r: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ n0inv: UInt64,
        _ k: Int,
        _ t: UnsafeMutablePointer<UInt64>
    ) {
        t.update(repeating: 0, count: k)
        for i in 0..<k {
            t[i &+ k] = multiplyAccumulateRow(t + i, a[i], b, k)
        }
        reduce(r, t, n, n0inv, k)
    }

    /// `row[0..<count] += x * y[0..<count]`, returning the carry word (operand scanning,
    /// unrolled by four).
    @inline(__always)
    static func multiplyAccumulateRow(
        _ row: UnsafeMutablePointer<UInt64>, _ x: UInt64, _ y: UnsafePointer<UInt64>, _ count: Int
    ) -> UInt64 {
        var row = row
        var y = y
        var remaining = count
        var carry: UInt64 = 0
        while remaining >= 4 {
            (carry, row[0]) = multiplyAdd(x, y[0], row[0], carry)
            (carry, row[1]) = multiplyAdd(x, y[1], row[1], carry)
            (carry, row[2]) = multiplyAdd(x, y[2], row[2], carry)
            (carry, row[3]) = multiplyAdd(x, y[3], row[3], carry)
            row += 4
            y += 4
            remaining &-= 4
        }
        while remaining > 0 {
            (carry, row[0]) = multiplyAdd(x, y[0], row[0], carry)
            row += 1
            y += 1
            remaining &-= 1
        }
        return carry
    }

    /// Montgomery squaring `r = a^2 * R^-1 mod n` for `a < n`.
    ///
    /// Operand scanning in three passes over `t` (2k words of scratch): the cross products
    /// a[i]*a[j] (i < j) row by row, computed once; one pass that doubles them and adds the
    /// squares a[i]^2; then REDC row by row (m = t[i] * n0inv, t += m * n * 2^(64i)). Long
    /// rows keep the loop overhead low, which beats the column-wise form of
    /// ``montgomeryMultiply`` here (about 12% fewer instructions). `r` may alias `a`.
    // Not inlined: see montgomeryMultiply.
    @inline(never)
    static func montgomerySquare(
        _ r: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ n0inv: UInt64,
        _ k: Int,
        _ t: UnsafeMutablePointer<UInt64>
    ) {
        t.update(repeating: 0, count: 2 &* k)
        // Cross products: row i adds a[i] * a[i+1..<k] at t[2i+1...], carry into t[i+k].
        var i = 0
        while i < k &- 1 {
            t[i &+ k] = multiplyAccumulateRow(t + (2 &* i &+ 1), a[i], a + (i &+ 1), k &- i &- 1)
            i &+= 1
        }
        // Double them and add the squares a[i]^2 at position 2i, in one pass.
        var shiftIn: UInt64 = 0
        var carry: UInt64 = 0
        for i in 0..<k {
            let (high, low) = a[i].multipliedFullWidth(by: a[i])
            let lowWord = t[2 &* i]
            let highWord = t[2 &* i &+ 1]
            let doubledLow = (lowWord << 1) | shiftIn
            let doubledHigh = (highWord << 1) | (lowWord >> 63)
            shiftIn = highWord >> 63
            let (sum0, overflow0) = doubledLow.addingReportingOverflow(low)
            let (sum1, overflow1) = sum0.addingReportingOverflow(carry)
            let carry0: UInt64 = (overflow0 ? 1 : 0) &+ (overflow1 ? 1 : 0)
            let (sum2, overflow2) = doubledHigh.addingReportingOverflow(high)
            let (sum3, overflow3) = sum2.addingReportingOverflow(carry0)
            carry = (overflow2 ? 1 : 0) &+ (overflow3 ? 1 : 0)
            t[2 &* i] = sum1
            t[2 &* i &+ 1] = sum3
        }
        reduce(r, t, n, n0inv, k)
    }

    /// Montgomery reduction (REDC), row by row: `r = t * R^-1 mod n` for `t[0..<2k] < n * R`
    /// (`t` is destroyed). Row i picks m = t[i] * n0inv so that adding m * n * 2^(64i)
    /// clears t[i]; `top` is the bit above t[2k-1].
    @inline(__always)
    static func reduce(
        _ r: UnsafeMutablePointer<UInt64>,
        _ t: UnsafeMutablePointer<UInt64>,
        _ n: UnsafePointer<UInt64>,
        _ n0inv: UInt64,
        _ k: Int
    ) {
        var top: UInt64 = 0
        for i in 0..<k {
            let m = t[i] &* n0inv
            let rowCarry = multiplyAccumulateRow(t + i, m, n, k)
            let (sum1, overflow1) = t[i &+ k].addingReportingOverflow(rowCarry)
            let (sum2, overflow2) = sum1.addingReportingOverflow(top)
            t[i &+ k] = sum2
            top = (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
        }
        finish(r, t + k, top: top, n, k)
    }

    /// `r = t + top * R` reduced below n, given that value is below 2n (one conditional
    /// subtraction, the last step of REDC).
    @inline(__always)
    static func finish(
        _ r: UnsafeMutablePointer<UInt64>,
        _ t: UnsafePointer<UInt64>,
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
