@testable import PureX509Crypto

/// Slow, obviously-correct reference arithmetic on little-endian limb arrays, used to check
/// the Montgomery code. Schoolbook multiplication and bit-by-bit long division only.
enum NaiveArithmetic {
    /// a * b.
    static func multiply(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        let x = a.limbs, y = b.limbs
        guard !x.isEmpty, !y.isEmpty else { return BigUInt() }
        var result = [UInt64](repeating: 0, count: x.count + y.count)
        for i in 0..<x.count {
            var carry: UInt64 = 0
            for j in 0..<y.count {
                let (high, low) = x[i].multipliedFullWidth(by: y[j])
                let (s1, o1) = low.addingReportingOverflow(result[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                result[i + j] = s2
                carry = high + (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
            result[i + y.count] = carry
        }
        return BigUInt(limbs: result)
    }

    /// a mod n, by shifting in one bit of `a` at a time and subtracting n when possible.
    static func remainder(_ a: BigUInt, _ n: BigUInt) -> BigUInt {
        var r = BigUInt()
        var bit = a.bitWidth - 1
        while bit >= 0 {
            r = shiftLeftOne(r, adding: a.bit(bit))
            if r >= n { r = subtract(r, n) }
            bit -= 1
        }
        return r
    }

    /// base^exponent mod n, right-to-left.
    static func power(_ base: BigUInt, _ exponent: BigUInt, _ n: BigUInt) -> BigUInt {
        var result = remainder(BigUInt(1), n)
        var square = remainder(base, n)
        for bit in 0..<exponent.bitWidth {
            if exponent.bit(bit) { result = remainder(multiply(result, square), n) }
            square = remainder(multiply(square, square), n)
        }
        return result
    }

    /// 2^exponent.
    static func powerOfTwo(_ exponent: Int) -> BigUInt {
        var limbs = [UInt64](repeating: 0, count: exponent / 64 + 1)
        limbs[exponent / 64] = 1 << UInt64(exponent % 64)
        return BigUInt(limbs: limbs)
    }

    /// a - b for a >= b.
    static func subtract(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var result = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<result.count {
            let other = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, b1) = result[i].subtractingReportingOverflow(other)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            result[i] = d2
            borrow = (b1 || b2) ? 1 : 0
        }
        precondition(borrow == 0, "subtract: a < b")
        return BigUInt(limbs: result)
    }

    private static func shiftLeftOne(_ a: BigUInt, adding bit: Bool) -> BigUInt {
        var result = [UInt64]()
        var carry: UInt64 = bit ? 1 : 0
        for limb in a.limbs {
            result.append((limb << 1) | carry)
            carry = limb >> 63
        }
        result.append(carry)
        return BigUInt(limbs: result)
    }
}

/// A small deterministic generator (SplitMix64) so that every random test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random integer of exactly `bits` bits (top bit set).
    mutating func integer(bits: Int) -> BigUInt {
        var limbs = (0..<((bits + 63) / 64)).map { _ in next() }
        let topBits = bits - 64 * (limbs.count - 1)
        limbs[limbs.count - 1] &= topBits == 64 ? .max : (1 << UInt64(topBits)) - 1
        limbs[limbs.count - 1] |= 1 << UInt64(topBits - 1)
        return BigUInt(limbs: limbs)
    }

    /// A random odd integer of exactly `bits` bits.
    mutating func oddInteger(bits: Int) -> BigUInt {
        var limbs = integer(bits: bits).limbs
        limbs[0] |= 1
        return BigUInt(limbs: limbs)
    }

    /// A random integer below `bound` (bound > 0).
    mutating func integer(below bound: BigUInt) -> BigUInt {
        while true {
            var limbs = (0..<bound.limbs.count).map { _ in next() }
            let top = bound.limbs[bound.limbs.count - 1]
            limbs[limbs.count - 1] &= UInt64.max >> UInt64(top.leadingZeroBitCount)
            let candidate = BigUInt(limbs: limbs)
            if candidate < bound { return candidate }
        }
    }
}
