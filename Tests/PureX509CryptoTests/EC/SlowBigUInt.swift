/// A deliberately simple arbitrary-precision unsigned integer (little-endian 32-bit digits,
/// schoolbook multiplication, bit-by-bit long division): the slow reference the fixed-width
/// field code is checked against. Shares no code with the library.
struct SlowBigUInt: Equatable, CustomStringConvertible {
    private(set) var digits: [UInt32]

    init(_ words: [UInt64]) {
        var d: [UInt32] = []
        for w in words {
            d.append(UInt32(truncatingIfNeeded: w))
            d.append(UInt32(truncatingIfNeeded: w >> 32))
        }
        digits = d
        normalize()
    }

    init(digits: [UInt32]) {
        self.digits = digits
        normalize()
    }

    /// Little-endian 32-byte encodings and the like.
    init(littleEndianBytes bytes: [UInt8]) {
        var d = [UInt32](repeating: 0, count: (bytes.count + 3) / 4)
        for (i, b) in bytes.enumerated() { d[i / 4] |= UInt32(b) << UInt32(8 * (i % 4)) }
        self.init(digits: d)
    }

    private mutating func normalize() {
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    var isZero: Bool { digits.isEmpty }

    /// The value as `count` little-endian 64-bit words (truncating).
    func words(_ count: Int) -> [UInt64] {
        (0..<count).map { i in
            let lo = 2 * i < digits.count ? UInt64(digits[2 * i]) : 0
            let hi = 2 * i + 1 < digits.count ? UInt64(digits[2 * i + 1]) : 0
            return lo | hi << 32
        }
    }

    func littleEndianBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { i in i / 4 < digits.count ? UInt8(truncatingIfNeeded: digits[i / 4] >> UInt32(8 * (i % 4))) : 0 }
    }

    var bitWidth: Int {
        guard let last = digits.last else { return 0 }
        return 32 * (digits.count - 1) + (32 - last.leadingZeroBitCount)
    }

    func bit(_ i: Int) -> Bool {
        i / 32 < digits.count && (digits[i / 32] >> UInt32(i % 32)) & 1 == 1
    }

    static func < (a: SlowBigUInt, b: SlowBigUInt) -> Bool {
        if a.digits.count != b.digits.count { return a.digits.count < b.digits.count }
        for i in stride(from: a.digits.count - 1, through: 0, by: -1) where a.digits[i] != b.digits[i] {
            return a.digits[i] < b.digits[i]
        }
        return false
    }

    static func + (a: SlowBigUInt, b: SlowBigUInt) -> SlowBigUInt {
        var out = [UInt32](repeating: 0, count: max(a.digits.count, b.digits.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<out.count {
            let s = (i < a.digits.count ? UInt64(a.digits[i]) : 0) + (i < b.digits.count ? UInt64(b.digits[i]) : 0) + carry
            out[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        return SlowBigUInt(digits: out)
    }

    /// a - b for a ≥ b.
    static func - (a: SlowBigUInt, b: SlowBigUInt) -> SlowBigUInt {
        precondition(!(a < b), "negative result in test reference")
        var out = a.digits
        var borrow: Int64 = 0
        for i in 0..<out.count {
            var d = Int64(out[i]) - (i < b.digits.count ? Int64(b.digits[i]) : 0) - borrow
            borrow = 0
            if d < 0 { d += 1 << 32; borrow = 1 }
            out[i] = UInt32(d)
        }
        return SlowBigUInt(digits: out)
    }

    static func * (a: SlowBigUInt, b: SlowBigUInt) -> SlowBigUInt {
        if a.isZero || b.isZero { return SlowBigUInt(digits: []) }
        var out = [UInt32](repeating: 0, count: a.digits.count + b.digits.count)
        for i in 0..<a.digits.count {
            var carry: UInt64 = 0
            for j in 0..<b.digits.count {
                let t = UInt64(a.digits[i]) * UInt64(b.digits[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + b.digits.count] = UInt32(carry)
        }
        return SlowBigUInt(digits: out)
    }

    func shiftedLeftOne() -> SlowBigUInt { self + self }

    /// a mod m by binary long division.
    static func % (a: SlowBigUInt, m: SlowBigUInt) -> SlowBigUInt {
        var r = SlowBigUInt(digits: [])
        for i in stride(from: a.bitWidth - 1, through: 0, by: -1) {
            r = r.shiftedLeftOne()
            if a.bit(i) { r = r + SlowBigUInt(digits: [1]) }
            if !(r < m) { r = r - m }
        }
        return r
    }

    /// 2^k.
    static func powerOfTwo(_ k: Int) -> SlowBigUInt {
        var d = [UInt32](repeating: 0, count: k / 32 + 1)
        d[k / 32] = 1 << UInt32(k % 32)
        return SlowBigUInt(digits: d)
    }

    var description: String {
        digits.isEmpty ? "0" : "0x" + digits.reversed().map { d in
            let s = String(d, radix: 16)
            return String(repeating: "0", count: 8 - s.count) + s
        }.joined()
    }
}
