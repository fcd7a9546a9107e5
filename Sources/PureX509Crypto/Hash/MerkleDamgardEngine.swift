/// Buffering and padding shared by MD5, SHA-1 and the SHA-2 family.
///
/// Input is handed to the compressor straight from the caller's buffer, block by block; only
/// a trailing partial block is copied into the fixed 128-byte inline buffer, so streaming
/// never allocates. Padding follows FIPS 180-4 section 5.1 (RFC 1321 section 3.1-3.2 for
/// MD5): a 1 bit, zeros, then the message length in bits.
struct MerkleDamgardEngine<Compressor: BlockCompressor>: Sendable {
    var compressor: Compressor
    /// Holds a partial block; 128 bytes is enough for every supported block size.
    private var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                         UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// Number of bytes held in `buffer` (always less than a block).
    private var buffered = 0
    /// Total bytes absorbed, modulo 2^64 (messages are far below the 2^64-bit limit).
    private var byteCount: UInt64 = 0

    init(_ compressor: Compressor) {
        self.compressor = compressor
    }

    mutating func update(_ data: UnsafeRawBufferPointer) {
        guard var input = data.baseAddress, data.count > 0 else { return }
        var remaining = data.count
        let blockSize = Compressor.blockSize
        byteCount &+= UInt64(truncatingIfNeeded: remaining)

        if buffered > 0 {
            let offset = buffered
            let take = min(blockSize - offset, remaining)
            withUnsafeMutableBytes(of: &buffer) { raw in
                guard let base = raw.baseAddress else { return }
                (base + offset).copyMemory(from: input, byteCount: take)
            }
            buffered += take
            input += take
            remaining -= take
            if buffered < blockSize { return }
            var block = buffer
            var state = compressor
            withUnsafeBytes(of: &block) { raw in
                if let base = raw.baseAddress { state.compress(base, count: 1) }
            }
            compressor = state
            buffered = 0
        }

        let wholeBlocks = remaining / blockSize
        if wholeBlocks > 0 {
            compressor.compress(input, count: wholeBlocks)
            input += wholeBlocks * blockSize
            remaining -= wholeBlocks * blockSize
        }

        if remaining > 0 {
            let tail = remaining
            withUnsafeMutableBytes(of: &buffer) { raw in
                guard let base = raw.baseAddress else { return }
                base.copyMemory(from: input, byteCount: tail)
            }
            buffered = tail
        }
    }

    /// Starts from a compressor that has already absorbed `absorbedBytes` bytes (whole
    /// blocks), as HMAC does after its key block.
    init(_ compressor: Compressor, absorbedBytes: UInt64) {
        self.compressor = compressor
        self.byteCount = absorbedBytes
    }

    /// Pads the message and returns the compressor holding the final state; `self` is unchanged,
    /// so a caller may keep absorbing after taking an intermediate digest.
    func finalized() -> Compressor {
        var state = compressor
        var block = buffer
        let blockSize = Compressor.blockSize
        let lengthOffset = blockSize - Compressor.lengthFieldSize
        let totalBytes = byteCount
        var used = buffered
        withUnsafeMutableBytes(of: &block) { raw in
            guard let base = raw.baseAddress else { return }
            raw[used] = 0x80
            used += 1
            if used > lengthOffset {
                (base + used).initializeMemory(as: UInt8.self, repeating: 0, count: blockSize - used)
                state.compress(base, count: 1)
                used = 0
            }
            (base + used).initializeMemory(as: UInt8.self, repeating: 0, count: lengthOffset - used)
            Compressor.storeLength(totalBytes, at: base + lengthOffset)
            state.compress(base, count: 1)
        }
        return state
    }
}
