/// MGF1, the mask generation function of RFC 8017 appendix B.2.1.
enum MGF1 {
    /// XORs `mask(seed, count)` into `buffer[0..<count]`:
    /// T = Hash(seed || C0) || Hash(seed || C1) || ..., with 4-byte big-endian counters.
    static func applyMask(
        to buffer: inout [UInt8], count: Int, seed: ArraySlice<UInt8>, hash: HashAlgorithm
    ) {
        let digestSize = hash.digestSize
        var offset = 0
        var counter: UInt32 = 0
        while offset < count {
            var hasher = hash.makeHasher()
            hasher.update(seed)
            hasher.update([
                UInt8(truncatingIfNeeded: counter >> 24), UInt8(truncatingIfNeeded: counter >> 16),
                UInt8(truncatingIfNeeded: counter >> 8), UInt8(truncatingIfNeeded: counter),
            ])
            let block = hasher.finalize()
            for index in 0..<min(digestSize, count - offset) {
                buffer[offset + index] ^= block[index]
            }
            offset += digestSize
            counter &+= 1
        }
    }
}
