import PureX509Crypto
import Testing

/// HMAC known answers: RFC 4231 section 4 (SHA-224/256/384/512; test case 5 is truncated to
/// 128 bits) and RFC 2202 sections 2 and 3 (MD5, SHA-1).
struct HMACVector: Sendable, CustomTestStringConvertible {
    let source: String
    let algorithm: HashAlgorithm
    let key: String
    let message: String
    let code: String
    var testDescription: String { "\(source) \(algorithm.name)" }
}

private func hex(_ text: String) -> String { SymmetricTestSupport.hex(Array(text.utf8)) }
private func repeatHex(_ byte: String, _ count: Int) -> String { String(repeating: byte, count: count) }

private let rfc4231Inputs: [(name: String, key: String, message: String)] = [
    ("RFC 4231 TC1", repeatHex("0b", 20), hex("Hi There")),
    ("RFC 4231 TC2", hex("Jefe"), hex("what do ya want for nothing?")),
    ("RFC 4231 TC3", repeatHex("aa", 20), repeatHex("dd", 50)),
    ("RFC 4231 TC4", "0102030405060708090a0b0c0d0e0f10111213141516171819", repeatHex("cd", 50)),
    ("RFC 4231 TC5", repeatHex("0c", 20), hex("Test With Truncation")),
    ("RFC 4231 TC6", repeatHex("aa", 131), hex("Test Using Larger Than Block-Size Key - Hash Key First")),
    ("RFC 4231 TC7", repeatHex("aa", 131), hex("This is a test using a larger than block-size key and a larger "
        + "than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")),
]

private let rfc4231Codes: [HashAlgorithm: [String]] = [
    .sha224: [
        "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
        "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44",
        "7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea",
        "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a",
        "0e2aea68a90c8d37c988bcdb9fca6fa8",
        "95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e",
        "3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1",
    ],
    .sha256: [
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        "a3b6167473100ee06e0c796c2955552b",
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
    .sha384: [
        "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
        "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
        "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27",
        "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb",
        "3abf34c3503b2a23a46efc619baef897",
        "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
        "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
    ],
    .sha512: [
        "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4"
            + "be9d914eeb61f1702e696c203a126854",
        "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
            + "caeab1a34d4a6b4b636e070a38bce737",
        "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807"
            + "b946a337bee8942674278859e13292fb",
        "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063"
            + "a5f19741120c4f2de2adebeb10a298dd",
        "415fad6271580a531d4179bc891d87a6",
        "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e52"
            + "95e64f73f63f0aec8b915a985d786598",
        "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15"
            + "134676fb6de0446065c97440fa8c6a58",
    ],
]

private let hmacVectors: [HMACVector] = {
    var all: [HMACVector] = []
    for algorithm in [HashAlgorithm.sha224, .sha256, .sha384, .sha512] {
        for (input, code) in zip(rfc4231Inputs, rfc4231Codes[algorithm] ?? []) {
            all.append(HMACVector(source: input.name, algorithm: algorithm, key: input.key,
                                  message: input.message, code: code))
        }
    }
    all += [
        HMACVector(source: "RFC 2202 TC1", algorithm: .md5, key: repeatHex("0b", 16), message: hex("Hi There"),
                   code: "9294727a3638bb1c13f48ef8158bfc9d"),
        HMACVector(source: "RFC 2202 TC2", algorithm: .md5, key: hex("Jefe"),
                   message: hex("what do ya want for nothing?"), code: "750c783e6ab0b503eaa86e310a5db738"),
        HMACVector(source: "RFC 2202 TC3", algorithm: .md5, key: repeatHex("aa", 16), message: repeatHex("dd", 50),
                   code: "56be34521d144c88dbb8c733f0e8b3f6"),
        HMACVector(source: "RFC 2202 TC6", algorithm: .md5, key: repeatHex("aa", 80),
                   message: hex("Test Using Larger Than Block-Size Key - Hash Key First"),
                   code: "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"),
        HMACVector(source: "RFC 2202 TC1", algorithm: .sha1, key: repeatHex("0b", 20), message: hex("Hi There"),
                   code: "b617318655057264e28bc0b6fb378c8ef146be00"),
        HMACVector(source: "RFC 2202 TC2", algorithm: .sha1, key: hex("Jefe"),
                   message: hex("what do ya want for nothing?"), code: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        HMACVector(source: "RFC 2202 TC3", algorithm: .sha1, key: repeatHex("aa", 20), message: repeatHex("dd", 50),
                   code: "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        HMACVector(source: "RFC 2202 TC6", algorithm: .sha1, key: repeatHex("aa", 80),
                   message: hex("Test Using Larger Than Block-Size Key - Hash Key First"),
                   code: "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        HMACVector(source: "RFC 2202 TC7", algorithm: .sha1, key: repeatHex("aa", 80),
                   message: hex("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
                   code: "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ]
    return all
}()

@Suite("HMAC (RFC 2104)")
struct HMACTests {
    @Test(arguments: hmacVectors)
    func knownAnswer(_ vector: HMACVector) {
        let key = SymmetricTestSupport.bytes(vector.key)
        let message = SymmetricTestSupport.bytes(vector.message)
        let expected = SymmetricTestSupport.bytes(vector.code)
        let code = vector.algorithm.authenticationCode(for: message, key: key)
        #expect(code.count == vector.algorithm.digestSize)
        #expect(SymmetricTestSupport.hex(code.prefix(expected.count)) == vector.code)
        // Verification takes only full-length codes.
        let truncated = expected.count < vector.algorithm.digestSize
        #expect(vector.algorithm.isValidAuthenticationCode(expected[...], for: message[...], key: key[...]) == !truncated)
        #expect(vector.algorithm.isValidAuthenticationCode(code[...], for: message[...], key: key[...]))
        for index in [0, code.count / 2, code.count - 1] {
            var flipped = code
            flipped[index] ^= 0x01
            #expect(!vector.algorithm.isValidAuthenticationCode(flipped[...], for: message[...], key: key[...]))
        }
    }

    @Test("streaming HMAC equals one-shot for every split")
    func streaming() {
        let key = Array("key".utf8)
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 * 5) }
        let expected = HMAC<SHA384>.authenticationCode(for: message, key: key)
        for split in stride(from: 0, through: message.count, by: 7) {
            var mac = HMAC<SHA384>(key: key)
            mac.update(message[..<split])
            #expect(mac.finalize() == HMAC<SHA384>.authenticationCode(for: Array(message[..<split]), key: key))
            mac.update(message[split...])
            #expect(mac.finalize() == expected, "split at \(split)")
        }
    }

    struct TruncationCase: Sendable {
        let length: Int
        let accepted: Bool
    }

    @Test("only a full-length code verifies", arguments: [
        TruncationCase(length: 0, accepted: false),
        TruncationCase(length: 10, accepted: false),
        TruncationCase(length: 16, accepted: false),
        TruncationCase(length: 31, accepted: false),
        TruncationCase(length: 32, accepted: true),
        TruncationCase(length: 33, accepted: false),
    ])
    func truncation(_ c: TruncationCase) {
        let key = Array("k".utf8)
        let message = Array("m".utf8)
        var code = HMAC<SHA256>.authenticationCode(for: message, key: key)
        code += [0]  // lets the 33-byte case exist
        #expect(HMAC<SHA256>.isValidAuthenticationCode(Array(code.prefix(c.length)), for: message, key: key) == c.accepted)
    }
}
