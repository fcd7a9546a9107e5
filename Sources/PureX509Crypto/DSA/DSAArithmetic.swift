/// The few big-integer operations DSA verification needs beyond Montgomery exponentiation:
/// a full product and a remainder. Variable-time, for public values only (verification);
/// schoolbook multiplication and bit-serial long division are fast enough for DSA's sizes
/// (p at most 10,000 bits, q at most 512 bits).
enum DSAArithmetic {
    /// a * b.
    static func multiply(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        let x = a.limbs, y = b.limbs
        var result = [UInt64](repeating: 0, count: x.count + y.count)
        for i in 0..<x.count {
            var carry: UInt64 = 0
            for j in 0..<y.count {
                let (high, low) = x[i].multipliedFullWidth(by: y[j])
                let (sum1, overflow1) = result[i + j].addingReportingOverflow(low)
                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                result[i + j] = sum2
                carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            result[i + y.count] = carry
        }
        return BigUInt(limbs: result)
    }

    /// a mod m (m non-zero), by shift-and-subtract from the top bit of a down.
    static func remainder(_ a: BigUInt, _ m: BigUInt) -> BigUInt {
        precondition(!m.isZero, "remainder by zero")
        if a < m { return a }
        let k = m.limbs.count + 1
        var r = [UInt64](repeating: 0, count: k)
        let modulus = m.limbs + [0]
        var index = a.bitWidth - 1
        while index >= 0 {
            // r = 2r + bit
            var carry: UInt64 = a.bit(index) ? 1 : 0
            for i in 0..<k {
                let next = r[i] >> 63
                r[i] = (r[i] << 1) | carry
                carry = next
            }
            if !isLess(r, modulus) { subtract(&r, modulus) }
            index -= 1
        }
        return BigUInt(limbs: r)
    }

    /// a * b mod m.
    static func multiply(_ a: BigUInt, _ b: BigUInt, modulo m: BigUInt) -> BigUInt {
        remainder(multiply(a, b), m)
    }

    /// lhs < rhs for equal-length little-endian limb arrays.
    private static func isLess(_ lhs: [UInt64], _ rhs: [UInt64]) -> Bool {
        var i = lhs.count - 1
        while i >= 0 {
            if lhs[i] != rhs[i] { return lhs[i] < rhs[i] }
            i -= 1
        }
        return false
    }

    /// lhs -= rhs for equal-length arrays, lhs >= rhs.
    fileprivate static func subtract(_ lhs: inout [UInt64], _ rhs: [UInt64]) {
        var borrow = false
        for i in 0..<lhs.count {
            let (d1, o1) = lhs[i].subtractingReportingOverflow(rhs[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            lhs[i] = d2
            borrow = o1 || o2
        }
    }
}

extension DSAArithmetic {
    /// a - b for a >= b.
    static func subtract(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var x = a.limbs
        let y = b.limbs + [UInt64](repeating: 0, count: max(0, x.count - b.limbs.count))
        subtract(&x, y)
        return BigUInt(limbs: x)
    }

    /// a >> count.
    static func shiftedRight(_ a: BigUInt, by count: Int) -> BigUInt {
        let limbShift = count / 64, bitShift = count % 64
        let x = a.limbs
        guard limbShift < x.count else { return BigUInt() }
        var result = [UInt64](repeating: 0, count: x.count - limbShift)
        for i in 0..<result.count {
            let low = x[i + limbShift] >> UInt64(bitShift)
            let high: UInt64 = (bitShift > 0 && i + limbShift + 1 < x.count) ? x[i + limbShift + 1] << UInt64(64 - bitShift) : 0
            result[i] = low | high
        }
        return BigUInt(limbs: result)
    }
}
