/// A base64 decoding state that can be fed piece by piece (one PEM line at a time), so that
/// a quantum may span lines and errors can be located in the piece being fed.
///
/// The caller provides the output storage: at most `3 * (characters / 4) + 3` bytes for
/// everything fed.
@usableFromInline
struct Base64Decoder {
    /// Sextets of the current quantum, most significant first.
    @usableFromInline var accumulator: UInt32 = 0
    /// Sextets in the current quantum (0...3).
    @usableFromInline var count = 0
    /// `=` characters seen in the current quantum.
    @usableFromInline var padding = 0
    /// A padded quantum ended the data: only end of input may follow.
    @usableFromInline var finished = false
    /// Bytes written to the output so far.
    @usableFromInline var written = 0
    /// Space or tab was skipped (only with `allowWhitespace`).
    @usableFromInline var sawWhitespace = false
    /// The character before the padding had non-zero unused bits (RFC 4648 3.5).
    @usableFromInline var nonZeroPaddingBits = false

    @usableFromInline
    init() {}

    /// Where decoding stopped in the piece fed, by index in that piece.
    @usableFromInline
    enum Failure: Equatable {
        case invalidCharacter(index: Int)
        case misplacedPadding(index: Int)
    }

    /// How the input ended.
    @usableFromInline
    enum End: Equatable {
        /// At a quantum boundary, padded correctly.
        case complete
        /// Two or three characters of a final quantum without `=` (decoded all the same).
        case missingPadding
        /// A final quantum with too few `=`.
        case incompletePadding
        /// One character left over.
        case danglingCharacter
    }

    /// Decodes `input`, appending to `out` from `written`; nil on success.
    @inlinable
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, allowWhitespace: Bool) -> Failure? {
        Base64.decodeTable.withUnsafeBufferPointer { table in
            var i = 0
            let n = input.count
            var o = written
            defer { written = o }
            while i < n {
                // Fast path: whole quanta of alphabet characters.
                if count == 0 && padding == 0 && !finished {
                    while i + 4 <= n {
                        let a = table[Int(input[i])], b = table[Int(input[i + 1])]
                        let c = table[Int(input[i + 2])], d = table[Int(input[i + 3])]
                        guard (a | b | c | d) & 0xC0 == 0 else { break }
                        let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                        out[o] = UInt8(truncatingIfNeeded: v >> 16)
                        out[o + 1] = UInt8(truncatingIfNeeded: v >> 8)
                        out[o + 2] = UInt8(truncatingIfNeeded: v)
                        o += 3
                        i += 4
                    }
                    if i >= n { break }
                }
                let value = table[Int(input[i])]
                if value < 64 {
                    if padding > 0 || finished { return .misplacedPadding(index: i) }
                    accumulator = accumulator << 6 | UInt32(value)
                    count += 1
                    if count == 4 {
                        out[o] = UInt8(truncatingIfNeeded: accumulator >> 16)
                        out[o + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                        out[o + 2] = UInt8(truncatingIfNeeded: accumulator)
                        o += 3
                        count = 0
                        accumulator = 0
                    }
                } else if value == Base64.padMarker {
                    // `=` only after two or three characters of a quantum (RFC 4648 4).
                    if finished || count < 2 { return .misplacedPadding(index: i) }
                    padding += 1
                    if count + padding == 4 {
                        o = flushPadded(into: out, at: o)
                        finished = true
                    }
                } else if value == Base64.whitespaceMarker && allowWhitespace {
                    sawWhitespace = true
                } else {
                    return .invalidCharacter(index: i)
                }
                i += 1
            }
            return nil
        }
    }

    /// Writes the one or two bytes of a final quantum of `count` characters.
    @inlinable
    mutating func flushPadded(into out: UnsafeMutablePointer<UInt8>, at index: Int) -> Int {
        var o = index
        if count == 2 {
            if accumulator & 0x0F != 0 { nonZeroPaddingBits = true }
            out[o] = UInt8(truncatingIfNeeded: accumulator >> 4)
            o += 1
        } else {
            if accumulator & 0x03 != 0 { nonZeroPaddingBits = true }
            out[o] = UInt8(truncatingIfNeeded: accumulator >> 10)
            out[o + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
            o += 2
        }
        count = 0
        padding = 0
        accumulator = 0
        return o
    }

    /// Ends the input: flushes an unpadded final quantum and says how the input ended.
    @inlinable
    mutating func finish(into out: UnsafeMutablePointer<UInt8>) -> End {
        if padding > 0 { return .incompletePadding }
        switch count {
        case 0: return .complete
        case 1: return .danglingCharacter
        default:
            written = flushPadded(into: out, at: written)
            return .missingPadding
        }
    }
}
