extension PBKDF2 {
    /// PBKDF2 for the built-in hashes, working on the compression function: the HMAC key
    /// blocks are absorbed once, and each further iteration is exactly two compressions of a
    /// fixed, pre-padded block (the HMAC messages are always `hLen` bytes after one key
    /// block), with no buffering and no allocation. Same result as the generic path.
    static func deriveKeyWithCompressor<H: MerkleDamgardHash>(
        password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int, hash: H.Type
    ) -> [UInt8] {
        let blockSize = H.Compressor.blockSize
        let hLen = H.digestSize
        // RFC 2104 section 2: a key longer than the block is hashed; then zero-padded.
        let key = password.count > blockSize ? H.hash(password) : password
        var innerKeyed = H.initialState
        var outerKeyed = H.initialState
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength)
        // Scratch: one block for the running U (pre-padded), then the accumulator T.
        withUnsafeTemporaryAllocation(byteCount: blockSize + hLen, alignment: 8) { scratch in
            guard let base = scratch.baseAddress else { return }
            let block = base
            let accumulator = base + blockSize

            // K XOR ipad and K XOR opad, absorbed once.
            scratch.initializeMemory(as: UInt8.self, repeating: 0)
            for (i, byte) in key.enumerated() { scratch[i] = byte }
            for i in 0..<blockSize { scratch[i] ^= 0x36 }
            innerKeyed.compress(block, count: 1)
            for i in 0..<blockSize { scratch[i] ^= 0x36 ^ 0x5C }
            outerKeyed.compress(block, count: 1)

            // The padded block for an hLen-byte message after one key block (FIPS 180-4
            // section 5.1); its first hLen bytes are rewritten with each U.
            scratch.initializeMemory(as: UInt8.self, repeating: 0)
            scratch[hLen] = 0x80
            H.Compressor.storeLength(
                UInt64(blockSize + hLen), at: block + (blockSize - H.Compressor.lengthFieldSize))

            var blockIndex: UInt32 = 1
            while derived.count < keyLength {
                // U_1 = HMAC(P, S || INT(i)).
                var inner = MerkleDamgardEngine(innerKeyed, absorbedBytes: UInt64(blockSize))
                salt.withUnsafeBytes { inner.update($0) }
                withUnsafeBytes(of: blockIndex.bigEndian) { inner.update($0) }
                inner.finalized().store(block, count: hLen)
                var outer = outerKeyed
                outer.compress(block, count: 1)
                outer.store(block, count: hLen)
                accumulator.copyMemory(from: block, byteCount: hLen)

                // U_j = HMAC(P, U_(j-1)); T ^= U_j.
                var remaining = iterations - 1
                while remaining > 0 {
                    var innerState = innerKeyed
                    innerState.compress(block, count: 1)
                    innerState.store(block, count: hLen)
                    var outerState = outerKeyed
                    outerState.compress(block, count: 1)
                    outerState.store(block, count: hLen)
                    for j in 0..<hLen {
                        scratch[blockSize + j] ^= scratch[j]
                    }
                    remaining -= 1
                }
                let take = min(hLen, keyLength - derived.count)
                derived += UnsafeRawBufferPointer(start: accumulator, count: take)
                blockIndex &+= 1
            }
        }
        return derived
    }
}
