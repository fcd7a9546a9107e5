import PureX509Crypto
import Testing

/// RC2 (RFC 2268) against the RFC's section 5 test vectors and OpenSSL
/// (`openssl enc -rc2-40-cbc ... -provider legacy`).
@Suite("RC2")
struct RC2Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let key: String
        let effectiveBits: Int
        let plaintext: String
        let ciphertext: String
        var testDescription: String { "\(key.count / 2)-byte key, \(effectiveBits) bits" }
    }

    // RFC 2268 section 5.
    @Test(arguments: [
        Vector(key: "0000000000000000", effectiveBits: 63, plaintext: "0000000000000000", ciphertext: "ebb773f993278eff"),
        Vector(key: "ffffffffffffffff", effectiveBits: 64, plaintext: "ffffffffffffffff", ciphertext: "278b27e42e2f0d49"),
        Vector(key: "3000000000000000", effectiveBits: 64, plaintext: "1000000000000001", ciphertext: "30649edf9be7d2c2"),
        Vector(key: "88", effectiveBits: 64, plaintext: "0000000000000000", ciphertext: "61a8a244adacccf0"),
        Vector(key: "88bca90e90875a", effectiveBits: 64, plaintext: "0000000000000000", ciphertext: "6ccf4308974c267f"),
        Vector(key: "88bca90e90875a7f0f79c384627bafb2", effectiveBits: 64, plaintext: "0000000000000000",
               ciphertext: "1a807d272bbe5db1"),
        Vector(key: "88bca90e90875a7f0f79c384627bafb2", effectiveBits: 128, plaintext: "0000000000000000",
               ciphertext: "2269552ab0f85ca6"),
        Vector(key: "88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e", effectiveBits: 129,
               plaintext: "0000000000000000", ciphertext: "5b78d3a43dfff1f1"),
    ])
    func rfc2268(_ v: Vector) throws {
        let cipher = try RC2(key: SymmetricTestSupport.bytes(v.key), effectiveKeyBits: v.effectiveBits)
        #expect(try cipher.encrypt(block: SymmetricTestSupport.bytes(v.plaintext)) == SymmetricTestSupport.bytes(v.ciphertext))
        #expect(try cipher.decrypt(block: SymmetricTestSupport.bytes(v.ciphertext)) == SymmetricTestSupport.bytes(v.plaintext))
    }

    /// `printf 'hello world, RC2-40 test data!!' | openssl enc -rc2-40-cbc -K 0102030405
    /// -iv 0807060504030201 -provider legacy -provider default`.
    @Test func cbcWith40BitKeyMatchesOpenSSL() throws {
        let ciphertext = SymmetricTestSupport.bytes(
            "b0e5f7540dd9dca7200c6cdef1d192066d1fcd00390d479547b8567f1345b30a")
        let plaintext = try RC2.decryptCBC(
            ciphertext[...], key: [1, 2, 3, 4, 5], effectiveKeyBits: 40, iv: [8, 7, 6, 5, 4, 3, 2, 1])
        #expect(plaintext == Array("hello world, RC2-40 test data!!".utf8))
        #expect(try RC2.encryptCBC(plaintext, key: [1, 2, 3, 4, 5], effectiveKeyBits: 40, iv: [8, 7, 6, 5, 4, 3, 2, 1]) == ciphertext)
        // A different key fails at the padding (or, rarely, gives other bytes).
        let wrong = try? RC2.decryptCBC(ciphertext[...], key: [1, 2, 3, 4, 6], effectiveKeyBits: 40, iv: [8, 7, 6, 5, 4, 3, 2, 1])
        #expect(wrong != plaintext)
    }

    @Test func rejectsBadParameters() {
        #expect(throws: CryptoError.self) { try RC2(key: [], effectiveKeyBits: 40) }
        #expect(throws: CryptoError.self) { try RC2(key: [UInt8](repeating: 1, count: 129), effectiveKeyBits: 40) }
        #expect(throws: CryptoError.self) { try RC2(key: [1], effectiveKeyBits: 0) }
        #expect(throws: CryptoError.self) { try RC2(key: [1], effectiveKeyBits: 1025) }
        #expect(throws: CryptoError.self) { try RC2.decryptCBC([1, 2, 3][...], key: [1], effectiveKeyBits: 8, iv: [UInt8](repeating: 0, count: 8)) }
    }
}
