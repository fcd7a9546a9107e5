/// Hex text for bytes, made in one buffer rather than a String per byte (fingerprints,
/// serial numbers and key identifiers of thousands of certificates are rendered this way).
enum HexText {
    private static let upper: StaticString = "0123456789ABCDEF"
    private static let lower: StaticString = "0123456789abcdef"

    /// `bytes` as hex digits, `separator` (one ASCII byte) between bytes when given.
    static func string(_ bytes: some Sequence<UInt8>, uppercase: Bool = true, separator: UInt8? = nil) -> String {
        let run = { (buffer: UnsafeBufferPointer<UInt8>) -> String in
            let size = buffer.isEmpty ? 0 : 2 * buffer.count + (separator == nil ? 0 : buffer.count - 1)
            return String(unsafeUninitializedCapacity: size) { target in
                let digits = uppercase ? upper.utf8Start : lower.utf8Start
                var position = 0
                for (index, byte) in buffer.enumerated() {
                    if let separator, index > 0 {
                        target[position] = separator
                        position += 1
                    }
                    target[position] = digits[Int(byte >> 4)]
                    target[position + 1] = digits[Int(byte & 0x0F)]
                    position += 2
                }
                return position
            }
        }
        if let text = bytes.withContiguousStorageIfAvailable(run) { return text }
        return Array(bytes).withUnsafeBufferPointer(run)
    }
}
