extension PublicKey {
    /// Whether `signature` over `message` verifies with this key under `algorithm` (RSA
    /// PKCS#1 v1.5 and PSS, ECDSA on P-256/P-384/P-521, Ed25519, DSA).
    ///
    /// - Returns: true for a valid signature, false for a well-formed signature that does not
    ///   verify (including a wrong length or a value out of range).
    /// - Throws: `CryptoError.unsupportedAlgorithm` for MD5 (RFC 6151: refused, not checked);
    ///   `CryptoError.keyAlgorithmMismatch` when the algorithm does not fit the key (ECDSA
    ///   with an RSA key, PKCS#1 v1.5 with an RSASSA-PSS key, PSS parameters the key forbids,
    ///   RFC 4055 section 3.1); `CryptoError.malformed` for a DSA key without its domain
    ///   parameters (inherit them from the issuer first, RFC 3279 section 2.3.2).
    public func isValidSignature(
        _ signature: ArraySlice<UInt8>, over message: ArraySlice<UInt8>, algorithm: SignatureAlgorithm
    ) throws(CryptoError) -> Bool {
        try verify(signatureAlgorithm: algorithm, publicKey: self, message: message, signature: signature)
    }
}
