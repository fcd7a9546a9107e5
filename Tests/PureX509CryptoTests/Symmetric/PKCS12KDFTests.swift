import PureX509Crypto
import Testing

struct PKCS12KDFVector: Sendable, CustomTestStringConvertible {
    enum Password: Sendable {
        /// Encoded with `PKCS12KDF.encodePassword`.
        case text(String)
        /// Used as given (the "no password" case).
        case raw([UInt8])
    }

    let name: String
    let hash: HashAlgorithm
    let password: Password
    let salt: String
    let iterations: Int
    let purpose: PKCS12KDF.Purpose
    let derived: String
    var testDescription: String { name }

    var passwordBytes: [UInt8] {
        switch password {
        case .text(let text): PKCS12KDF.encodePassword(text)
        case .raw(let bytes): bytes
        }
    }
}

/// Known answers from OpenSSL 3.0's PKCS12KDF, for example:
///   openssl kdf -keylen 24 -kdfopt digest:SHA1 -kdfopt hexpass:0073006d006500670000 \
///     -kdfopt hexsalt:0A58CF64530D823F -kdfopt iter:1 -kdfopt id:1 PKCS12KDF
/// (hexpass is the BMPString with its 00 00 terminator; "smeg"/"queeg" are the classic
/// vectors from OpenSSL's and NSS's test suites). Lengths beyond one digest and passwords
/// longer than one block exercise the I_j += B + 1 step.
private let vectors: [PKCS12KDFVector] = [
    .init(name: "smeg key", hash: .sha1, password: .text("smeg"), salt: "0a58cf64530d823f", iterations: 1,
          purpose: .key, derived: "8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3"),
    .init(name: "smeg iv", hash: .sha1, password: .text("smeg"), salt: "0a58cf64530d823f", iterations: 1,
          purpose: .iv, derived: "79993dfe048d3b76"),
    .init(name: "queeg key, 1000 iterations", hash: .sha1, password: .text("queeg"), salt: "05dec959acff72f7",
          iterations: 1000, purpose: .key, derived: "ed2034e36328830ff09df1e1a07dd357185dac0d4f9eb3d4"),
    .init(name: "queeg iv, 1000 iterations", hash: .sha1, password: .text("queeg"), salt: "05dec959acff72f7",
          iterations: 1000, purpose: .iv, derived: "11dedad7758d4860"),
    .init(name: "SHA-1 MAC key", hash: .sha1, password: .text("correct horse"), salt: "1122334455667788",
          iterations: 2048, purpose: .mac, derived: "cdbb82a58a71d77beba78e4493e923a4a677b53b"),
    .init(name: "SHA-256 64-byte key, non-ASCII password", hash: .sha256, password: .text("pässwörd"),
          salt: "00112233445566778899aabbccddeeff", iterations: 2048, purpose: .key,
          derived: "e43ffce9757212af55bf32607c726c5c93e8e2522e2a0577db8f3e22a4871dc9"
            + "d0b43ca1af4ec548a90c12b5510f0b4d0ae150237747afcb6956ad027d2c82e9"),
    .init(name: "SHA-256 MAC key", hash: .sha256, password: .text("password"), salt: "0102030405060708",
          iterations: 2048, purpose: .mac, derived: "4f510e1b5428cb3a1b784ceee7b1a95670f60e825199c121bd1752ee9e1c83f2"),
    .init(name: "SHA-512 100 bytes, long password", hash: .sha512,
          password: .text("a much longer password that spans more than one sixty-four byte block"),
          salt: String(repeating: "ff", count: 20), iterations: 3, purpose: .key,
          derived: "f381180492c1b8e07819b52233ef5cd836fd1582b8584bf0a32ad6ce75bbca028293b226ec25ec1b745caa77132777cf"
            + "2f28058b7f99a84fbe77cf7c4bf325889df476898416b1b1fa1665b6e242b9ab0f527b59725db2d2976c3a4d908043"
            + "5102dd9672"),
    .init(name: "SHA-384 iv", hash: .sha384, password: .text("x"), salt: String(repeating: "aa", count: 9),
          iterations: 7, purpose: .iv, derived: "db18ec1f981c8858a7e5ca092cd73d56"),
    .init(name: "no password (empty bytes)", hash: .sha1, password: .raw([]), salt: "0a58cf64530d823f",
          iterations: 5, purpose: .key, derived: "2cc68199bb6391ea858af96c600cdc5637ea43cc921fc488"),
    .init(name: "empty password (00 00)", hash: .sha1, password: .text(""), salt: "0a58cf64530d823f",
          iterations: 5, purpose: .key, derived: "e98a01263a6bf0c65bb8c58786a59f6d86b05a0be704dc90"),
    .init(name: "empty salt", hash: .sha256, password: .text("pw"), salt: "", iterations: 2, purpose: .key,
          derived: "4f04e95d2c51c1a0da40c2de9cdebed977810924cf672424f40f4e5fcb4fa8a26f93c4d9f1a03830"),
]

@Suite("PKCS#12 KDF (RFC 7292 appendix B)")
struct PKCS12KDFTests {
    @Test(arguments: vectors)
    func knownAnswer(_ v: PKCS12KDFVector) throws {
        let derived = try PKCS12KDF.deriveKey(
            password: v.passwordBytes, salt: SymmetricTestSupport.bytes(v.salt), iterations: v.iterations,
            keyLength: v.derived.utf8.count / 2, purpose: v.purpose, hash: v.hash)
        #expect(SymmetricTestSupport.hex(derived) == v.derived)
    }

    @Test("passwords become big-endian UTF-16 with a 00 00 terminator", arguments: [
        ("smeg", "0073006d006500670000"),
        ("", "0000"),
        ("é", "00e90000"),
        ("😀", "d83dde000000"),  // outside the BMP: a surrogate pair, as OpenSSL writes it
    ])
    func encodePassword(_ password: String, _ expected: String) {
        #expect(SymmetricTestSupport.hex(PKCS12KDF.encodePassword(password)) == expected)
    }

    @Test(arguments: [
        (0, 24, CryptoError.malformed("PKCS#12 KDF: iteration count 0 is not positive")),
        (1, 0, CryptoError.malformed("PKCS#12 KDF: derived key length 0 is out of range")),
        (1, 65537, CryptoError.malformed("PKCS#12 KDF: derived key length 65537 is out of range")),
    ])
    func rejectsBadParameters(_ iterations: Int, _ keyLength: Int, _ error: CryptoError) {
        #expect(throws: error) {
            try PKCS12KDF.deriveKey(password: [0, 0], salt: [1], iterations: iterations, keyLength: keyLength,
                                    purpose: .key, hash: .sha1)
        }
    }
}
