import PureX509Crypto
import Testing

/// End-to-end decryption of PKCS#8 `EncryptedPrivateKeyInfo` made by OpenSSL 3.0:
///   openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -outform DER -out key.der
///   openssl pkcs8 -topk8 -inform DER -in key.der -v1 PBE-SHA1-3DES -iter 2048 \
///     -passout pass:'pässword' -outform DER -out v1.der
///   openssl pkcs8 -topk8 -inform DER -in key.der -v1 PBE-SHA1-3DES -iter 100 \
///     -passout pass:'a😀' -outform DER -out emoji.der
///   openssl pkcs8 -topk8 -inform DER -in key.der -v2 aes-256-cbc -v2prf hmacWithSHA256 \
///     -iter 2048 -passout pass:'correct horse' -outform DER -out v2.der
///   openssl pkcs8 -topk8 -inform DER -in key.der -v2 des3 -v2prf hmacWithSHA1 -iter 1000 \
///     -passout pass:'correct horse' -outform DER -out v2des.der
/// with salt, iteration count, IV and encrypted data read off `openssl asn1parse`. The
/// expected plaintext is `openssl pkcs8 -topk8 -nocrypt -inform DER -in key.der -outform DER`
/// (a throwaway test key).
@Suite("Encrypted PKCS#8 keys from OpenSSL")
struct EncryptedPrivateKeyTests {
    static let plaintext = SymmetricTestSupport.bytes(
        "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b02010104208eb590d23a64d0177e4f1b909fae95"
        + "badae848fed02221cb3069348eb52ffc3da1440342000487ec4346b4cba28b29806a7b6dc5bc9c373a8fc351cac435a4db11"
        + "299bf1be3387c3a888581d3d7f93b7fc25d9bcaf4e899ea9642aa4a713a6f11c9830b5b036")

    struct PKCS12Case: Sendable, CustomTestStringConvertible {
        let name: String
        let password: String
        let salt: String
        let iterations: Int
        let ciphertext: String
        var testDescription: String { name }
    }

    @Test("pbeWithSHAAnd3-KeyTripleDES-CBC", arguments: [
        PKCS12Case(name: "non-ASCII password", password: "pässword", salt: "aa8e1383be45279c", iterations: 2048,
                   ciphertext: "42d241f051edd8a2cfc98187a215385ed90a4ec1ce10f83c3a498326534b7b9185c3534ae3c4d7c6"
                    + "babe57385c8e2bed269e421fbe5c46a8b1ea0592e5afacf097e0237b595d39980769e9e1c4e69dc5749757ed96"
                    + "545db6d5c4980e3d74f51c0736a5e1c468cad696a93cb06f6491a8e0ce39e0819ed4b4b243a72451708b9735b5"
                    + "383cbd6c353f7fb13527f3a64461"),
        PKCS12Case(name: "password outside the BMP", password: "a😀", salt: "5220f3fbc7d5c0f3", iterations: 100,
                   ciphertext: "0b5065a2458417e8a2610cdf8139dcd2a6c93da8d45a9d69fd020fbf47bc78de66f7e4f51133d556"
                    + "2f8a16d35ed161244ffe97c34df5704c6bebc9648a82a2ff265696cebfc588ad811f096a40b2d84687f2fdf957"
                    + "90785300870623f0658d02c15b0391f2e73858e011fe6d6fe4bd43ffc6d89c43cbb9afb87dfd3a13fabc464f15"
                    + "92fddfaf3744a4d69064bedb5608"),
    ])
    func pkcs12TripleDES(_ c: PKCS12Case) throws {
        let ciphertext = SymmetricTestSupport.bytes(c.ciphertext)
        let salt = SymmetricTestSupport.bytes(c.salt)
        let decrypted = try PKCS12PBE.sha1And3KeyTripleDESCBC.decrypt(
            ciphertext, password: PKCS12KDF.encodePassword(c.password), salt: salt, iterations: c.iterations)
        #expect(decrypted == Self.plaintext)
        // A wrong password fails (almost always at the padding; it cannot give the plaintext).
        let wrong = try? PKCS12PBE.sha1And3KeyTripleDESCBC.decrypt(
            ciphertext, password: PKCS12KDF.encodePassword(c.password + "x"), salt: salt, iterations: c.iterations)
        #expect(wrong != Self.plaintext)
    }

    struct PBES2Case: Sendable, CustomTestStringConvertible {
        let name: String
        let prf: HashAlgorithm
        let cipher: CBCCipher
        let salt: String
        let iterations: Int
        let iv: String
        let ciphertext: String
        var testDescription: String { name }
    }

    @Test("PBES2", arguments: [
        PBES2Case(name: "hmacWithSHA256 + aes-256-cbc", prf: .sha256, cipher: .aes256, salt: "4234b1adcf2f2cae",
                  iterations: 2048, iv: "6a5ae0a81b830992a19b11471ba14852",
                  ciphertext: "c6c9d143bf9b1fca98d4a290d88a4c760d1ee18c9be9acb3b2ff7f6bff17caeae8342dc9d6204cca"
                    + "efd095e87e197b3ba9432d1aa25f98fd3dc69ad072c726a7daf8c3b6bf1980c9b57c55d9a25beef151246a3da1"
                    + "cca7880ba5165990c9bd0c288c18f3fe9bfb4b1d8c599f34796857da30607fd75ed1195fdbde8c326cae292e6e"
                    + "d0529a04b669ab5ed1ba551ebaa6"),
        PBES2Case(name: "hmacWithSHA1 + des-ede3-cbc", prf: .sha1, cipher: .tripleDES, salt: "9e687db06c9573c3",
                  iterations: 1000, iv: "b20414c5e4cb7994",
                  ciphertext: "a26c3f16f1c0f0cade00f793fb0ddc7bb7921bb69ee1583ef8f979d1b17bbd42e59571f8a31ad25b"
                    + "01cbb6b6b5799eec954cd9b1134a9ae46f884d9266251a938f2eb5e7d972d5a14242e037015fa5fedba214318c"
                    + "739448b78f7b4bfb637326ba0769f07d8df10c915ab0c23a786f199a34de95a5b3ea0ce902071aa37523a8d76b"
                    + "b95c8539827ae43bc1a1681ab33f"),
    ])
    func pbes2(_ c: PBES2Case) throws {
        let decrypted = try PBES2.decrypt(
            SymmetricTestSupport.bytes(c.ciphertext), password: Array("correct horse".utf8),
            salt: SymmetricTestSupport.bytes(c.salt), iterations: c.iterations, prf: c.prf, cipher: c.cipher,
            iv: SymmetricTestSupport.bytes(c.iv))
        #expect(decrypted == Self.plaintext)
    }

    @Test("PBES2 rejects a keyLength that does not fit the cipher")
    func pbes2KeyLength() {
        #expect(throws: CryptoError.malformed("PBES2: keyLength 16 does not match AES-256-CBC (32 bytes)")) {
            try PBES2.decrypt([UInt8](repeating: 0, count: 16), password: [], salt: [], iterations: 1,
                              keyLength: 16, prf: .sha256, cipher: .aes256, iv: [UInt8](repeating: 0, count: 16))
        }
    }
}
