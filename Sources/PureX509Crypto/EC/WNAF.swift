/// Width-w non-adjacent form recoding of a scalar (Hankerson, Menezes and Vanstone, "Guide to
/// Elliptic Curve Cryptography", algorithm 3.35): digits that are zero or odd with
/// `|d| < 2^(w-1)`, at least w-1 zeros after each non-zero digit, and `k = Σ d_i·2^i`.
/// Variable-time: the positions of the non-zero digits depend on the scalar.
enum WNAF {
    /// The digits of the little-endian `words`, least significant first; the array has
    /// `64·words.count + 1` entries.
    static func digits(of words: [UInt64], width: Int) -> [Int8] {
        precondition(width >= 2 && width <= 8, "wNAF width must be 2...8")
        let bitCount = 64 * words.count
        var digits = [Int8](repeating: 0, count: bitCount + 1)
        var carry = 0
        var i = 0
        while i < bitCount {
            if bits(words, at: i, count: 1) == carry {
                i += 1
                continue
            }
            let count = min(width, bitCount - i)
            var window = bits(words, at: i, count: count) + carry
            carry = (window >> (width - 1)) & 1
            window -= carry << width
            digits[i] = Int8(window)
            i += count
        }
        digits[bitCount] = Int8(carry)
        return digits
    }

    /// `count` (≤ 8) bits of `words` starting at bit `index`, as a non-negative Int.
    @inline(__always)
    private static func bits(_ words: [UInt64], at index: Int, count: Int) -> Int {
        let word = index >> 6
        let shift = index & 63
        var value = words[word] >> UInt64(shift)
        if shift + count > 64 && word + 1 < words.count {
            value |= words[word + 1] << UInt64(64 - shift)
        }
        return Int(value & ((1 << UInt64(count)) - 1))
    }
}
