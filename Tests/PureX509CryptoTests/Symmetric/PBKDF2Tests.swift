import PureX509Crypto
import Testing

#if DEBUG
private let isReleaseBuild = false
#else
private let isReleaseBuild = true
#endif

struct PBKDF2Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let prf: HashAlgorithm
    let password: [UInt8]
    let salt: [UInt8]
    let iterations: Int
    let derived: String
    var testDescription: String { name }
}

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// RFC 6070 (PBKDF2-HMAC-SHA1), plus longer outputs for the other PRFs computed with
///   python3 -c "import hashlib; print(hashlib.pbkdf2_hmac('sha384', b'password', b'NaCl', 80, 75).hex())"
/// (75 bytes spans several output blocks for every hash).
private let vectors: [PBKDF2Vector] = [
    .init(name: "RFC 6070 #1", prf: .sha1, password: utf8("password"), salt: utf8("salt"), iterations: 1,
          derived: "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
    .init(name: "RFC 6070 #2", prf: .sha1, password: utf8("password"), salt: utf8("salt"), iterations: 2,
          derived: "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
    .init(name: "RFC 6070 #3", prf: .sha1, password: utf8("password"), salt: utf8("salt"), iterations: 4096,
          derived: "4b007901b765489abead49d926f721d065a429c1"),
    .init(name: "RFC 6070 #5", prf: .sha1, password: utf8("passwordPASSWORDpassword"),
          salt: utf8("saltSALTsaltSALTsaltSALTsaltSALTsalt"), iterations: 4096,
          derived: "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"),
    .init(name: "RFC 6070 #6", prf: .sha1, password: utf8("pass\0word"), salt: utf8("sa\0lt"), iterations: 4096,
          derived: "56fa6aa75548099dcc37d7f03425e0c3"),
    .init(name: "SHA-224 75 bytes", prf: .sha224, password: utf8("password"), salt: utf8("NaCl"), iterations: 80,
          derived: "c025dc14739101200c3f148c1fa5228d1b2a3097e2c2ffec72d870281fe05f75e731b70add3a6eceacf82820c5e9df10"
            + "06ce24d0b21523eaef304cc95de98be870fab4aa9ee72a3d337aeb"),
    .init(name: "SHA-384 75 bytes", prf: .sha384, password: utf8("password"), salt: utf8("NaCl"), iterations: 80,
          derived: "5ff052168fae692ae5ebf00cc56d989f3be637d834bf68e986f0a4d2996c83c08179de76fe1a37369215f02e7c61a244"
            + "1fa23bea9b1307347cf351cbc610cb90c69193319a519e92cc74bf"),
    .init(name: "SHA-512 75 bytes", prf: .sha512, password: utf8("password"), salt: utf8("NaCl"), iterations: 80,
          derived: "a3a5b41b448bf852f7aee040ecac4820cae5a2fcbb99d401481e9edc656786c35d002139f1622e7941bfbd75775f55ea"
            + "9215383cd80bce7052099c2629298c537fae1cf5786aae79a7347b"),
    .init(name: "SHA-512/256 75 bytes", prf: .sha512_256, password: utf8("password"), salt: utf8("NaCl"),
          iterations: 80,
          derived: "ad0bd24d09b6e6760a9a835e8ba61eee3d5308ba7c5b457b875d78ef6f88d89ce77bfe311c72afaed863f92792b4ace2"
            + "4d97704b79b4f57d7c6b5918effe11cf3daed4180893ab522e93a4"),
]

@Suite("PBKDF2 (RFC 8018 section 5.2)")
struct PBKDF2Tests {
    @Test(arguments: vectors)
    func knownAnswer(_ v: PBKDF2Vector) throws {
        let length = v.derived.utf8.count / 2
        let derived = try PBKDF2.deriveKey(
            password: v.password, salt: v.salt, iterations: v.iterations, keyLength: length, prf: v.prf)
        #expect(SymmetricTestSupport.hex(derived) == v.derived)
    }

    @Test("RFC 6070 #4: 16777216 iterations", .enabled(if: isReleaseBuild, "slow; runs only in release builds"))
    func sixteenMillionIterations() throws {
        let derived = try PBKDF2.deriveKey(
            password: utf8("password"), salt: utf8("salt"), iterations: 16_777_216, keyLength: 20, prf: .sha1)
        #expect(SymmetricTestSupport.hex(derived) == "eefe3d61cd4da4e4e9945b3d6ba2158c2634e984")
    }

    @Test("a shorter key is a prefix of a longer one")
    func prefix() throws {
        let long = try PBKDF2.deriveKey(password: [1, 2], salt: [3], iterations: 3, keyLength: 100, hash: SHA256.self)
        for length in [1, 31, 32, 33, 64, 65, 99] {
            let short = try PBKDF2.deriveKey(password: [1, 2], salt: [3], iterations: 3, keyLength: length, prf: .sha256)
            #expect(short == Array(long.prefix(length)), "length \(length)")
        }
    }

    /// A hash type from outside the library, which takes the generic HMAC path.
    struct ExternalSHA384: HashFunction {
        static var digestSize: Int { SHA384.digestSize }
        static var blockSize: Int { SHA384.blockSize }
        private var inner = SHA384()
        init() {}
        mutating func update(_ bytes: UnsafeRawBufferPointer) { inner.update(bytes) }
        func finalize() -> [UInt8] { inner.finalize() }
    }

    @Test("the generic HMAC path and the compressor path agree", arguments: [0, 1, 47, 48, 127, 128, 129, 300])
    func genericPathAgrees(_ passwordLength: Int) throws {
        let password = (0..<passwordLength).map { UInt8(truncatingIfNeeded: $0 &* 3) }
        let salt = Array("NaCl and more salt".utf8)
        let generic = try PBKDF2.deriveKey(password: password, salt: salt, iterations: 5, keyLength: 150,
                                           hash: ExternalSHA384.self)
        let builtIn = try PBKDF2.deriveKey(password: password, salt: salt, iterations: 5, keyLength: 150, prf: .sha384)
        #expect(generic == builtIn)
        // And both are HMAC: the first block with one iteration is HMAC(P, S || 00000001).
        let one = try PBKDF2.deriveKey(password: password, salt: salt, iterations: 1, keyLength: 48, prf: .sha384)
        #expect(one == HMAC<SHA384>.authenticationCode(for: salt + [0, 0, 0, 1], key: password))
    }

    struct BadParameters: Sendable {
        let iterations: Int
        let keyLength: Int
        let error: CryptoError
    }

    @Test(arguments: [
        BadParameters(iterations: 0, keyLength: 32,
                      error: .malformed("PBKDF2: iteration count 0 is not positive")),
        BadParameters(iterations: -5, keyLength: 32,
                      error: .malformed("PBKDF2: iteration count -5 is not positive")),
        BadParameters(iterations: 1, keyLength: 0,
                      error: .malformed("PBKDF2: derived key length 0 is out of range")),
        BadParameters(iterations: 1, keyLength: 65537,
                      error: .malformed("PBKDF2: derived key length 65537 is out of range")),
        BadParameters(iterations: 1, keyLength: Int.max,
                      error: .malformed("PBKDF2: derived key length \(Int.max) is out of range")),
    ])
    func rejectsBadParameters(_ c: BadParameters) {
        #expect(throws: c.error) {
            try PBKDF2.deriveKey(password: [], salt: [], iterations: c.iterations, keyLength: c.keyLength, prf: .sha256)
        }
    }
}
