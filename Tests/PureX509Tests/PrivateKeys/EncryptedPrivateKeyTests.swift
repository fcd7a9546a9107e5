import Testing
@testable import PureX509

/// Encrypted keys made by OpenSSL (`openssl pkcs8 -topk8 -v2 ...`, `-v1 ...`, legacy PEM):
/// the right password gives the same key as the clear file, a wrong one is a wrong
/// password, none is "password required", and schemes we do not implement are named.
@Suite("Private keys: encrypted PKCS#8 and legacy PEM")
struct EncryptedPrivateKeyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let clear: String
        let scheme: String
        var testDescription: String { file }
    }

    static let supported: [Case] = [
        Case(file: "rsa-2048.pbes2-aes256-sha256.pem", clear: "rsa-2048.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        Case(file: "rsa-2048.pbes2-aes128-sha1.pem", clear: "rsa-2048.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA1, AES-128-CBC, 2048 iterations)"),
        Case(file: "rsa-2048.pbes2-des3-sha1.pem", clear: "rsa-2048.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA1, DES-EDE3-CBC, 2048 iterations)"),
        Case(file: "rsa-2048.pkcs12-3des.pem", clear: "rsa-2048.pem", scheme: "pbeWithSHA1And3-KeyTripleDES-CBC (2048 iterations)"),
        Case(file: "ec-p256.pbes2-aes256-sha256.pem", clear: "ec-p256.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        Case(file: "ec-p256.pbes2-aes256-sha256.der", clear: "ec-p256.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        Case(file: "ec-p256.pbes2-aes192-sha512.pem", clear: "ec-p256.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA512, AES-192-CBC, 2048 iterations)"),
        Case(file: "ec-p256.pbes2-des3-sha256.pem", clear: "ec-p256.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, DES-EDE3-CBC, 2048 iterations)"),
        Case(file: "ec-p256.pkcs12-3des.pem", clear: "ec-p256.pem", scheme: "pbeWithSHA1And3-KeyTripleDES-CBC (2048 iterations)"),
        Case(file: "ec-p256.pkcs12-2des.pem", clear: "ec-p256.pem", scheme: "pbeWithSHA1And2-KeyTripleDES-CBC (2048 iterations)"),
        Case(file: "ec-p256.pkcs12-rc2-40.pem", clear: "ec-p256.pem", scheme: "pbeWithSHA1And40BitRC2-CBC (2048 iterations)"),
        Case(file: "ed25519.pbes2-aes256-sha256.pem", clear: "ed25519.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        Case(file: "x448.pbes2-aes256-sha256.pem", clear: "x448.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        Case(file: "rsa-pss.pbes2-aes256-sha256.pem", clear: "rsa-pss.pem",
             scheme: "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
    ]

    @Test("decrypts with the right password", arguments: supported)
    func decrypts(_ c: Case) throws {
        let key = try PrivateKeyParsingTests.load(c.file, password: KeyVectors.password)
        let clear = try PrivateKeyParsingTests.load(c.clear)
        #expect(key.isSameKey(as: clear))
        #expect(key.algorithm == clear.algorithm)
        #expect(key.protection?.name == c.scheme)
    }

    @Test("wrong password is a wrong password", arguments: supported)
    func wrongPassword(_ c: Case) throws {
        let error = #expect(throws: KeyFileError.self) {
            try PrivateKeyParsingTests.load(c.file, password: KeyVectors.password + "!")
        }
        #expect(error?.kind == .wrongPassword, "\(String(describing: error))")
    }

    @Test("no password: password required, naming the scheme", arguments: supported)
    func passwordRequired(_ c: Case) throws {
        let error = #expect(throws: KeyFileError.self) { try PrivateKeyParsingTests.load(c.file) }
        #expect(error?.kind == .passwordRequired)
        #expect(error?.description.contains(c.scheme) == true, "\(String(describing: error))")
    }

    @Test("schemes not implemented are named", arguments: [
        ("ec-p256.pbes2-scrypt.pem", "scrypt N=1024 r=8 p=1"),
        ("ec-p256.pbes1-md5-des.pem", "pbeWithMD5AndDES-CBC"),
    ])
    func unsupported(_ file: String, _ name: String) throws {
        let error = #expect(throws: KeyFileError.self) {
            try PrivateKeyParsingTests.load(file, password: KeyVectors.password)
        }
        #expect(error?.kind == .unsupported)
        #expect(error?.description.contains(name) == true, "\(String(describing: error))")
        // Reading the container alone works and names the scheme.
        let der = try #require(try KeyVectors.pemBlocks(file, label: .encryptedPrivateKey).first)
        let info = try EncryptedPrivateKeyInfo(derEncoded: der)
        #expect(!info.encryption.isSupported)
        #expect(info.encryption.name.contains(name))
    }

    @Test("legacy OpenSSL PEM encryption", arguments: [
        ("rsa-2048.legacy-aes256.pem", "rsa-2048.pem", "AES-256-CBC"),
        ("ec-p256.legacy-des3.pem", "ec-p256.pem", "DES-EDE3-CBC"),
        ("ec-p256.legacy-aes128.pem", "ec-p256.pem", "AES-128-CBC"),
    ])
    func legacyPEM(_ file: String, _ clear: String, _ cipher: String) throws {
        let key = try PrivateKeyParsingTests.load(file, password: KeyVectors.password)
        #expect(try key.isSameKey(as: PrivateKeyParsingTests.load(clear)))
        #expect(key.protection?.name == "legacy OpenSSL PEM encryption (\(cipher))")

        let missing = #expect(throws: KeyFileError.self) { try PrivateKeyParsingTests.load(file) }
        #expect(missing?.kind == .passwordRequired)
        #expect(missing?.description.contains("Proc-Type: 4,ENCRYPTED") == true)
        #expect(missing?.pemLine == 1)

        let wrong = #expect(throws: KeyFileError.self) { try PrivateKeyParsingTests.load(file, password: "nope") }
        #expect(wrong?.kind == .wrongPassword)
    }

    @Test func legacyBytesToKeyMatchesOpenSSL() {
        // `openssl enc -aes-256-cbc -P -md md5 -S 0102030405060708 -pass pass:test-password`
        // prints this key (EVP_BytesToKey with MD5, one round).
        let key = LegacyPEMEncryption.bytesToKey(
            password: Array("test-password".utf8), salt: [1, 2, 3, 4, 5, 6, 7, 8], count: 32)
        #expect(KeyVectors.hex(key) == Self.opensslBytesToKey)
    }

    static let opensslBytesToKey = "44b674175973e2b2976839d5f66ae13e1d48a0f352f511a76ce72253d1296f82"
}
