/// Finding line ends (LF or CR) eight bytes at a time: most of a PEM file is base64 lines
/// of 64 characters, so seven words in eight hold no line end and are passed over whole.
enum LineEndScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word with the high bit set in (at least) the lowest byte of `word` that equals
    /// `byte` (`byte` repeated in every lane); zero when no byte equals it. The classic
    /// "has a zero byte" test on `word ^ pattern`: exact for the lowest match, which is all
    /// the callers use.
    @inline(__always)
    private static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return (x &- ones) & ~x & highs
    }

    /// The index of the first LF or CR at or after `index`, or `buffer.count`.
    @inline(__always)
    static func next(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        let count = buffer.count
        if let base = buffer.baseAddress {
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = matches(word, 0x0A0A_0A0A_0A0A_0A0A) | matches(word, 0x0D0D_0D0D_0D0D_0D0D)
                if found != 0 {
                    // The lowest flagged byte is the first match (borrows only run upwards).
                    return index + found.trailingZeroBitCount / 8
                }
                index += 8
            }
        }
        while index < count && buffer[index] != 0x0A && buffer[index] != 0x0D { index += 1 }
        return index
    }
}
