extension RSAPublicKey {
    /// RSASSA-PSS-VERIFY (RFC 8017 section 8.1.2) of `signature` over `message`, with
    /// EMSA-PSS-VERIFY (section 9.1.2), MGF1 and trailer field 1 (0xBC).
    ///
    /// - Returns: true only for a valid signature; false for any inconsistency, a signature
    ///   whose length is not the modulus length or whose value is not below the modulus.
    public func isValidPSSSignature(
        _ signature: ArraySlice<UInt8>, message: ArraySlice<UInt8>, parameters: RSAPSSParameters
    ) -> Bool {
        isValidPSSSignature(signature, digest: parameters.hash.hash(message)[...], parameters: parameters)
    }

    /// RSASSA-PSS verification over a precomputed `digest` (mHash) of the message with
    /// `parameters.hash`. A digest of the wrong length gives false.
    public func isValidPSSSignature(
        _ signature: ArraySlice<UInt8>, digest mHash: ArraySlice<UInt8>, parameters: RSAPSSParameters
    ) -> Bool {
        let hLen = parameters.hash.digestSize
        let sLen = parameters.saltLength
        guard mHash.count == hLen, sLen >= 0 else { return false }
        // Section 8.1.2 step 2: emBits = modBits - 1, emLen = ceil(emBits / 8), which is k or
        // k - 1; RSAVP1's output must fit emLen bytes (I2OSP "integer too large" otherwise).
        let emBits = bitCount - 1
        let emLen = (emBits + 7) / 8
        // Section 9.1.2 step 3.
        guard hLen <= emLen, sLen <= emLen - hLen - 2 else { return false }
        guard var em = encodedMessage(from: signature, outputCount: emLen) else { return false }
        // Step 4: the trailer field.
        guard em[emLen - 1] == 0xBC else { return false }
        // Step 5: maskedDB is em[0..<dbLen], H is em[dbLen..<dbLen + hLen].
        let dbLen = emLen - hLen - 1
        let h = Array(em[dbLen..<(dbLen + hLen)])
        // Step 6: the leftmost 8 * emLen - emBits bits of maskedDB must be zero.
        let unusedBits = 8 * emLen - emBits
        let topMask = UInt8(truncatingIfNeeded: 0xFF << (8 - unusedBits))
        guard em[0] & topMask == 0 else { return false }
        // Steps 7 and 8: DB = maskedDB xor MGF(H, dbLen), in place.
        MGF1.applyMask(to: &em, count: dbLen, seed: h[...], hash: parameters.maskGenerationHash)
        // Step 9: clear the unused top bits.
        em[0] &= ~topMask
        // Step 10: DB = PS (zeros) || 0x01 || salt.
        let separator = dbLen - sLen - 1
        for index in 0..<separator where em[index] != 0 {
            return false
        }
        guard em[separator] == 0x01 else { return false }
        // Steps 11 to 13: H' = Hash(0x00 x 8 || mHash || salt).
        var hasher = parameters.hash.makeHasher()
        hasher.update([UInt8](repeating: 0, count: 8))
        hasher.update(mHash)
        hasher.update(em[(dbLen - sLen)..<dbLen])
        // Step 14.
        return hasher.finalize() == h
    }

    /// Verification of a signature held in an array.
    public func isValidPSSSignature(_ signature: [UInt8], message: [UInt8], parameters: RSAPSSParameters) -> Bool {
        isValidPSSSignature(signature[...], message: message[...], parameters: parameters)
    }
}
