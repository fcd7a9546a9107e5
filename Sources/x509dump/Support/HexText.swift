/// Hex digits for bytes, made without a String per byte: "0a1b" for JSON, "0A:1B" for the
/// text a person reads (fingerprints, key identifiers).
enum HexText {
    static let lowerDigits: StaticString = "0123456789abcdef"
    static let upperDigits: StaticString = "0123456789ABCDEF"

    /// The length of the text for `count` bytes.
    static func length(_ count: Int, colons: Bool) -> Int {
        count == 0 ? 0 : colons ? 3 * count - 1 : 2 * count
    }

    /// Writes the digits of `bytes` into `pointer`, returns how many were written.
    static func fill(_ bytes: UnsafeBufferPointer<UInt8>, into pointer: UnsafeMutablePointer<UInt8>, uppercase: Bool, colons: Bool) -> Int {
        let digits = uppercase ? upperDigits.utf8Start : lowerDigits.utf8Start
        var position = 0
        for (index, byte) in bytes.enumerated() {
            if colons && index > 0 {
                pointer[position] = 0x3A
                position += 1
            }
            pointer[position] = digits[Int(byte >> 4)]
            pointer[position + 1] = digits[Int(byte & 0x0F)]
            position += 2
        }
        return position
    }

    /// `bytes` as hex text.
    static func string<Bytes: Sequence<UInt8>>(_ bytes: Bytes, uppercase: Bool, colons: Bool) -> String {
        let run: (UnsafeBufferPointer<UInt8>) -> String = { buffer in
            String(unsafeUninitializedCapacity: length(buffer.count, colons: colons)) { target in
                fill(buffer, into: target.baseAddress!, uppercase: uppercase, colons: colons)
            }
        }
        if let text = bytes.withContiguousStorageIfAvailable(run) { return text }
        return Array(bytes).withUnsafeBufferPointer(run)
    }

    /// Writes `bytes` as hex text to `output`, in pieces of at most 4 KiB of bytes.
    static func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to output: BufferedOutput, uppercase: Bool, colons: Bool) {
        let run: (UnsafeBufferPointer<UInt8>) -> Void = { buffer in
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + 4096)
                let piece = UnsafeBufferPointer(rebasing: buffer[start..<end])
                output.reserve(length(piece.count, colons: colons) + (colons ? 1 : 0)) { pointer in
                    var written = 0
                    if colons && start > 0 {
                        pointer[0] = 0x3A
                        written = 1
                    }
                    return written + fill(piece, into: pointer + written, uppercase: uppercase, colons: colons)
                }
                start = end
            }
        }
        if bytes.withContiguousStorageIfAvailable(run) == nil {
            Array(bytes).withUnsafeBufferPointer(run)
        }
    }
}
