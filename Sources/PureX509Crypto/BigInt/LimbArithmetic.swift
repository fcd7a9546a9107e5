/// Allocation-free kernels over little-endian 64-bit limb vectors held in unsafe buffers.
///
/// The callers (``MontgomeryModulus``) own the buffers and guarantee their sizes; nothing
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

    /// `t[0..<2k] = a[0..<k] * b[0..<k]` (schoolbook). `t` must not overlap `a` or `b`.
    @inline(__always)
    static func multiply(
        _ t: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>,
        _ k: Int
    ) {
        // First row writes instead of accumulating, which also clears t[0..<k+1].
        let a0 = a[0]
        var carry: UInt64 = 0
        for j in 0..<k {
            (carry, t[j]) = multiplyAdd(a0, b[j], 0, carry)
        }
        t[k] = carry
        for i in 1..<max(k, 1) {
            let ai = a[i]
            let row = t + i
            carry = 0
            for j in 0..<k {
                (carry, row[j]) = multiplyAdd(ai, b[j], row[j], carry)
            }
            row[k] = carry
        }
    }

    /// `t[0..<2k] = a[0..<k]^2`, computing each cross product once. `t` must not overlap `a`.
    @inline(__always)
    static func square(
        _ t: UnsafeMutablePointer<UInt64>,
        _ a: UnsafePointer<UInt64>,
        _ k: Int
    ) {
        t.update(repeating: 0, count: 2 * k)
        // Cross products a[i]*a[j] for i < j.
        var i = 0
        while i < k - 1 {
            let ai = a[i]
            let row = t + i
            var carry: UInt64 = 0
            var j = i + 1
            while j < k {
                (carry, row[j]) = multiplyAdd(ai, a[j], row[j], carry)
                j += 1
            }
            row[k] = carry
            i += 1
        }
        // Double them and add the squares a[i]^2 at position 2i, in one pass.
        var shiftIn: UInt64 = 0
        var carry: UInt64 = 0
        for i in 0..<k {
            let (high, low) = a[i].multipliedFullWidth(by: a[i])
            let lowWord = t[2 * i]
            let highWord = t[2 * i + 1]
            let doubledLow = (lowWord << 1) | shiftIn
            let doubledHigh = (highWord << 1) | (lowWord >> 63)
            shiftIn = highWord >> 63
            let (sum0, overflow0) = doubledLow.addingReportingOverflow(low)
            let (sum1, overflow1) = sum0.addingReportingOverflow(carry)
            let carry0: UInt64 = (overflow0 ? 1 : 0) &+ (overflow1 ? 1 : 0)
            let (sum2, overflow2) = doubledHigh.addingReportingOverflow(high)
            let (sum3, overflow3) = sum2.addingReportingOverflow(carry0)
            carry = (overflow2 ? 1 : 0) &+ (overflow3 ? 1 : 0)
            t[2 * i] = sum1
            t[2 * i + 1] = sum3
        }
    }

    /// Montgomery reduction (REDC): `r[0..<k] = t * R^-1 mod n` with R = 2^(64k), for
    /// `t[0..<2k] < n * R`; `t` is destroyed. `r` may overlap neither `t` nor `n`, except
    /// that `r` may equal `t + k`.
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
            let row = t + i
            var carry: UInt64 = 0
            for j in 0..<k {
                (carry, row[j]) = multiplyAdd(m, n[j], row[j], carry)
            }
            let (sum1, overflow1) = row[k].addingReportingOverflow(carry)
            let (sum2, overflow2) = sum1.addingReportingOverflow(top)
            row[k] = sum2
            top = (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
        }
        // Now t[k..<2k] + top * R < 2n: one conditional subtraction brings it below n.
        let high = t + k
        if top != 0 || !isLess(high, n, k) {
            subtract(r, high, n, k)
        } else if r != high {
            r.update(from: high, count: k)
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
