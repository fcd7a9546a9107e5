/// Verifies `signature` over `message` with `publicKey` under `signatureAlgorithm`: the one
/// entry point the certificate, CRL and CSR code calls.
///
/// - Returns: true for a valid signature, false for a well-formed signature that does not
///   verify (including a wrong length or a value out of range).
/// - Throws: `CryptoError.unsupportedAlgorithm` for MD5 (RFC 6151: collisions make MD5
///   signatures worthless, so they are refused rather than checked);
///   `CryptoError.keyAlgorithmMismatch` when the algorithm does not fit the key (ECDSA with an
///   RSA key, PKCS#1 v1.5 with an RSASSA-PSS key, PSS parameters the key forbids).
package func verify(
    signatureAlgorithm: SignatureAlgorithm,
    publicKey: PublicKey,
    message: ArraySlice<UInt8>,
    signature: ArraySlice<UInt8>
) throws(CryptoError) -> Bool {
    switch (signatureAlgorithm.kind, publicKey.kind) {
    case (.rsaPKCS1v15(.md5), _):
        throw .unsupportedAlgorithm("md5WithRSAEncryption: MD5 signatures are not verified (RFC 6151)")
    case (.rsaPKCS1v15(let hash), .rsa(let key)):
        return key.isValidPKCS1v15Signature(signature, message: message, hash: hash)
    case (.rsaPKCS1v15, .rsaPSS):
        // RFC 4055 section 1.2: an id-RSASSA-PSS key is for RSASSA-PSS only.
        throw .keyAlgorithmMismatch("PKCS#1 v1.5 signature with an RSASSA-PSS key")
    case (.rsaPSS(let parameters), .rsa(let key)):
        return key.isValidPSSSignature(signature, message: message, parameters: parameters)
    case (.rsaPSS(let parameters), .rsaPSS(let key, let restrictions)):
        if let restrictions {
            // RFC 4055 section 3.1: the key's parameters fix the hash and mask generation
            // function and give the minimum salt length.
            guard parameters.hash == restrictions.hash,
                  parameters.maskGenerationHash == restrictions.maskGenerationHash,
                  parameters.saltLength >= restrictions.saltLength
            else {
                throw .keyAlgorithmMismatch(
                    "RSASSA-PSS signature parameters (\(parameters.hash.name), MGF1 \(parameters.maskGenerationHash.name), salt \(parameters.saltLength)) "
                        + "not allowed by the key (\(restrictions.hash.name), MGF1 \(restrictions.maskGenerationHash.name), salt >= \(restrictions.saltLength))")
            }
        }
        return key.isValidPSSSignature(signature, message: message, parameters: parameters)
    case (.ecdsa(let hash), .ecdsa(let key)):
        return key.isValidSignature(derSignature: signature, digest: hash.hash(message)[...])
    case (.ed25519, .ed25519(let key)):
        return key.isValidSignature(signature, message: message)
    case (.dsa(let hash), .dsa(let key)):
        guard key.parameters != nil else {
            // RFC 3279 section 2.3.2: the caller applies the issuer's parameters first.
            throw .malformed("DSA key without domain parameters: they must be inherited from its issuer (RFC 3279 2.3.2)")
        }
        return key.isValidSignature(derSignature: signature, message: message, hash: hash)
    case (let algorithm, let key):
        throw .keyAlgorithmMismatch("\(algorithm.name) signature with \(key.name) key")
    }
}
