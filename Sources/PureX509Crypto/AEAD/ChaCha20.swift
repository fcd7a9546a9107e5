/// The ChaCha20 stream cipher of RFC 8439 section 2.3-2.4 (256-bit key, 96-bit nonce,
/// 32-bit block counter), for ``ChaCha20Poly1305``.
///
/// The state is held as four rows of four 32-bit words (`SIMD4<UInt32>`); a column round
/// works on the rows directly and a diagonal round after rotating rows 1-3 by one, two and
/// three lanes. Additions, XORs and fixed rotations only: constant-time.
struct ChaCha20 {
    typealias Row = SIMD4<UInt32>

    private let key0: Row
    private let key1: Row
    private let nonce: (UInt32, UInt32, UInt32)

    /// `key` must be 32 bytes and `nonce` 12 (checked by the caller).
    init(key: [UInt8], nonce: [UInt8]) {
        precondition(key.count == 32 && nonce.count == 12, "ChaCha20 takes a 32-byte key and a 12-byte nonce")
        func word(_ bytes: [UInt8], _ i: Int) -> UInt32 {
            UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16 | UInt32(bytes[4 * i + 3]) << 24
        }
        key0 = Row(word(key, 0), word(key, 1), word(key, 2), word(key, 3))
        key1 = Row(word(key, 4), word(key, 5), word(key, 6), word(key, 7))
        self.nonce = (word(nonce, 0), word(nonce, 1), word(nonce, 2))
    }

    @inline(__always)
    private static func rotate(_ v: Row, _ n: UInt32) -> Row {
        (v &<< n) | (v &>> (32 &- n))
    }

    /// Four quarter rounds at once, one per lane (section 2.1).
    @inline(__always)
    private static func quarterRounds(_ a: inout Row, _ b: inout Row, _ c: inout Row, _ d: inout Row) {
        a &+= b; d ^= a; d = rotate(d, 16)
        c &+= d; b ^= c; b = rotate(b, 12)
        a &+= b; d ^= a; d = rotate(d, 8)
        c &+= d; b ^= c; b = rotate(b, 7)
    }

    /// The block function (section 2.3): 20 rounds, then the input added back; the four
    /// rows of the output state (serialize each word little-endian).
    func block(counter: UInt32) -> (Row, Row, Row, Row) {
        let a0 = Row(0x6170_7865, 0x3320_646E, 0x7962_2D32, 0x6B20_6574)
        let d0 = Row(counter, nonce.0, nonce.1, nonce.2)
        var a = a0, b = key0, c = key1, d = d0
        for _ in 0..<10 {
            Self.quarterRounds(&a, &b, &c, &d)  // columns (0,4,8,12) ... (3,7,11,15)
            // Diagonals (0,5,10,15), (1,6,11,12), (2,7,8,13), (3,4,9,14): line them up in lanes.
            b = Row(b[1], b[2], b[3], b[0])
            c = Row(c[2], c[3], c[0], c[1])
            d = Row(d[3], d[0], d[1], d[2])
            Self.quarterRounds(&a, &b, &c, &d)
            b = Row(b[3], b[0], b[1], b[2])
            c = Row(c[2], c[3], c[0], c[1])
            d = Row(d[1], d[2], d[3], d[0])
        }
        return (a &+ a0, b &+ key0, c &+ key1, d &+ d0)
    }

    /// The 64 serialized bytes of block `counter`.
    func keystreamBlock(counter: UInt32) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 64)
        out.withUnsafeMutableBytes { Self.store(block(counter: counter), $0.baseAddress!) }
        return out
    }

    @inline(__always)
    private static func store(_ rows: (Row, Row, Row, Row), _ target: UnsafeMutableRawPointer) {
        for (r, row) in [rows.0, rows.1, rows.2, rows.3].enumerated() {
            for lane in 0..<4 {
                target.storeBytes(of: row[lane].littleEndian, toByteOffset: 16 * r + 4 * lane, as: UInt32.self)
            }
        }
    }

    /// XORs `input` with the keystream starting at block `counter` (section 2.4) into
    /// `output` (same length; may be the same memory). The caller keeps the block count
    /// within 2^32.
    func apply(counter start: UInt32, _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer) {
        guard let source = input.baseAddress, let target = output.baseAddress else { return }
        var counter = start
        var offset = 0
        withUnsafeTemporaryAllocation(byteCount: 64, alignment: 16) { scratch in
            let stream = scratch.baseAddress!
            while offset < input.count {
                Self.store(block(counter: counter), stream)
                counter &+= 1
                let n = min(64, input.count - offset)
                var i = 0
                while i + 8 <= n {
                    let k = stream.load(fromByteOffset: i, as: UInt64.self)
                    let p = source.loadUnaligned(fromByteOffset: offset + i, as: UInt64.self)
                    target.storeBytes(of: p ^ k, toByteOffset: offset + i, as: UInt64.self)
                    i += 8
                }
                while i < n {
                    let byte = source.load(fromByteOffset: offset + i, as: UInt8.self) ^ stream.load(fromByteOffset: i, as: UInt8.self)
                    target.storeBytes(of: byte, toByteOffset: offset + i, as: UInt8.self)
                    i += 1
                }
                offset += n
            }
        }
    }
}
