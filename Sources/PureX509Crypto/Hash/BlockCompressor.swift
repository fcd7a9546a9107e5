/// The compression function of a Merkle–Damgård hash (MD5, SHA-1, SHA-2): the chaining
/// state and how it absorbs whole blocks. Padding and buffering live in
/// ``MerkleDamgardEngine``, which is shared by all of them.
protocol BlockCompressor: Sendable {
    /// Block size in bytes (64 or 128).
    static var blockSize: Int { get }
    /// Size of the message-length field that ends the padding: 8 bytes, or 16 for SHA-384/512
    /// (FIPS 180-4 section 5.1).
    static var lengthFieldSize: Int { get }
    /// MD5 writes the length little-endian (RFC 1321 section 3.2); SHA big-endian.
    static var littleEndianLength: Bool { get }

    /// Absorbs `count` whole blocks read from `blocks` (which need not be aligned).
    mutating func compress(_ blocks: UnsafeRawPointer, count: Int)

    /// Writes the first `count` bytes of the serialized chaining state to `output`.
    func store(_ output: UnsafeMutableRawPointer, count: Int)
}

extension BlockCompressor {
    /// The first `length` bytes of the serialized chaining state.
    func digest(length: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            if let base = buffer.baseAddress {
                store(UnsafeMutableRawPointer(base), count: length)
            }
            initialized = length
        }
    }

    /// Writes the length field that ends the padding, for a message of `byteCount` bytes, at
    /// `field` (the last ``lengthFieldSize`` bytes of a block).
    static func storeLength(_ byteCount: UInt64, at field: UnsafeMutableRawPointer) {
        let bitLength = byteCount &<< 3
        if littleEndianLength {
            field.storeBytes(of: bitLength.littleEndian, as: UInt64.self)
        } else if lengthFieldSize == 16 {
            field.storeBytes(of: (byteCount &>> 61).bigEndian, as: UInt64.self)
            field.storeBytes(of: bitLength.bigEndian, toByteOffset: 8, as: UInt64.self)
        } else {
            field.storeBytes(of: bitLength.bigEndian, as: UInt64.self)
        }
    }
}
