// Signature verification with everything fuzzed: the AlgorithmIdentifier, the issuer's
// SubjectPublicKeyInfo (RSA, RSASSA-PSS, EC P-256/384/521, Ed25519), the signature and the
// message. Parsing gives a value or CryptoError; verify() gives a Bool or CryptoError, never
// a trap; a signature that verifies stops verifying when the message changes.
import PureX509Crypto

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignature(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let algorithmDER = input.chunk()
    let keyDER = input.chunk(maximum: 2048)
    let signature = input.chunk(maximum: 1100)
    let message = input.rest()

    let algorithm = try? SignatureAlgorithm(derEncoded: algorithmDER[...])
    if let algorithm { _ = (algorithm.hash, algorithm.oid.dotted) }
    let key = try? PublicKey(subjectPublicKeyInfoDER: keyDER, allowWeakRSAKeys: true)
    if let key { _ = (key.algorithmOID.dotted, key.kind) }
    guard let algorithm, let key else { return 0 }
    do {
        let valid = try verify(signatureAlgorithm: algorithm, publicKey: key, message: message[...], signature: signature[...])
        if valid {
            var altered = message
            altered.append(0x00)
            let stillValid = (try? verify(signatureAlgorithm: algorithm, publicKey: key,
                                          message: altered[...], signature: signature[...])) ?? false
            fuzzCheck(!stillValid, "a signature verifies over two different messages")
        }
    } catch {
        _ = error
    }
    return 0
}
