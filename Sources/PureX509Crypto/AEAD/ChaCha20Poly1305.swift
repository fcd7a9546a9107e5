/// AEAD_CHACHA20_POLY1305 (RFC 8439 section 2.8): 256-bit key, 96-bit nonce, 16-byte tag;
/// the AEAD of `TLS_CHACHA20_POLY1305_SHA256` and the TLS 1.2 `_CHACHA20_POLY1305_` suites.
///
/// ```swift
/// let aead = try ChaCha20Poly1305(key: key)
/// let sealed = try aead.seal(plaintext, nonce: nonce, authenticating: header)  // ciphertext || tag
/// let plaintext = try aead.open(sealed, nonce: nonce, authenticating: header)
/// ```
///
/// `open` computes the tag over the ciphertext and compares it in constant time before it
/// decrypts: on a mismatch it throws ``AEADError/authenticationFailure`` and no plaintext
/// exists. Everything here is constant-time (additions, XORs, rotations, multiplications).
package struct ChaCha20Poly1305: Sendable {
    /// Key length in bytes.
    package static var keySize: Int { 32 }
    /// Nonce length in bytes.
    package static var nonceSize: Int { 12 }
    /// Tag length in bytes.
    package static var tagSize: Int { 16 }
    /// The longest message: 2^32 - 1 blocks of 64 bytes after the block that makes the
    /// Poly1305 key (section 2.8, P_MAX).
    static var maximumMessageLength: Int { 274_877_906_880 }

    private let key: [UInt8]

    /// Takes a 32-byte key.
    /// - Throws: ``AEADError/invalidKeyLength(algorithm:length:)`` for any other length.
    package init(key: [UInt8]) throws(AEADError) {
        guard key.count == Self.keySize else { throw .invalidKeyLength(algorithm: "ChaCha20-Poly1305", length: key.count) }
        self.key = key
    }

    /// Encrypts and authenticates (section 2.8).
    /// - Returns: the ciphertext (as long as `plaintext`) followed by the 16-byte tag.
    /// - Throws: ``AEADError/invalidNonceLength(algorithm:length:)`` unless the nonce is 12
    ///   bytes, ``AEADError/messageTooLong(length:)`` above P_MAX.
    package func seal(_ plaintext: ArraySlice<UInt8>, nonce: [UInt8], authenticating additionalData: ArraySlice<UInt8> = []) throws(AEADError) -> [UInt8] {
        let cipher = try makeCipher(nonce: nonce, length: plaintext.count)
        var output = [UInt8](repeating: 0, count: plaintext.count + Self.tagSize)
        output.withUnsafeMutableBytes { out in
            plaintext.withUnsafeBytes { cipher.apply(counter: 1, $0, out) }
            let tag = Self.tag(cipher: cipher, additionalData: additionalData, ciphertext: UnsafeRawBufferPointer(rebasing: out[..<plaintext.count]))
            for (i, byte) in Poly1305.littleEndianBytes(tag).enumerated() { out[plaintext.count + i] = byte }
        }
        return output
    }

    /// Encrypts and authenticates; see the slice overload.
    package func seal(_ plaintext: [UInt8], nonce: [UInt8], authenticating additionalData: [UInt8] = []) throws(AEADError) -> [UInt8] {
        try seal(plaintext[...], nonce: nonce, authenticating: additionalData[...])
    }

    /// Authenticates and decrypts (section 2.8).
    /// - Parameter sealed: the ciphertext followed by the 16-byte tag.
    /// - Returns: the plaintext, only if the tag verifies.
    /// - Throws: ``AEADError/authenticationFailure`` when the tag does not match (no
    ///   plaintext is produced), ``AEADError/ciphertextTooShort(length:)`` when `sealed` is
    ///   shorter than a tag, ``AEADError/invalidNonceLength(algorithm:length:)`` unless the
    ///   nonce is 12 bytes.
    package func open(_ sealed: ArraySlice<UInt8>, nonce: [UInt8], authenticating additionalData: ArraySlice<UInt8> = []) throws(AEADError) -> [UInt8] {
        guard sealed.count >= Self.tagSize else { throw .ciphertextTooShort(length: sealed.count) }
        let length = sealed.count - Self.tagSize
        let cipher = try makeCipher(nonce: nonce, length: length)
        let plaintext: [UInt8]? = sealed.withUnsafeBytes { input in
            let ciphertext = UnsafeRawBufferPointer(rebasing: input[..<length])
            let expected = Self.tag(cipher: cipher, additionalData: additionalData, ciphertext: ciphertext)
            var received: UInt128 = 0
            for i in 0..<16 { received |= UInt128(input[length + i]) << UInt128(8 * i) }
            // Constant-time comparison (section 4): no early exit on the first differing bit.
            guard expected ^ received == 0 else { return nil }
            var plaintext = [UInt8](repeating: 0, count: length)
            plaintext.withUnsafeMutableBytes { cipher.apply(counter: 1, ciphertext, $0) }
            return plaintext
        }
        guard let plaintext else { throw .authenticationFailure }
        return plaintext
    }

    /// Authenticates and decrypts; see the slice overload.
    package func open(_ sealed: [UInt8], nonce: [UInt8], authenticating additionalData: [UInt8] = []) throws(AEADError) -> [UInt8] {
        try open(sealed[...], nonce: nonce, authenticating: additionalData[...])
    }

    private func makeCipher(nonce: [UInt8], length: Int) throws(AEADError) -> ChaCha20 {
        guard nonce.count == Self.nonceSize else { throw .invalidNonceLength(algorithm: "ChaCha20-Poly1305", length: nonce.count) }
        guard length <= Self.maximumMessageLength else { throw .messageTooLong(length: length) }
        return ChaCha20(key: key, nonce: nonce)
    }

    /// Poly1305 with the one-time key from block 0 (section 2.6) over
    /// `AAD || pad16 || ciphertext || pad16 || le64(len(AAD)) || le64(len(ciphertext))`.
    private static func tag(cipher: ChaCha20, additionalData: ArraySlice<UInt8>, ciphertext: UnsafeRawBufferPointer) -> UInt128 {
        var mac = Poly1305(key: Array(cipher.keystreamBlock(counter: 0).prefix(32)))
        additionalData.withUnsafeBytes { mac.update($0, zeroPadded: true) }
        mac.update(ciphertext, zeroPadded: true)
        mac.update(block: UInt128(ciphertext.count) << 64 | UInt128(additionalData.count))
        return mac.finalize()
    }
}
