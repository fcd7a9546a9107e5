// Shared helpers for the libFuzzer harnesses in Fuzz/Harnesses/. Compiled into every
// harness binary by Fuzz/build.sh; not part of any SwiftPM target.

/// Copies libFuzzer's input into an array (the library's parsers take `[UInt8]`).
@inline(__always)
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// An invariant that must hold for every input; a violation is a bug, reported to
/// libFuzzer as a crash with the message.
@inline(__always)
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
               file: StaticString = #file, line: UInt = #line) {
    if !condition() { fatalError("fuzz invariant failed: \(message())", file: file, line: line) }
}

/// Splits one fuzz input into typed parameters, front to back, never trapping when the
/// input runs out (like LLVM's FuzzedDataProvider, simplified).
struct FuzzInput {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position >= bytes.count }
    var remainingCount: Int { bytes.count - position }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// A value in `range`, from up to two bytes.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = range.upperBound - range.lowerBound
        if span <= 0 { return range.lowerBound }
        let raw = span < 256 ? Int(byte()) : Int(byte()) << 8 | Int(byte())
        return range.lowerBound + raw % (span + 1)
    }

    /// Up to `count` bytes (fewer when the input runs out).
    mutating func bytes(_ count: Int) -> [UInt8] {
        let n = max(0, min(count, remainingCount))
        defer { position += n }
        return Array(bytes[position..<position + n])
    }

    /// A length-prefixed chunk: one length byte (0-255, or up to `maximum`) then the bytes.
    mutating func chunk(maximum: Int = 255) -> [UInt8] {
        bytes(int(in: 0...maximum))
    }

    /// Everything left.
    mutating func rest() -> [UInt8] { bytes(remainingCount) }

    /// Splits the rest on a separator sequence (for multi-file and multi-part inputs).
    mutating func restSplit(on separator: [UInt8], maximumParts: Int = 16) -> [[UInt8]] {
        let rest = rest()
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= rest.count && parts.count < maximumParts - 1 {
            if rest[index..<index + separator.count].elementsEqual(separator) {
                parts.append(Array(rest[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(rest[start...]))
        return parts
    }
}
