extension RSAPublicKey {
    /// RSASSA-PKCS1-v1_5-VERIFY (RFC 8017 section 8.2.2) of `signature` over `message`.
    ///
    /// Strict: the expected encoded message `00 01 FF...FF 00 DigestInfo` is built and
    /// compared byte for byte (step 4), never parsed, so no BER variant, trailing data or
    /// short padding passes. The DigestInfo must carry NULL hash parameters (see
    /// `DigestInfoPrefix`).
    ///
    /// - Returns: true only for a valid signature; false for a wrong value, a signature whose
    ///   length is not the modulus length or whose value is not below the modulus, and for a
    ///   key too small for the digest (RFC 8017 section 9.2 step 3).
    public func isValidPKCS1v15Signature(
        _ signature: ArraySlice<UInt8>, message: ArraySlice<UInt8>, hash: HashAlgorithm
    ) -> Bool {
        isValidPKCS1v15Signature(signature, digest: hash.hash(message)[...], hash: hash)
    }

    /// RSASSA-PKCS1-v1_5 verification of `signature` over a precomputed `digest` of the
    /// message with `hash`. A digest whose length is not `hash.digestSize` gives false.
    public func isValidPKCS1v15Signature(
        _ signature: ArraySlice<UInt8>, digest: ArraySlice<UInt8>, hash: HashAlgorithm
    ) -> Bool {
        guard digest.count == hash.digestSize else { return false }
        let k = byteCount
        let prefix = DigestInfoPrefix.prefix(for: hash)
        let tLen = prefix.count + digest.count
        // EMSA-PKCS1-v1_5-ENCODE step 3: at least 8 bytes of FF padding.
        guard k >= tLen + 11 else { return false }
        guard let em = encodedMessage(from: signature, outputCount: k) else { return false }
        // EM = 0x00 || 0x01 || PS (0xFF x (k - tLen - 3)) || 0x00 || T.
        guard em[0] == 0x00, em[1] == 0x01 else { return false }
        let separator = k - tLen - 1
        for index in 2..<separator where em[index] != 0xFF {
            return false
        }
        guard em[separator] == 0x00 else { return false }
        var position = separator + 1
        for byte in prefix {
            guard em[position] == byte else { return false }
            position += 1
        }
        for byte in digest {
            guard em[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// Verification of a signature held in an array.
    public func isValidPKCS1v15Signature(_ signature: [UInt8], message: [UInt8], hash: HashAlgorithm) -> Bool {
        isValidPKCS1v15Signature(signature[...], message: message[...], hash: hash)
    }
}
