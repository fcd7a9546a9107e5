import Foundation
import PureX509Crypto
import Testing

/// The Wycheproof suites for the symmetric code, read from ../shared/wycheproof (next to the
/// package root). Valid vectors must give the expected output, invalid ones must be rejected.
private enum Wycheproof {
    static let directory = SymmetricTestSupport.wycheproofDirectory
    static let isPresent = directory != nil
    static let missing: Comment = "../shared/wycheproof not found next to the package root; Wycheproof suites skipped"

    struct File<Test: Decodable>: Decodable {
        struct Group: Decodable {
            let tests: [Test]
        }

        let algorithm: String
        let numberOfTests: Int
        let testGroups: [Group]

        var tests: [Test] { testGroups.flatMap(\.tests) }
    }

    static func load<Test: Decodable>(_ name: String, as _: Test.Type) throws -> File<Test> {
        let directory = try #require(directory, "\(missing)")
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        let file = try JSONDecoder().decode(File<Test>.self, from: data)
        // Guard against silently reading an empty or truncated file.
        #expect(file.tests.count == file.numberOfTests, "\(name): test count")
        return file
    }

    static func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
}

private struct MacTest: Decodable {
    let tcId: Int
    let key: String
    let msg: String
    let tag: String
    let result: String
    let flags: [String]
}

private struct PbkdfTest: Decodable {
    let tcId: Int
    let password: String
    let salt: String
    let iterationCount: Int
    let dkLen: Int
    let dk: String
    let result: String
}

private struct CipherTest: Decodable {
    let tcId: Int
    let key: String
    let iv: String
    let msg: String
    let ct: String
    let result: String
    let flags: [String]
}

private struct PbeTest: Decodable {
    let tcId: Int
    let password: String
    let salt: String
    let iterationCount: Int
    let iv: String
    let msg: String
    let ct: String
    let result: String
}

@Suite("Wycheproof symmetric", .enabled(if: Wycheproof.isPresent, Wycheproof.missing))
struct WycheproofSymmetricTests {
    @Test("hmac_sha256_test.json")
    func hmacSHA256() throws {
        let file = try Wycheproof.load("hmac_sha256_test.json", as: MacTest.self)
        var valid = 0, invalid = 0
        for test in file.tests {
            let key = Wycheproof.bytes(test.key)
            let message = Wycheproof.bytes(test.msg)
            let tag = Wycheproof.bytes(test.tag)
            // Some groups use tags truncated to 128 bits: compare the leading bytes.
            let code = HMAC<SHA256>.authenticationCode(for: message, key: key)
            let matches = Array(code.prefix(tag.count)) == tag && !tag.isEmpty
            if test.result == "valid" {
                valid += 1
                #expect(matches, "tcId \(test.tcId) should verify")
                if tag.count == SHA256.digestSize {
                    #expect(HMAC<SHA256>.isValidAuthenticationCode(tag, for: message, key: key), "tcId \(test.tcId)")
                }
            } else {
                invalid += 1
                #expect(!matches, "tcId \(test.tcId) \(test.flags) should be rejected")
                #expect(!HMAC<SHA256>.isValidAuthenticationCode(tag, for: message, key: key), "tcId \(test.tcId)")
            }
        }
        #expect(valid > 0 && invalid > 0)
    }

    @Test("pbkdf2_hmacsha256_test.json")
    func pbkdf2SHA256() throws {
        let file = try Wycheproof.load("pbkdf2_hmacsha256_test.json", as: PbkdfTest.self)
        for test in file.tests {
            #expect(test.result == "valid", "tcId \(test.tcId): only valid vectors are expected in this file")
            let derived = try PBKDF2.deriveKey(
                password: Wycheproof.bytes(test.password), salt: Wycheproof.bytes(test.salt),
                iterations: test.iterationCount, keyLength: test.dkLen, prf: .sha256)
            #expect(SymmetricTestSupport.hex(derived) == test.dk, "tcId \(test.tcId)")
        }
    }

    @Test("aes_cbc_pkcs5_test.json")
    func aesCBC() throws {
        let file = try Wycheproof.load("aes_cbc_pkcs5_test.json", as: CipherTest.self)
        var valid = 0, invalid = 0
        for test in file.tests {
            let key = Wycheproof.bytes(test.key)
            let cipher: CBCCipher = switch key.count {
            case 16: .aes128
            case 24: .aes192
            default: .aes256
            }
            let iv = Wycheproof.bytes(test.iv)
            let ciphertext = Wycheproof.bytes(test.ct)
            let message = Wycheproof.bytes(test.msg)
            if test.result == "valid" {
                valid += 1
                #expect(try cipher.decrypt(ciphertext, key: key, iv: iv) == message, "tcId \(test.tcId)")
                #expect(try cipher.encrypt(message, key: key, iv: iv) == ciphertext, "tcId \(test.tcId)")
            } else {
                invalid += 1
                // Bad padding must be reported as such; an empty ciphertext is malformed.
                let expected: CryptoError = ciphertext.isEmpty
                    ? .malformed("\(cipher.name): ciphertext length 0 is not a positive multiple of 16")
                    : .invalidPadding
                #expect(throws: expected, "tcId \(test.tcId) \(test.flags)") {
                    try cipher.decrypt(ciphertext, key: key, iv: iv)
                }
            }
        }
        #expect(valid > 0 && invalid > 0)
    }

    @Test("pbes2_hmacsha*_aes_256_test.json", arguments: [
        ("pbes2_hmacsha1_aes_256_test.json", HashAlgorithm.sha1),
        ("pbes2_hmacsha256_aes_256_test.json", HashAlgorithm.sha256),
    ])
    func pbes2(_ name: String, _ prf: HashAlgorithm) throws {
        let file = try Wycheproof.load(name, as: PbeTest.self)
        for test in file.tests {
            let password = Wycheproof.bytes(test.password)
            let salt = Wycheproof.bytes(test.salt)
            let iv = Wycheproof.bytes(test.iv)
            let ciphertext = Wycheproof.bytes(test.ct)
            if test.result == "valid" {
                let message = try PBES2.decrypt(ciphertext, password: password, salt: salt,
                                                iterations: test.iterationCount, prf: prf, cipher: .aes256, iv: iv)
                #expect(SymmetricTestSupport.hex(message) == test.msg, "tcId \(test.tcId)")
            } else {
                #expect(throws: CryptoError.self, "tcId \(test.tcId)") {
                    try PBES2.decrypt(ciphertext, password: password, salt: salt,
                                      iterations: test.iterationCount, prf: prf, cipher: .aes256, iv: iv)
                }
            }
        }
    }
}
