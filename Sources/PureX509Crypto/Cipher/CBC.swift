/// Cipher block chaining (NIST SP 800-38A section 6.2) with PKCS#7 padding (RFC 5652
/// section 6.3; RFC 8018 section 6.1.1 calls it the PBES padding), over any internal
/// ``BlockCipher``.
enum CBC {
    /// Decrypts and removes the padding.
    static func decrypt<C: BlockCipher>(
        _ ciphertext: UnsafeRawBufferPointer, cipher: C, iv: [UInt8], name: String
    ) throws(CryptoError) -> [UInt8] {
        let n = C.blockSize
        guard iv.count == n else {
            throw .malformed("\(name): IV must be \(n) bytes, got \(iv.count)")
        }
        guard ciphertext.count > 0, ciphertext.count % n == 0 else {
            throw .malformed("\(name): ciphertext length \(ciphertext.count) is not a positive multiple of \(n)")
        }
        var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
        plaintext.withUnsafeMutableBytes { out in
            iv.withUnsafeBytes { ivBytes in
                guard let input = ciphertext.baseAddress, let output = out.baseAddress,
                      let initial = ivBytes.baseAddress else { return }
                var offset = 0
                while offset < ciphertext.count {
                    // P_i = D(C_i) XOR C_(i-1), with C_0 = IV.
                    cipher.decryptBlock(input + offset, output + offset)
                    let previous = offset == 0 ? initial : input + offset - n
                    for j in 0..<n {
                        out[offset + j] ^= previous.load(fromByteOffset: j, as: UInt8.self)
                    }
                    offset += n
                }
            }
        }
        // The last byte p says how many padding bytes there are: 1...n, each equal to p.
        // Check every byte of the last block without an early exit.
        let count = plaintext.count
        let padLength = Int(plaintext[count - 1])
        var bad = UInt8(padLength == 0 || padLength > n ? 1 : 0)
        for j in 1...n {
            let byte = plaintext[count - j]
            let inPadding: UInt8 = j <= padLength ? 0xFF : 0
            bad |= (byte ^ UInt8(truncatingIfNeeded: padLength)) & inPadding
        }
        guard bad == 0 else { throw .invalidPadding }
        plaintext.removeLast(padLength)
        return plaintext
    }

    /// Pads and encrypts.
    static func encrypt<C: BlockCipher>(
        _ plaintext: UnsafeRawBufferPointer, cipher: C, iv: [UInt8], name: String
    ) throws(CryptoError) -> [UInt8] {
        let n = C.blockSize
        guard iv.count == n else {
            throw .malformed("\(name): IV must be \(n) bytes, got \(iv.count)")
        }
        let padLength = n - plaintext.count % n
        var buffer = [UInt8](plaintext)
        buffer += [UInt8](repeating: UInt8(truncatingIfNeeded: padLength), count: padLength)
        buffer.withUnsafeMutableBytes { data in
            guard let base = data.baseAddress else { return }
            var offset = 0
            while offset < data.count {
                // C_i = E(P_i XOR C_(i-1)), with C_0 = IV.
                for j in 0..<n { data[offset + j] ^= offset == 0 ? iv[j] : data[offset - n + j] }
                cipher.encryptBlock(base + offset, base + offset)
                offset += n
            }
        }
        return buffer
    }
}
