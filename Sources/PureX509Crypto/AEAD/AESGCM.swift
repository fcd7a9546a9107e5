/// AES-GCM authenticated encryption (NIST SP 800-38D) with 128-, 192- or 256-bit keys and a
/// 16-byte tag: the AEAD of the TLS suites `TLS_AES_128_GCM_SHA256`, `TLS_AES_256_GCM_SHA384`
/// and the TLS 1.2 `_GCM_` suites.
///
/// ```swift
/// let gcm = try AESGCM(key: key)
/// let sealed = try gcm.seal(plaintext, nonce: nonce, authenticating: header)  // ciphertext || tag
/// let plaintext = try gcm.open(sealed, nonce: nonce, authenticating: header)
/// ```
///
/// `open` checks the tag (in constant time) before it decrypts anything; on a mismatch it
/// throws ``AEADError/authenticationFailure`` and produces no plaintext. GHASH is
/// constant-time; the AES block function is the table-driven one of ``AES`` and is not: it
/// protects handshake messages the probe only reads (certificates, which are public), never
/// data of its own. Do not use it to protect secrets against an attacker who can time or
/// share the CPU cache with the process.
package struct AESGCM: Sendable {
    /// Tag length in bytes.
    package static var tagSize: Int { 16 }
    /// The recommended nonce length (96 bits), the one TLS uses.
    package static var nonceSize: Int { 12 }
    /// The longest plaintext one nonce may protect: 2^36 - 32 bytes (section 5.2.1.1).
    static var maximumMessageLength: Int { (1 << 36) - 32 }

    private let cipher: AES
    private let hashKey: UInt128

    /// Expands `key`.
    /// - Throws: ``AEADError/invalidKeyLength(algorithm:length:)`` unless it is 16, 24 or
    ///   32 bytes.
    package init(key: [UInt8]) throws(AEADError) {
        guard key.count == 16 || key.count == 24 || key.count == 32 else {
            throw .invalidKeyLength(algorithm: "AES-GCM", length: key.count)
        }
        let aes: AES
        do {
            aes = try AES(key: key)
        } catch {
            throw .invalidKeyLength(algorithm: "AES-GCM", length: key.count)
        }
        // H = CIPH_K(0^128) (section 7.1 step 1).
        var h: UInt128 = 0
        withUnsafeTemporaryAllocation(byteCount: 16, alignment: 16) { block in
            guard let base = block.baseAddress else { return }
            block.initializeMemory(as: UInt8.self, repeating: 0)
            aes.encryptBlock(base, base)
            h = GHASH.loadBlock(base)
        }
        cipher = aes
        hashKey = h
    }

    /// Encrypts and authenticates (GCM-AE, section 7.1).
    /// - Returns: the ciphertext (as long as `plaintext`) followed by the 16-byte tag.
    /// - Throws: ``AEADError/invalidNonceLength(algorithm:length:)`` for an empty nonce,
    ///   ``AEADError/messageTooLong(length:)`` above 2^36 - 32 bytes.
    package func seal(_ plaintext: ArraySlice<UInt8>, nonce: [UInt8], authenticating additionalData: ArraySlice<UInt8> = []) throws(AEADError) -> [UInt8] {
        guard plaintext.count <= Self.maximumMessageLength else { throw .messageTooLong(length: plaintext.count) }
        let j0 = try preCounterBlock(nonce)
        var output = [UInt8](repeating: 0, count: plaintext.count + Self.tagSize)
        output.withUnsafeMutableBytes { out in
            plaintext.withUnsafeBytes { input in
                counterMode(after: j0, input, out)
            }
            let tag = computeTag(j0: j0, additionalData: additionalData, ciphertext: UnsafeRawBufferPointer(rebasing: out[..<plaintext.count]))
            GHASH.storeBlock(tag, out.baseAddress! + plaintext.count)
        }
        return output
    }

    /// Encrypts and authenticates; see the slice overload.
    package func seal(_ plaintext: [UInt8], nonce: [UInt8], authenticating additionalData: [UInt8] = []) throws(AEADError) -> [UInt8] {
        try seal(plaintext[...], nonce: nonce, authenticating: additionalData[...])
    }

    /// Authenticates and decrypts (GCM-AD, section 7.2).
    /// - Parameter sealed: the ciphertext followed by the 16-byte tag.
    /// - Returns: the plaintext, only if the tag verifies.
    /// - Throws: ``AEADError/authenticationFailure`` when the tag does not match (no
    ///   plaintext is produced), ``AEADError/ciphertextTooShort(length:)`` when `sealed` is
    ///   shorter than a tag, ``AEADError/invalidNonceLength(algorithm:length:)`` for an
    ///   empty nonce.
    package func open(_ sealed: ArraySlice<UInt8>, nonce: [UInt8], authenticating additionalData: ArraySlice<UInt8> = []) throws(AEADError) -> [UInt8] {
        guard sealed.count >= Self.tagSize else { throw .ciphertextTooShort(length: sealed.count) }
        let length = sealed.count - Self.tagSize
        guard length <= Self.maximumMessageLength else { throw .messageTooLong(length: length) }
        let j0 = try preCounterBlock(nonce)
        let plaintext: [UInt8]? = sealed.withUnsafeBytes { input in
            let ciphertext = UnsafeRawBufferPointer(rebasing: input[..<length])
            let expected = computeTag(j0: j0, additionalData: additionalData, ciphertext: ciphertext)
            let received = GHASH.loadBlock(input.baseAddress! + length)
            // Constant-time comparison: no early exit on the first differing bit.
            guard expected ^ received == 0 else { return nil }
            var plaintext = [UInt8](repeating: 0, count: length)
            plaintext.withUnsafeMutableBytes { out in counterMode(after: j0, ciphertext, out) }
            return plaintext
        }
        guard let plaintext else { throw .authenticationFailure }
        return plaintext
    }

    /// Authenticates and decrypts; see the slice overload.
    package func open(_ sealed: [UInt8], nonce: [UInt8], authenticating additionalData: [UInt8] = []) throws(AEADError) -> [UInt8] {
        try open(sealed[...], nonce: nonce, authenticating: additionalData[...])
    }

    /// `J_0` (section 7.1 step 2): `IV || 0^31 || 1` for a 96-bit IV, otherwise
    /// `GHASH(IV || 0^(s+64) || [len(IV)]_64)`.
    private func preCounterBlock(_ nonce: [UInt8]) throws(AEADError) -> UInt128 {
        guard !nonce.isEmpty, nonce.count <= 1 << 20 else {
            throw .invalidNonceLength(algorithm: "AES-GCM", length: nonce.count)
        }
        if nonce.count == 12 {
            var j0: UInt128 = 1
            for (i, byte) in nonce.enumerated() { j0 |= UInt128(byte) << UInt128(8 * (15 - i)) }
            return j0
        }
        var ghash = GHASH(hashKey: hashKey)
        nonce.withUnsafeBytes { ghash.update(padded: $0) }
        ghash.update(block: UInt128(nonce.count) * 8)  // 0^64 || [len(IV)]_64
        return ghash.state
    }

    /// `GCTR_K(inc_32(J_0), input)` (sections 6.5 and 7.1 step 3): XORs `input` with the
    /// encryption of successive counter blocks; only the low 32 bits count, wrapping
    /// without carrying into the rest (`inc_32`).
    private func counterMode(after j0: UInt128, _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer) {
        guard let source = input.baseAddress, let target = output.baseAddress else { return }
        let prefix = j0 & ~UInt128(0xFFFF_FFFF)
        var counter = UInt32(truncatingIfNeeded: j0) &+ 1
        withUnsafeTemporaryAllocation(byteCount: 32, alignment: 16) { scratch in
            let block = scratch.baseAddress!
            let stream = block + 16
            var offset = 0
            while offset < input.count {
                GHASH.storeBlock(prefix | UInt128(counter), block)
                cipher.encryptBlock(block, stream)
                counter &+= 1
                let n = min(16, input.count - offset)
                if n == 16 {
                    let k0 = stream.load(as: UInt64.self), k1 = stream.load(fromByteOffset: 8, as: UInt64.self)
                    let p0 = source.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    let p1 = source.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
                    target.storeBytes(of: p0 ^ k0, toByteOffset: offset, as: UInt64.self)
                    target.storeBytes(of: p1 ^ k1, toByteOffset: offset + 8, as: UInt64.self)
                } else {
                    for i in 0..<n {
                        let byte = source.load(fromByteOffset: offset + i, as: UInt8.self) ^ stream.load(fromByteOffset: i, as: UInt8.self)
                        target.storeBytes(of: byte, toByteOffset: offset + i, as: UInt8.self)
                    }
                }
                offset += n
            }
        }
    }

    /// `T = GCTR_K(J_0, S)` with `S = GHASH_H(A || 0^v || C || 0^u || [len(A)]_64 || [len(C)]_64)`
    /// (section 7.1 steps 5-6), as a big-endian 128-bit value.
    private func computeTag(j0: UInt128, additionalData: ArraySlice<UInt8>, ciphertext: UnsafeRawBufferPointer) -> UInt128 {
        var ghash = GHASH(hashKey: hashKey)
        additionalData.withUnsafeBytes { ghash.update(padded: $0) }
        ghash.update(padded: ciphertext)
        ghash.update(block: ((UInt128(additionalData.count) * 8) << 64) | (UInt128(ciphertext.count) * 8))
        var mask: UInt128 = 0
        withUnsafeTemporaryAllocation(byteCount: 16, alignment: 16) { block in
            guard let base = block.baseAddress else { return }
            GHASH.storeBlock(j0, base)
            cipher.encryptBlock(base, base)
            mask = GHASH.loadBlock(base)
        }
        return ghash.state ^ mask
    }
}
