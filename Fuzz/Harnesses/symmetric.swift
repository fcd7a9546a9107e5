// Hashes, HMAC, PBKDF2, the PKCS#12 KDF, CBC decryption (AES, 3DES), PBES2 and PKCS#12
// PBE with every parameter taken from the input: nothing traps, out-of-range parameters
// throw CryptoError, streaming hashing equals one-shot hashing, and encrypt-then-decrypt
// returns the plaintext. Iteration counts are capped (callers must cap untrusted counts,
// as the API documents) so each input stays fast.
import PureX509Crypto

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSymmetric(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let hash = HashAlgorithm.allCases[input.int(in: 0...HashAlgorithm.allCases.count - 1)]
    let cipher = CBCCipher.allCases[input.int(in: 0...CBCCipher.allCases.count - 1)]
    switch input.byte() % 6 {
    case 0:
        // Streaming in two pieces equals one shot.
        let message = input.rest()
        let split = message.isEmpty ? 0 : Int(message[0]) % (message.count + 1)
        var hasher = hash.makeHasher()
        message[..<split].withUnsafeBytes { hasher.update($0) }
        message[split...].withUnsafeBytes { hasher.update($0) }
        let digest = hasher.finalize()
        fuzzCheck(digest == hash.hash(message), "\(hash.name) streaming differs from one shot")
        fuzzCheck(digest.count == hash.digestSize, "\(hash.name) digest size")
    case 1:
        let key = input.chunk()
        let message = input.rest()
        let mac = hash.authenticationCode(for: message, key: key)
        fuzzCheck(hash.isValidAuthenticationCode(mac[...], for: message[...], key: key[...]), "HMAC self-check")
    case 2:
        let iterations = input.int(in: -2...40)
        let keyLength = input.int(in: -1...300)
        let salt = input.chunk()
        let password = input.rest()
        _ = try? PBKDF2.deriveKey(password: password, salt: salt, iterations: iterations, keyLength: keyLength, prf: hash)
    case 3:
        let iterations = input.int(in: -2...40)
        let keyLength = input.int(in: -1...300)
        let purpose = PKCS12KDF.Purpose(rawValue: input.byte() % 4) ?? .key
        let salt = input.chunk()
        let password = input.rest()
        _ = try? PKCS12KDF.deriveKey(password: password, salt: salt, iterations: iterations,
                                     keyLength: keyLength, purpose: purpose, hash: hash)
    case 4:
        // CBC decryption of arbitrary ciphertext with arbitrary key/IV lengths; and a
        // round trip when the lengths are right.
        let key = input.chunk(maximum: 40)
        let iv = input.chunk(maximum: 20)
        let body = input.rest()
        _ = try? cipher.decrypt(body, key: key, iv: iv)
        if key.count == cipher.keySize && iv.count == cipher.blockSize {
            do {
                let encrypted = try cipher.encrypt(body, key: key, iv: iv)
                fuzzCheck(encrypted.count % cipher.blockSize == 0, "ciphertext length")
                let decrypted = try cipher.decrypt(encrypted, key: key, iv: iv)
                fuzzCheck(decrypted == body, "\(cipher.name) round trip")
            } catch {
                fuzzCheck(false, "\(cipher.name) round trip threw \(error)")
            }
        }
    default:
        let iterations = input.int(in: -2...20)
        let keyLength: Int? = input.bool() ? input.int(in: -1...64) : nil
        let salt = input.chunk(maximum: 32)
        let iv = input.chunk(maximum: 20)
        let password = input.chunk(maximum: 32)
        let body = input.rest()
        _ = try? PBES2.decrypt(body, password: password, salt: salt, iterations: iterations,
                               keyLength: keyLength, prf: hash, cipher: cipher, iv: iv)
        let pbe = PKCS12PBE.allCases[Int(salt.first ?? 0) % PKCS12PBE.allCases.count]
        _ = try? pbe.decrypt(body, password: password, salt: salt, iterations: iterations)
    }
    return 0
}
