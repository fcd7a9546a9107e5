/// Reads the big-endian fields of a Java keystore (`java.io.DataInputStream` encoding: u16,
/// u32, u64, length-prefixed byte strings and "modified UTF-8" strings), checking every
/// length against what is left of the input before it is used. Every error carries the
/// byte offset of the field that failed.
struct JavaKeyStoreCursor {
    let bytes: [UInt8]
    private(set) var position: Int
    /// Where the entries end (the 20-byte integrity digest follows).
    let end: Int

    init(_ bytes: [UInt8], end: Int) {
        self.bytes = bytes
        self.position = 0
        self.end = end
    }

    var remaining: Int { end - position }
    var isAtEnd: Bool { position >= end }

    /// `count` bytes, or a `.malformed` truncation error naming `field`.
    mutating func read(_ count: Int, _ field: String) throws(KeyFileError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else {
            throw KeyFileError(.invalid("truncated: \(field) needs \(count) bytes, \(max(remaining, 0)) left"),
                               context: JavaKeyStoreCursor.context, offset: position)
        }
        defer { position += count }
        return bytes[position..<position + count]
    }

    mutating func readU16(_ field: String) throws(KeyFileError) -> Int {
        let b = try read(2, field)
        return Int(b[b.startIndex]) << 8 | Int(b[b.startIndex + 1])
    }

    mutating func readU32(_ field: String) throws(KeyFileError) -> UInt32 {
        let b = try read(4, field)
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func readU64(_ field: String) throws(KeyFileError) -> UInt64 {
        let b = try read(8, field)
        return b.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// A u32 length, then that many bytes; the length is checked against the input left
    /// before anything is read (a hostile length never allocates).
    mutating func readBlob(_ field: String) throws(KeyFileError) -> (offset: Int, bytes: [UInt8]) {
        let at = position
        let length = try readU32(field + " length")
        guard Int(length) <= remaining else {
            throw KeyFileError(.invalid("\(field) length \(length) runs past the end of the input (\(remaining) bytes left)"),
                               context: JavaKeyStoreCursor.context, offset: at)
        }
        let start = position
        return (start, Array(try read(Int(length), field)))
    }

    /// A `DataOutputStream.writeUTF` string: a u16 byte length, then modified UTF-8 (NUL
    /// as C0 80, characters outside the BMP as two 3-byte surrogates). Decoded leniently:
    /// an alias is shown, never trusted.
    mutating func readUTF(_ field: String) throws(KeyFileError) -> String {
        let length = try readU16(field + " length")
        let raw = try read(length, field)
        return String(decoding: raw, as: UTF8.self)
    }

    static let context = "Java keystore"
}
