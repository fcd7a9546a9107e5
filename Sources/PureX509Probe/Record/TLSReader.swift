/// A cursor over TLS presentation-language bytes (RFC 8446 section 3): big-endian
/// integers and length-prefixed vectors, each length checked against what is left.
/// Sub-readers share the storage; offsets in errors count from `origin` (the message's
/// position in the handshake stream).
struct TLSReader {
    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int
    /// What is being read, for errors ("ServerHello").
    let context: String
    /// Added to positions in error messages.
    let origin: Int

    init(_ bytes: [UInt8], context: String, origin: Int = 0) {
        self.init(bytes, start: 0, end: bytes.count, context: context, origin: origin)
    }

    init(_ bytes: [UInt8], start: Int, end: Int, context: String, origin: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
        self.context = context
        self.origin = origin
    }

    var remaining: Int { end - position }
    var isEmpty: Bool { position >= end }

    func error(_ message: String, at offset: Int? = nil) -> ProbeError {
        .malformed("\(context): \(message) at byte \(origin + (offset ?? position))")
    }

    mutating func u8(_ what: String) throws(ProbeError) -> UInt8 {
        guard remaining >= 1 else { throw error("\(what) truncated") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u16(_ what: String) throws(ProbeError) -> UInt16 {
        guard remaining >= 2 else { throw error("\(what) truncated") }
        defer { position += 2 }
        return UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])
    }

    mutating func u24(_ what: String) throws(ProbeError) -> Int {
        guard remaining >= 3 else { throw error("\(what) truncated") }
        defer { position += 3 }
        return Int(bytes[position]) << 16 | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2])
    }

    /// `count` bytes, copied out.
    mutating func bytes(_ count: Int, _ what: String) throws(ProbeError) -> [UInt8] {
        guard count >= 0, remaining >= count else {
            throw error("\(what) needs \(count) bytes, \(remaining) left")
        }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    /// A sub-reader over the next `count` bytes.
    mutating func sub(_ count: Int, _ what: String) throws(ProbeError) -> TLSReader {
        guard count >= 0, remaining >= count else {
            throw error("\(what) length \(count) exceeds the \(remaining) bytes left")
        }
        defer { position += count }
        return TLSReader(bytes, start: position, end: position + count, context: context, origin: origin)
    }

    /// A vector with a one-, two- or three-byte length prefix, as a sub-reader.
    mutating func vector(lengthBytes: Int, _ what: String, minimum: Int = 0) throws(ProbeError) -> TLSReader {
        let start = position
        let length: Int
        switch lengthBytes {
        case 1: length = Int(try u8("\(what) length"))
        case 2: length = Int(try u16("\(what) length"))
        default: length = try u24("\(what) length")
        }
        guard length >= minimum else { throw error("\(what) is shorter than \(minimum) bytes", at: start) }
        return try sub(length, what)
    }

    /// The rest of the bytes as an array.
    mutating func rest() -> [UInt8] {
        defer { position = end }
        return Array(bytes[position..<end])
    }

    /// Fails unless everything was read.
    func finish(_ what: String) throws(ProbeError) {
        guard isEmpty else { throw error("\(remaining) unexpected trailing bytes after \(what)") }
    }
}
