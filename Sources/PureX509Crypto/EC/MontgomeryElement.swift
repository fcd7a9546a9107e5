/// An element of the integers modulo `M.modulus`, held in Montgomery form (`a·R mod m`,
/// `R = 2^(64N)`) in N fixed 64-bit limbs, always fully reduced below m.
///
/// Used for the NIST prime fields and for the group orders (the scalars). The multiply is the
/// coarsely integrated operand scanning (CIOS) method of Koç, Acar and Kaliski, "Analyzing and
/// Comparing Montgomery Multiplication Algorithms" (1996), followed by one conditional
/// subtraction. Variable-time in places (comparisons, exponentiation): it runs on public data.
struct MontgomeryElement<let N: Int, M: MontgomeryModulus>: Equatable, Sendable
where M.Limbs == InlineArray<N, UInt64> {
    /// `a·R mod m`, little-endian.
    var limbs: InlineArray<N, UInt64>

    @inline(__always)
    init(montgomeryLimbs: InlineArray<N, UInt64>) {
        self.limbs = montgomeryLimbs
    }

    /// The element equal to a plain number below R (reduced modulo m on the way in).
    @inline(__always)
    init(reducing plain: InlineArray<N, UInt64>) {
        self = Self.multiply(plain, M.rSquared)
    }

    /// The element for a plain number `low + high·R` with both halves below R.
    init(reducingWide low: InlineArray<N, UInt64>, high: InlineArray<N, UInt64>) {
        self = Self.multiply(low, M.rSquared) + Self.multiply(high, M.rCubed)
    }

    /// The element for a canonical plain number, or nil when it is not below m.
    init?(canonical plain: InlineArray<N, UInt64>) {
        guard Limbs.isLess(plain, M.modulus) else { return nil }
        self.init(reducing: plain)
    }

    static var zero: Self { Self(montgomeryLimbs: InlineArray(repeating: 0)) }
    static var one: Self { Self(montgomeryLimbs: M.rModM) }

    /// The canonical plain value (out of Montgomery form).
    var plain: InlineArray<N, UInt64> {
        Self.multiply(limbs, Limbs.small(1)).limbs
    }

    /// The canonical value as exactly `count` big-endian bytes.
    func bigEndianBytes(count: Int) -> [UInt8] {
        Limbs.toBigEndian(plain, count: count)
    }

    var isZero: Bool { Limbs.isZero(limbs) }

    /// Whether the canonical plain value is odd (the SEC1 compressed-point parity).
    var isOdd: Bool { plain[0] & 1 == 1 }

    static func == (a: Self, b: Self) -> Bool { Limbs.equal(a.limbs, b.limbs) }

    @inline(__always)
    static func + (a: Self, b: Self) -> Self {
        let (sum, carry) = Limbs.add(a.limbs, b.limbs)
        if carry || !Limbs.isLess(sum, M.modulus) {
            return Self(montgomeryLimbs: Limbs.subtract(sum, M.modulus).0)
        }
        return Self(montgomeryLimbs: sum)
    }

    @inline(__always)
    static func - (a: Self, b: Self) -> Self {
        let (difference, borrow) = Limbs.subtract(a.limbs, b.limbs)
        if borrow {
            return Self(montgomeryLimbs: Limbs.add(difference, M.modulus).0)
        }
        return Self(montgomeryLimbs: difference)
    }

    @inline(__always)
    static prefix func - (a: Self) -> Self {
        Self.zero - a
    }

    @inline(__always)
    static func * (a: Self, b: Self) -> Self {
        multiply(a.limbs, b.limbs)
    }

    @inline(__always)
    func squared() -> Self {
        Self.multiply(limbs, limbs)
    }

    /// `2·self`.
    @inline(__always)
    func doubled() -> Self { self + self }

    /// Montgomery product `a·b·R^-1 mod m`; requires `a·b < m·R` (true when either is below m
    /// and the other below R).
    @inline(__always)
    static func multiply(_ a: InlineArray<N, UInt64>, _ b: InlineArray<N, UInt64>) -> Self {
        let p = M.modulus
        var t = InlineArray<N, UInt64>(repeating: 0)
        var top: UInt64 = 0
        for i in 0..<N {
            let bi = b[i]
            var carry: UInt64 = 0
            for j in 0..<N {
                (t[j], carry) = multiplyAdd(a[j], bi, t[j], carry)
            }
            let (top1, topOverflow) = top.addingReportingOverflow(carry)
            let q = t[0] &* M.m0inv
            var carry2: UInt64 = 0
            for j in 0..<N {
                let (low, high) = multiplyAdd(p[j], q, t[j], carry2)
                if j > 0 { t[j - 1] = low }
                carry2 = high
            }
            let (last, lastOverflow) = top1.addingReportingOverflow(carry2)
            t[N - 1] = last
            top = (topOverflow ? 1 : 0) &+ (lastOverflow ? 1 : 0)
        }
        if top != 0 || !Limbs.isLess(t, p) {
            t = Limbs.subtract(t, p).0
        }
        return Self(montgomeryLimbs: t)
    }

    /// `a·b + c + d` as (low, high) words; cannot overflow 128 bits.
    ///
    /// Optimized builds use `UInt128`, which compiles to one `mul` and an add chain. Unoptimized
    /// (debug) builds call the `UInt128` operators out of line at hundreds of nanoseconds
    /// each, which made the Wycheproof suites take many minutes under `swift test`; there the
    /// equivalent `multipliedFullWidth` form is about 20 times faster. Both are exercised: debug
    /// by `swift test`, release by `swift test -c release` and the benchmarks.
    @inline(__always)
    static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> (low: UInt64, high: UInt64) {
        #if DEBUG
        let (high, low) = a.multipliedFullWidth(by: b)
        let (s1, o1) = low.addingReportingOverflow(c)
        let (s2, o2) = s1.addingReportingOverflow(d)
        return (s2, high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0))
        #else
        let r = UInt128(a) &* UInt128(b) &+ UInt128(c) &+ UInt128(d)
        return (UInt64(truncatingIfNeeded: r), UInt64(truncatingIfNeeded: r &>> 64))
        #endif
    }

    /// `self^e` for a plain exponent, left to right with a fixed 4-bit window. Variable-time.
    func power(_ exponent: InlineArray<N, UInt64>) -> Self {
        var table = [Self](repeating: .one, count: 16)
        for i in 1..<16 { table[i] = table[i - 1] * self }
        var result = Self.one
        var started = false
        var nibble = (Limbs.bitLength(exponent) + 3) / 4 - 1
        while nibble >= 0 {
            if started {
                result = result.squared().squared().squared().squared()
            }
            let digit = Int((exponent[nibble >> 4] >> UInt64((nibble & 15) * 4)) & 0xF)
            if digit != 0 {
                result = started ? result * table[digit] : table[digit]
                started = true
            }
            nibble -= 1
        }
        return result
    }

    /// The multiplicative inverse by Fermat's little theorem (m must be prime); zero maps to zero.
    func inverse() -> Self {
        power(Limbs.subtract(M.modulus, Limbs.small(2)).0)
    }

    /// A square root when m ≡ 3 (mod 4) (true of the P-256, P-384 and P-521 primes), or nil
    /// when `self` is not a square.
    func squareRoot() -> Self? {
        let exponent = Limbs.shiftRightTwo(Limbs.add(M.modulus, Limbs.small(1)).0)
        let candidate = power(exponent)
        return candidate.squared() == self ? candidate : nil
    }
}
