/// Builds TLS presentation-language bytes: integers and length-prefixed vectors
/// (RFC 8446 section 3).
struct TLSWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(value & 0xFF))
    }

    mutating func u24(_ value: Int) {
        bytes.append(UInt8((value >> 16) & 0xFF))
        bytes.append(UInt8((value >> 8) & 0xFF))
        bytes.append(UInt8(value & 0xFF))
    }

    mutating func append(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    /// Writes what `body` writes, prefixed with its length in `lengthBytes` bytes.
    mutating func vector(lengthBytes: Int, _ body: (inout TLSWriter) -> Void) {
        var inner = TLSWriter()
        body(&inner)
        let length = inner.bytes.count
        switch lengthBytes {
        case 1: u8(UInt8(length))
        case 2: u16(UInt16(length))
        default: u24(length)
        }
        append(inner.bytes)
    }
}
