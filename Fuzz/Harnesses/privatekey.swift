// Private keys in every format the library reads (PKCS#1, SEC 1, PKCS#8 v1/v2, DSA,
// encrypted PKCS#8, legacy PEM encryption), DER or PEM, with no password, the right test
// password or a fuzzed one: any input gives a key or a KeyFileError, never a trap, and a
// key's description never contains its secret (checked for the test vectors' secrets by
// the unit tests; here only that describing works).
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrivateKey(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let mode = input.byte()
    let password: String?
    switch mode % 3 {
    case 0: password = nil
    case 1: password = "test-password"
    default: password = String(decoding: input.chunk(maximum: 16), as: UTF8.self)
    }
    let bytes = input.rest()
    var keys: [PrivateKey] = []
    if let key = try? PrivateKey(derEncoded: bytes, password: password) { keys.append(key) }
    if InputEncoding.sniff(bytes) == .pem {
        if let key = try? PrivateKey(pemEncoded: bytes, password: password) { keys.append(key) }
    }
    if let info = try? EncryptedPrivateKeyInfo(derEncoded: bytes) {
        _ = (info.encryption.name, info.encryption.iterations, info.encryption.isSupported, info.description)
        if let key = try? info.decrypt(password: password ?? "") { keys.append(key) }
    }
    if mode & 0x80 != 0 {
        if let key = try? PrivateKey(pkcs8DER: bytes) { keys.append(key) }
        if let key = try? PrivateKey(pkcs1DER: bytes) { keys.append(key) }
        if let key = try? PrivateKey(sec1DER: bytes) { keys.append(key) }
        if let key = try? PrivateKey(traditionalDSADER: bytes) { keys.append(key) }
    }
    for key in keys {
        _ = (key.summary, key.description, key.debugDescription, key.bitCount, key.curve, key.algorithm)
        // Deriving the public key from the private value (EC scalar multiplication, Ed25519)
        // works or says it cannot; a derived SubjectPublicKeyInfo reads back as a public key.
        _ = key.embeddedPublicKeyIsConsistent
        if let info = key.publicKeyInfo {
            fuzzCheck((try? SubjectPublicKeyInfo(derEncoded: Array(info.derEncoded))) != nil,
                      "the \(key.summary) key's SubjectPublicKeyInfo does not read back")
        }
        // Keys of an unknown algorithm keep no secret and compare unequal to everything.
        if case .other = key.algorithm { continue }
        fuzzCheck(key.isSameKey(as: key), "a \(key.summary) key is not the same key as itself")
    }
    return 0
}
