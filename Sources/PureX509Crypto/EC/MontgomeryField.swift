/// A prime field (or integers modulo a prime group order) in Montgomery form with a fixed
/// number of limbs: the generated `*Element` types implement the fast core (multiply, square,
/// add, subtract, compare); this protocol's extension derives the rest of `ModularField`
/// (conversions, exponentiation, inverse, square root) from it.
protocol MontgomeryField: ModularField {
    /// N, the number of 64-bit limbs.
    static var limbCount: Int { get }
    /// `-m^-1 mod 2^64`.
    static var m0inv: UInt64 { get }
    /// `R mod m` with `R = 2^(64N)` (the Montgomery form of 1).
    static var rModMWords: [UInt64] { get }
    /// `R^2 mod m`: multiplying a plain number below R by it gives its Montgomery form.
    static var rSquaredWords: [UInt64] { get }
    /// `R^3 mod m`: the same for the high half of a 2N-limb number.
    static var rCubedWords: [UInt64] { get }
    /// The element whose Montgomery limbs are `words` (padded or truncated to N).
    init(montgomeryWords words: [UInt64])
    /// The Montgomery limbs.
    var montgomeryWords: [UInt64] { get }
}

extension MontgomeryField {
    /// The plain value of N limbs below R, reduced modulo m: `words · R^2 · R^-1 = words · R`.
    /// Montgomery reduction needs only `a·b < m·R`, which holds for any a < R and b = R^2 mod m.
    init(reducingWords words: [UInt64]) {
        self = Self(montgomeryWords: words) * Self(montgomeryWords: Self.rSquaredWords)
    }

    /// The value `low + high·R` of a 2N-limb number, reduced modulo m.
    init(reducingWide low: [UInt64], high: [UInt64]) {
        self = Self(reducingWords: low) + Self(montgomeryWords: high) * Self(montgomeryWords: Self.rCubedWords)
    }

    init?(canonicalWords words: [UInt64]) {
        guard words.count <= Self.limbCount, Self.isBelowModulus(words) else { return nil }
        self.init(reducingWords: words)
    }

    init?(canonicalBigEndian bytes: ArraySlice<UInt8>) {
        guard let words = Self.words(bigEndian: bytes) else { return nil }
        self.init(canonicalWords: words)
    }

    init?(reducingBigEndian bytes: ArraySlice<UInt8>) {
        guard let words = Self.words(bigEndian: bytes) else { return nil }
        self.init(reducingWords: words)
    }

    /// The canonical value: `self · 1 · R^-1`.
    var words: [UInt64] {
        var one = [UInt64](repeating: 0, count: Self.limbCount)
        one[0] = 1
        return (self * Self(montgomeryWords: one)).montgomeryWords
    }

    func bigEndianBytes(count: Int) -> [UInt8] {
        let w = words
        var out = [UInt8](repeating: 0, count: count)
        for i in 0..<min(count, 8 * w.count) {
            out[count - 1 - i] = UInt8(truncatingIfNeeded: w[i >> 3] >> UInt64((i & 7) * 8))
        }
        return out
    }

    var isOdd: Bool { words[0] & 1 == 1 }

    @inline(__always)
    func doubled() -> Self { self + self }

    @inline(__always)
    static prefix func - (a: Self) -> Self { Self.zero - a }

    /// `self^e` for plain little-endian exponent words, left to right with a 4-bit window.
    func power(_ exponent: [UInt64]) -> Self {
        var table = [Self](repeating: .one, count: 16)
        for i in 1..<16 { table[i] = table[i - 1] * self }
        var result = Self.one
        var started = false
        var nibble = 16 * exponent.count - 1
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

    /// The inverse by Fermat's little theorem, `self^(m-2)` (m prime); zero maps to zero.
    func inverse() -> Self {
        power(Self.offset(Self.modulusWords, by: -2))
    }

    /// A square root when m ≡ 3 (mod 4), as the NIST primes are: `self^((m+1)/4)`, or nil when
    /// `self` is not a square.
    func squareRoot() -> Self? {
        let plusOne = Self.offset(Self.modulusWords, by: 1)
        var exponent = plusOne
        for i in exponent.indices {
            let high: UInt64 = i + 1 < plusOne.count ? plusOne[i + 1] << 62 : 0
            exponent[i] = (plusOne[i] >> 2) | high
        }
        let candidate = power(exponent)
        return candidate.squared() == self ? candidate : nil
    }

    /// `words + delta` for a small delta (no overflow or underflow for the moduli used).
    private static func offset(_ words: [UInt64], by delta: Int) -> [UInt64] {
        var out = words
        if delta >= 0 {
            var carry = UInt64(delta)
            for i in out.indices where carry != 0 {
                (out[i], carry) = ECWord.addWithCarry(out[i], carry)
            }
        } else {
            var borrow = UInt64(-delta)
            for i in out.indices where borrow != 0 {
                let (d, o) = out[i].subtractingReportingOverflow(borrow)
                out[i] = d
                borrow = o ? 1 : 0
            }
        }
        return out
    }

    /// Whether little-endian words (at most N) are below the modulus.
    static func isBelowModulus(_ words: [UInt64]) -> Bool {
        let m = modulusWords
        for i in stride(from: m.count - 1, through: 0, by: -1) {
            let w = i < words.count ? words[i] : 0
            if w != m[i] { return w < m[i] }
        }
        return false
    }

    /// Big-endian bytes as N little-endian words, or nil if the number needs more than N
    /// limbs (leading zero bytes are allowed).
    static func words(bigEndian bytes: ArraySlice<UInt8>) -> [UInt64]? {
        var words = [UInt64](repeating: 0, count: limbCount)
        var bit = 0
        for byte in bytes.reversed() {
            if bit >> 6 >= limbCount {
                if byte != 0 { return nil }
                continue
            }
            words[bit >> 6] |= UInt64(byte) << UInt64(bit & 63)
            bit += 8
        }
        return words
    }
}
