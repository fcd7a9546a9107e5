import PureX509Crypto
import Testing

/// FIPS 197 appendix C (example vectors for each key size) and appendix B (the cipher
/// example).
@Suite("AES (FIPS 197)")
struct AESTests {
    @Test(arguments: [
        ("C.1 AES-128", "000102030405060708090a0b0c0d0e0f",
         "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a"),
        ("C.2 AES-192", "000102030405060708090a0b0c0d0e0f1011121314151617",
         "00112233445566778899aabbccddeeff", "dda97ca4864cdfe06eaf70a0ec0d7191"),
        ("C.3 AES-256", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
         "00112233445566778899aabbccddeeff", "8ea2b7ca516745bfeafc49904b496089"),
        ("B AES-128", "2b7e151628aed2a6abf7158809cf4f3c",
         "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32"),
    ])
    func knownAnswer(_ name: String, _ key: String, _ plaintext: String, _ ciphertext: String) throws {
        let aes = try AES(key: SymmetricTestSupport.bytes(key))
        #expect(aes.keySize == key.utf8.count / 2)
        let decrypted = try aes.decrypt(block: SymmetricTestSupport.bytes(ciphertext))
        #expect(SymmetricTestSupport.hex(decrypted) == plaintext)
        let encrypted = try aes.encrypt(block: SymmetricTestSupport.bytes(plaintext))
        #expect(SymmetricTestSupport.hex(encrypted) == ciphertext)
    }

    @Test(arguments: [0, 8, 15, 17, 20, 31, 33, 64])
    func rejectsKeyLength(_ length: Int) {
        #expect(throws: CryptoError.malformed("AES: key must be 16, 24 or 32 bytes, got \(length)")) {
            try AES(key: [UInt8](repeating: 1, count: length))
        }
    }

    @Test(arguments: [0, 15, 17, 32])
    func rejectsBlockLength(_ length: Int) throws {
        let aes = try AES(key: [UInt8](repeating: 1, count: 16))
        let error = CryptoError.malformed("AES: block must be 16 bytes, got \(length)")
        #expect(throws: error) { try aes.decrypt(block: [UInt8](repeating: 0, count: length)) }
        #expect(throws: error) { try aes.encrypt(block: [UInt8](repeating: 0, count: length)) }
    }
}
