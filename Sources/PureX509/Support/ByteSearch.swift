#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether and where a byte string occurs in a buffer, fast enough to run over whole files:
/// `memchr` (vectorised in the C library) to each candidate place of one of its bytes,
/// `memcmp` there. The one helper behind `scan`'s choice of files to read, the search for
/// joined BEGIN lines and the format sniffer's BEGIN lines.
package enum ByteSearch {
    /// True when `needle` occurs in `bytes` (false for an empty needle).
    package static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                firstIndex(of: needle, in: haystack, from: 0, to: haystack.count) != nil
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
        firstIndex(of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: buffer, from: start, to: end)
    }

    /// Where `needle` first occurs in `buffer[start..<end]`, or nil. memchr goes to each
    /// place of the needle's rarest byte in PEM text (`anchor`), memcmp checks the rest.
    static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard let base = buffer.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty,
              start >= 0, end <= buffer.count, end - start >= needle.count
        else { return nil }
        let anchor = anchorIndex(needle)
        let last = end - needle.count  // the last place the needle may start
        var offset = start
        while offset <= last {
            guard let found = memchr(base + offset + anchor, Int32(needle[anchor]), last - offset + 1) else { return nil }
            let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base - anchor
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// The needle byte to look for first: one that base64 text never holds (most of a PEM
    /// file), a dash last among those (every boundary line has ten); else the first byte.
    /// "-----BEGIN " is then found by its space: two per block instead of twenty dashes.
    static func anchorIndex(_ needle: UnsafeBufferPointer<UInt8>) -> Int {
        func isBase64(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2B || byte == 0x2F || byte == 0x3D
        }
        if let rare = needle.firstIndex(where: { !isBase64($0) && $0 != 0x2D }) { return rare }
        return needle.firstIndex(where: { !isBase64($0) }) ?? 0
    }

    /// Where the first `byte` is in `buffer[start..<end]`, or nil.
    package static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = buffer.baseAddress, start < end, start >= 0, end <= buffer.count,
              let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
