// Signature algorithm identifiers, RSA public keys (PKCS#1) and RSA verification with a
// fuzzed algorithm, key and signature: parsing either succeeds or throws CryptoError;
// verification returns a Bool and never traps; a parsed algorithm's hash is consistent.
import PureX509Crypto

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignature(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let algorithmDER = input.chunk()
    let keyDER = input.chunk(maximum: 1100)
    let signature = input.chunk(maximum: 1100)
    let message = input.rest()

    let algorithm = try? SignatureAlgorithm(derEncoded: algorithmDER[...])
    if let algorithm { _ = algorithm.hash; _ = algorithm.oid.dotted }
    guard let key = try? RSAPublicKey(pkcs1DER: keyDER, allowWeakKeys: true) else { return 0 }
    switch algorithm?.kind {
    case .rsaPKCS1v15(let hash):
        _ = key.isValidPKCS1v15Signature(signature, message: message, hash: hash)
    case .rsaPSS(let parameters):
        _ = key.isValidPSSSignature(signature, message: message, parameters: parameters)
    default:
        _ = key.isValidPKCS1v15Signature(signature, message: message, hash: .sha256)
    }
    return 0
}
