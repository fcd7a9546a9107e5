#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a byte string occurs in a buffer, fast enough to run over whole files: `memchr`
/// (vectorised in the C library) to each candidate first byte, `memcmp` there. The one
/// helper behind `scan`'s choice of files to read and `pem`'s search for joined BEGIN lines.
package enum ByteSearch {
    /// True when `needle` occurs in `bytes` (false for an empty needle).
    package static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let start = haystack.baseAddress, let pattern = needle.baseAddress, let first = needle.first,
                      haystack.count >= needle.count
                else { return false }
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last {
                    guard let found = memchr(start + offset, Int32(first), last - offset + 1) else { return false }
                    let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - start
                    if memcmp(start + position, pattern, needle.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// True when the UTF-8 of `needle` occurs in `bytes`.
    package static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        contains(bytes, Array(needle.utf8))
    }

    /// Where `needle` first occurs in `buffer[start..<end]`, or nil (nil for an empty needle).
    package static func firstIndex(
        of needle: StaticString, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard let base = buffer.baseAddress, needle.utf8CodeUnitCount > 0, start >= 0, end <= buffer.count else { return nil }
        let length = needle.utf8CodeUnitCount
        var offset = start
        while offset <= end - length {
            guard let found = memchr(base + offset, Int32(needle.utf8Start[0]), end - length - offset + 1) else { return nil }
            let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + position, needle.utf8Start, length) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// Where the first `byte` is in `buffer[start..<end]`, or nil.
    package static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = buffer.baseAddress, start < end, start >= 0, end <= buffer.count,
              let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
