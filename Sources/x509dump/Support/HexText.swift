/// Hex digits for bytes, made without a String per byte: "0a1b" for JSON, "0A:1B" for the
/// text a person reads (fingerprints, key identifiers).
enum HexText {
    static let lowerDigits: StaticString = "0123456789abcdef"
    static let upperDigits: StaticString = "0123456789ABCDEF"

    /// The length of the text for `count` bytes.
    static func length(_ count: Int, colons: Bool) -> Int {
        count == 0 ? 0 : colons ? 3 * count - 1 : 2 * count
    }

    /// The two digits of every byte value, lowercase then uppercase, as they lie in memory.
    private static let pairs: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 512)
        for (half, digits) in [lowerDigits, upperDigits].enumerated() {
            for byte in 0..<256 {
                let high = UInt16(digits.utf8Start[byte >> 4]), low = UInt16(digits.utf8Start[byte & 0x0F])
                // Stored in host order, read back as the bytes high digit, low digit.
                table[half * 256 + byte] = (high | low << 8).littleEndian
            }
        }
        return table
    }()

    /// Writes the digits of `bytes` into `pointer`, returns how many were written: two bytes
    /// of digits from a table per byte, and a colon between bytes when `colons`.
    static func fill(_ bytes: UnsafeBufferPointer<UInt8>, into pointer: UnsafeMutablePointer<UInt8>, uppercase: Bool, colons: Bool) -> Int {
        guard !bytes.isEmpty else { return 0 }
        return pairs.withUnsafeBufferPointer { table in
            let pairs = table.baseAddress! + (uppercase ? 256 : 0)
            let target = UnsafeMutableRawPointer(pointer)
            if !colons {
                for index in 0..<bytes.count {
                    target.storeBytes(of: pairs[Int(bytes[index])], toByteOffset: 2 * index, as: UInt16.self)
                }
                return 2 * bytes.count
            }
            target.storeBytes(of: pairs[Int(bytes[0])], toByteOffset: 0, as: UInt16.self)
            for index in 1..<bytes.count {
                pointer[3 * index - 1] = 0x3A
                target.storeBytes(of: pairs[Int(bytes[index])], toByteOffset: 3 * index, as: UInt16.self)
            }
            return 3 * bytes.count - 1
        }
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
