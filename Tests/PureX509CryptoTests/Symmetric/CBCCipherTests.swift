import PureX509Crypto
import Testing

@Suite("CBC with PKCS#7 padding")
struct CBCCipherTests {
    /// SHA-256 of the CBC encryption of 1000 bytes `(i * 7 + 3) % 256` under the key
    /// 00 01 02 ... and IV f0 f1 ... ff:
    ///   openssl enc -aes-256-cbc -K 000102...1f -iv f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff -in pt.bin | sha256sum
    @Test(arguments: [
        (CBCCipher.aes128, "d982caa7bf2201bf8c64221ba549201b1d6b33257299e5b40106776224babe74"),
        (CBCCipher.aes192, "ec326231cc81a25a0cff752066fb5d15689d753b57a5dda014facaf2bc22f35b"),
        (CBCCipher.aes256, "567fb5222c84aefd5a24f93596a005a5ddbd3c87bd5f645f02f283ea22da76db"),
    ])
    func matchesOpenSSL(_ cipher: CBCCipher, _ digest: String) throws {
        let key = (0..<cipher.keySize).map { UInt8($0) }
        let iv = (0..<16).map { UInt8(0xF0 + $0) }
        let plaintext = (0..<1000).map { UInt8(($0 * 7 + 3) % 256) }
        let ciphertext = try cipher.encrypt(plaintext, key: key, iv: iv)
        #expect(SymmetricTestSupport.hex(SHA256.hash(ciphertext)) == digest)
        #expect(try cipher.decrypt(ciphertext, key: key, iv: iv) == plaintext)
        #expect(try cipher.decrypt(ciphertext[...], key: key, iv: iv) == plaintext)
    }

    @Test("round trip at every length around the block size", arguments: CBCCipher.allCases)
    func roundTrip(_ cipher: CBCCipher) throws {
        let key = (0..<cipher.keySize).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let iv = (0..<cipher.blockSize).map { UInt8(truncatingIfNeeded: $0 &* 11) }
        for length in 0...(3 * cipher.blockSize + 1) {
            let plaintext = (0..<length).map { UInt8(truncatingIfNeeded: $0) }
            let ciphertext = try cipher.encrypt(plaintext, key: key, iv: iv)
            // PKCS#7 always adds 1...blockSize bytes.
            #expect(ciphertext.count == (length / cipher.blockSize + 1) * cipher.blockSize)
            #expect(try cipher.decrypt(ciphertext, key: key, iv: iv) == plaintext, "length \(length)")
        }
    }

    struct PaddingCase: Sendable, CustomTestStringConvertible {
        let name: String
        /// The last block of plaintext before encryption, without adding padding.
        let lastBlock: [UInt8]
        var testDescription: String { name }
    }

    @Test("bad padding is a typed error", arguments: [
        PaddingCase(name: "pad byte 0", lastBlock: [UInt8](repeating: 0, count: 16)),
        PaddingCase(name: "pad byte 17", lastBlock: [UInt8](repeating: 17, count: 16)),
        PaddingCase(name: "pad byte 255", lastBlock: [UInt8](repeating: 7, count: 15) + [255]),
        PaddingCase(name: "inconsistent 02 03", lastBlock: [UInt8](repeating: 9, count: 14) + [2, 3]),
        PaddingCase(name: "one wrong byte in 16 x 16", lastBlock: [15] + [UInt8](repeating: 16, count: 15)),
        PaddingCase(name: "one wrong byte in 04 04 04 04", lastBlock: [UInt8](repeating: 9, count: 12) + [4, 5, 4, 4]),
    ])
    func badPadding(_ c: PaddingCase) throws {
        let key = [UInt8](repeating: 0x42, count: 16)
        let iv = [UInt8](repeating: 0x24, count: 16)
        // Encrypting block || 16 x 0x10 and dropping the final (padding-only) block gives a
        // ciphertext whose last plaintext block is exactly `lastBlock`.
        let full = try CBCCipher.aes128.encrypt(c.lastBlock, key: key, iv: iv)
        let truncated = Array(full.prefix(16))
        #expect(throws: CryptoError.invalidPadding) {
            try CBCCipher.aes128.decrypt(truncated, key: key, iv: iv)
        }
    }

    @Test("valid odd paddings are removed exactly")
    func validPadding() throws {
        let key = [UInt8](repeating: 0x42, count: 16)
        let iv = [UInt8](repeating: 0x24, count: 16)
        for pad in 1...16 {
            let block = [UInt8](repeating: 0xAB, count: 16 - pad) + [UInt8](repeating: UInt8(pad), count: pad)
            let truncated = Array(try CBCCipher.aes128.encrypt(block, key: key, iv: iv).prefix(16))
            #expect(try CBCCipher.aes128.decrypt(truncated, key: key, iv: iv)
                == [UInt8](repeating: 0xAB, count: 16 - pad))
        }
    }

    @Test("wrong lengths are malformed, not crashes", arguments: [
        (CBCCipher.aes128, 16, 15, 32, CryptoError.malformed("AES-128-CBC: IV must be 16 bytes, got 15")),
        (CBCCipher.aes128, 16, 16, 0,
         CryptoError.malformed("AES-128-CBC: ciphertext length 0 is not a positive multiple of 16")),
        (CBCCipher.aes256, 32, 16, 31,
         CryptoError.malformed("AES-256-CBC: ciphertext length 31 is not a positive multiple of 16")),
        (CBCCipher.aes256, 16, 16, 32, CryptoError.malformed("AES-256-CBC: key must be 32 bytes, got 16")),
        (CBCCipher.tripleDES, 24, 16, 16, CryptoError.malformed("DES-EDE3-CBC: IV must be 8 bytes, got 16")),
        (CBCCipher.tripleDES, 24, 8, 12,
         CryptoError.malformed("DES-EDE3-CBC: ciphertext length 12 is not a positive multiple of 8")),
        (CBCCipher.tripleDES, 16, 8, 16, CryptoError.malformed("DES-EDE3-CBC: key must be 24 bytes, got 16")),
    ])
    func wrongLengths(_ cipher: CBCCipher, _ keyLength: Int, _ ivLength: Int, _ length: Int, _ error: CryptoError) {
        #expect(throws: error) {
            try cipher.decrypt([UInt8](repeating: 0, count: length), key: [UInt8](repeating: 1, count: keyLength),
                               iv: [UInt8](repeating: 2, count: ivLength))
        }
    }
}
