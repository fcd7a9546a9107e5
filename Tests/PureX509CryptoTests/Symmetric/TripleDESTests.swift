import PureX509Crypto
import Testing

@Suite("Triple DES (DES-EDE3)")
struct TripleDESTests {
    /// Single blocks. With K1 = K2 = K3 triple DES is single DES, so the first row is the
    /// classic worked DES example (key 133457799BBCDFF1). The others came from
    ///   printf 'The quick brown fox jump' | openssl enc -des-ede3 -K <key> -nopad | xxd -p
    /// (NIST SP 800-67's example key; blocks 2 and 3 match its published ciphertext) and
    ///   openssl enc -des-ede -K 0123456789abcdef23456789abcdef01 -nopad   (two-key form).
    @Test(arguments: [
        ("single DES", "133457799bbcdff1133457799bbcdff1133457799bbcdff1",
         "0123456789abcdef", "85e813540f0ab405"),
        ("SP 800-67 key", "0123456789abcdef23456789abcdef01456789abcdef0123",
         "54686520717569636b2062726f776e20666f78206a756d70", "1ccf23869d09333ecce21c8112256fe668d5c05dd9b6b900"),
        ("two-key", "0123456789abcdef23456789abcdef01",
         "00112233445566778899aabbccddeeff", "d54bd4eb46750cd1fefbe901dc95c093"),
    ])
    func knownAnswer(_ name: String, _ key: String, _ plaintext: String, _ ciphertext: String) throws {
        let cipher = try TripleDES(key: SymmetricTestSupport.bytes(key))
        let pt = SymmetricTestSupport.bytes(plaintext)
        let ct = SymmetricTestSupport.bytes(ciphertext)
        for offset in stride(from: 0, to: pt.count, by: 8) {
            let block = Array(ct[offset..<(offset + 8)])
            #expect(try cipher.decrypt(block: block) == Array(pt[offset..<(offset + 8)]))
            #expect(try cipher.encrypt(block: Array(pt[offset..<(offset + 8)])) == block)
        }
    }

    /// 1000 bytes `(i * 7 + 3) % 256` in CBC mode; every S-box entry is used many times.
    ///   openssl enc -des-ede3-cbc -K 0123456789abcdef23456789abcdef01456789abcdef0123 \
    ///     -iv 1122334455667788 -in pt.bin | sha256sum
    @Test("CBC over 1000 bytes matches OpenSSL")
    func cbcSweep() throws {
        let key = SymmetricTestSupport.bytes("0123456789abcdef23456789abcdef01456789abcdef0123")
        let iv = SymmetricTestSupport.bytes("1122334455667788")
        let plaintext = (0..<1000).map { UInt8(($0 * 7 + 3) % 256) }
        let ciphertext = try CBCCipher.tripleDES.encrypt(plaintext, key: key, iv: iv)
        #expect(ciphertext.count == 1008)
        #expect(SymmetricTestSupport.hex(ciphertext.prefix(16)) == "d145c7ceca340177a89cd94b84ccee0a")
        #expect(SymmetricTestSupport.hex(SHA256.hash(ciphertext))
            == "800173082e117fccd9f7102e7f08a7e08940fe0dac2db4bc92ce511efb78813a")
        #expect(try CBCCipher.tripleDES.decrypt(ciphertext, key: key, iv: iv) == plaintext)
    }

    @Test(arguments: [0, 8, 15, 17, 23, 25, 32])
    func rejectsKeyLength(_ length: Int) {
        #expect(throws: CryptoError.malformed("3DES: key must be 24 bytes (or 16 for two-key), got \(length)")) {
            try TripleDES(key: [UInt8](repeating: 1, count: length))
        }
    }
}
