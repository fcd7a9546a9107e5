@testable import PureX509Crypto
import Testing

/// ChaCha20, Poly1305 and AEAD_CHACHA20_POLY1305 known answers from RFC 8439: the examples of
/// section 2 (2.3.2, 2.4.2, 2.5.2, 2.6.2, 2.8.2) and the test vectors of appendix A
/// (A.1 block function, A.2 encryption, A.3 Poly1305 including the reduction edge cases
/// #5-#11, A.4 key generation, A.5 AEAD decryption). The hex dumps are copied as the RFC
/// prints them; `unhex` drops spaces, colons and line breaks.
private func unhex(_ dump: String) -> [UInt8] {
    SymmetricTestSupport.bytes(String(dump.filter { $0.isHexDigit }))
}
private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

private let sunscreen = Array(("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, "
    + "sunscreen would be it.").utf8)
private let ietfText = Array(("Any submission to the IETF intended by the Contributor for publication as all or part of an "
    + "IETF Internet-Draft or RFC and any statement made within the context of an IETF activity is considered an "
    + "\"IETF Contribution\". Such statements include oral statements in IETF sessions, as well as written and "
    + "electronic communications made at any time or place, which are addressed to").utf8)
private let jabberwocky = Array(("'Twas brillig, and the slithy toves\nDid gyre and gimble in the wabe:\n"
    + "All mimsy were the borogoves,\nAnd the mome raths outgrabe.").utf8)
private let key0to31 = (0..<32).map { UInt8($0) }
private let key80to9f = (0x80..<0xA0).map { UInt8($0) }
private let zeros32 = [UInt8](repeating: 0, count: 32)
private let zeros12 = [UInt8](repeating: 0, count: 12)
private let keyEndingIn1 = [UInt8](repeating: 0, count: 31) + [1]
private let nonceEndingIn2 = [UInt8](repeating: 0, count: 11) + [2]
private let jabberKey = unhex("1c 92 40 a5 eb 55 d3 8a f3 33 88 86 04 f6 b5 f0 47 39 17 c1 40 2b 80 09 9d ca 5c bc 20 70 75 c0")

struct ChaChaBlockVector: Sendable, CustomTestStringConvertible {
    let name: String
    let key: [UInt8]
    let nonce: [UInt8]
    let counter: UInt32
    let keystream: String
    var testDescription: String { name }
}

struct ChaChaEncryptionVector: Sendable, CustomTestStringConvertible {
    let name: String
    let key: [UInt8]
    let nonce: [UInt8]
    let counter: UInt32
    let plaintext: [UInt8]
    let ciphertext: String
    var testDescription: String { name }
}

struct Poly1305Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let key: [UInt8]
    let message: [UInt8]
    let tag: String
    var testDescription: String { name }
}

private let blockVectors: [ChaChaBlockVector] = [
    ChaChaBlockVector(
        name: "RFC 8439 2.3.2", key: key0to31, nonce: unhex("00 00 00 09 00 00 00 4a 00 00 00 00"), counter: 1,
        keystream: """
            10 f1 e7 e4 d1 3b 59 15 50 0f dd 1f a3 20 71 c4 c7 d1 f4 c7 33 c0 68 03 04 22 aa 9a c3 d4 6c 4e
            d2 82 64 46 07 9f aa 09 14 c2 d7 05 d9 8b 02 a2 b5 12 9c d1 de 16 4e b9 cb d0 83 e8 a2 50 3c 4e
            """),
    ChaChaBlockVector(
        name: "RFC 8439 A.1 #1", key: zeros32, nonce: zeros12, counter: 0,
        keystream: """
            76 b8 e0 ad a0 f1 3d 90 40 5d 6a e5 53 86 bd 28 bd d2 19 b8 a0 8d ed 1a a8 36 ef cc 8b 77 0d c7
            da 41 59 7c 51 57 48 8d 77 24 e0 3f b8 d8 4a 37 6a 43 b8 f4 15 18 a1 1c c3 87 b6 69 b2 ee 65 86
            """),
    ChaChaBlockVector(
        name: "RFC 8439 A.1 #2", key: zeros32, nonce: zeros12, counter: 1,
        keystream: """
            9f 07 e7 be 55 51 38 7a 98 ba 97 7c 73 2d 08 0d cb 0f 29 a0 48 e3 65 69 12 c6 53 3e 32 ee 7a ed
            29 b7 21 76 9c e6 4e 43 d5 71 33 b0 74 d8 39 d5 31 ed 1f 28 51 0a fb 45 ac e1 0a 1f 4b 79 4d 6f
            """),
    ChaChaBlockVector(
        name: "RFC 8439 A.1 #3", key: keyEndingIn1, nonce: zeros12, counter: 1,
        keystream: """
            3a eb 52 24 ec f8 49 92 9b 9d 82 8d b1 ce d4 dd 83 20 25 e8 01 8b 81 60 b8 22 84 f3 c9 49 aa 5a
            8e ca 00 bb b4 a7 3b da d1 92 b5 c4 2f 73 f2 fd 4e 27 36 44 c8 b3 61 25 a6 4a dd eb 00 6c 13 a0
            """),
    ChaChaBlockVector(
        name: "RFC 8439 A.1 #4", key: [0, 0xFF] + [UInt8](repeating: 0, count: 30), nonce: zeros12, counter: 2,
        keystream: """
            72 d5 4d fb f1 2e c4 4b 36 26 92 df 94 13 7f 32 8f ea 8d a7 39 90 26 5e c1 bb be a1 ae 9a f0 ca
            13 b2 5a a2 6c b4 a6 48 cb 9b 9d 1b e6 5b 2c 09 24 a6 6c 54 d5 45 ec 1b 73 74 f4 87 2e 99 f0 96
            """),
    ChaChaBlockVector(
        name: "RFC 8439 A.1 #5", key: zeros32, nonce: nonceEndingIn2, counter: 0,
        keystream: """
            c2 c6 4d 37 8c d5 36 37 4a e2 04 b9 ef 93 3f cd 1a 8b 22 88 b3 df a4 96 72 ab 76 5b 54 ee 27 c7
            8a 97 0e 0e 95 5c 14 f3 a8 8e 74 1b 97 c2 86 f7 5f 8f c2 99 e8 14 83 62 fa 19 8a 39 53 1b ed 6d
            """),
    // Poly1305 key generation (section 2.6.2, A.4): the first 32 bytes of block 0.
    ChaChaBlockVector(
        name: "RFC 8439 2.6.2 (first 32 bytes)", key: key80to9f, nonce: unhex("00 00 00 00 00 01 02 03 04 05 06 07"),
        counter: 0,
        keystream: "8a d5 a0 8b 90 5f 81 cc 81 50 40 27 4a b2 94 71 a8 33 b6 37 e3 fd 0d a5 08 db b8 e2 fd d1 a6 46"),
    ChaChaBlockVector(
        name: "RFC 8439 A.4 #2 (first 32 bytes)", key: keyEndingIn1, nonce: nonceEndingIn2, counter: 0,
        keystream: "ec fa 25 4f 84 5f 64 74 73 d3 cb 14 0d a9 e8 76 06 cb 33 06 6c 44 7b 87 bc 26 66 dd e3 fb b7 39"),
    ChaChaBlockVector(
        name: "RFC 8439 A.4 #3 (first 32 bytes)", key: jabberKey, nonce: nonceEndingIn2, counter: 0,
        keystream: "96 5e 3b c6 f9 ec 7e d9 56 08 08 f4 d2 29 f9 4b 13 7f f2 75 ca 9b 3f cb dd 59 de aa d2 33 10 ae"),
]

private let encryptionVectors: [ChaChaEncryptionVector] = [
    ChaChaEncryptionVector(
        name: "RFC 8439 2.4.2", key: key0to31, nonce: unhex("00 00 00 00 00 00 00 4a 00 00 00 00"), counter: 1,
        plaintext: sunscreen,
        ciphertext: """
            6e 2e 35 9a 25 68 f9 80 41 ba 07 28 dd 0d 69 81 e9 7e 7a ec 1d 43 60 c2 0a 27 af cc fd 9f ae 0b
            f9 1b 65 c5 52 47 33 ab 8f 59 3d ab cd 62 b3 57 16 39 d6 24 e6 51 52 ab 8f 53 0c 35 9f 08 61 d8
            07 ca 0d bf 50 0d 6a 61 56 a3 8e 08 8a 22 b6 5e 52 bc 51 4d 16 cc f8 06 81 8c e9 1a b7 79 37 36
            5a f9 0b bf 74 a3 5b e6 b4 0b 8e ed f2 78 5e 42 87 4d
            """),
    ChaChaEncryptionVector(
        name: "RFC 8439 A.2 #1", key: zeros32, nonce: zeros12, counter: 0, plaintext: [UInt8](repeating: 0, count: 64),
        ciphertext: """
            76 b8 e0 ad a0 f1 3d 90 40 5d 6a e5 53 86 bd 28 bd d2 19 b8 a0 8d ed 1a a8 36 ef cc 8b 77 0d c7
            da 41 59 7c 51 57 48 8d 77 24 e0 3f b8 d8 4a 37 6a 43 b8 f4 15 18 a1 1c c3 87 b6 69 b2 ee 65 86
            """),
    ChaChaEncryptionVector(
        name: "RFC 8439 A.2 #2", key: keyEndingIn1, nonce: nonceEndingIn2, counter: 1, plaintext: ietfText,
        ciphertext: """
            a3 fb f0 7d f3 fa 2f de 4f 37 6c a2 3e 82 73 70 41 60 5d 9f 4f 4f 57 bd 8c ff 2c 1d 4b 79 55 ec
            2a 97 94 8b d3 72 29 15 c8 f3 d3 37 f7 d3 70 05 0e 9e 96 d6 47 b7 c3 9f 56 e0 31 ca 5e b6 25 0d
            40 42 e0 27 85 ec ec fa 4b 4b b5 e8 ea d0 44 0e 20 b6 e8 db 09 d8 81 a7 c6 13 2f 42 0e 52 79 50
            42 bd fa 77 73 d8 a9 05 14 47 b3 29 1c e1 41 1c 68 04 65 55 2a a6 c4 05 b7 76 4d 5e 87 be a8 5a
            d0 0f 84 49 ed 8f 72 d0 d6 62 ab 05 26 91 ca 66 42 4b c8 6d 2d f8 0e a4 1f 43 ab f9 37 d3 25 9d
            c4 b2 d0 df b4 8a 6c 91 39 dd d7 f7 69 66 e9 28 e6 35 55 3b a7 6c 5c 87 9d 7b 35 d4 9e b2 e6 2b
            08 71 cd ac 63 89 39 e2 5e 8a 1e 0e f9 d5 28 0f a8 ca 32 8b 35 1c 3c 76 59 89 cb cf 3d aa 8b 6c
            cc 3a af 9f 39 79 c9 2b 37 20 fc 88 dc 95 ed 84 a1 be 05 9c 64 99 b9 fd a2 36 e7 e8 18 b0 4b 0b
            c3 9c 1e 87 6b 19 3b fe 55 69 75 3f 88 12 8c c0 8a aa 9b 63 d1 a1 6f 80 ef 25 54 d7 18 9c 41 1f
            58 69 ca 52 c5 b8 3f a3 6f f2 16 b9 c1 d3 00 62 be bc fd 2d c5 bc e0 91 19 34 fd a7 9a 86 f6 e6
            98 ce d7 59 c3 ff 9b 64 77 33 8f 3d a4 f9 cd 85 14 ea 99 82 cc af b3 41 b2 38 4d d9 02 f3 d1 ab
            7a c6 1d d2 9c 6f 21 ba 5b 86 2f 37 30 e3 7c fd c4 fd 80 6c 22 f2 21
            """),
    ChaChaEncryptionVector(
        name: "RFC 8439 A.2 #3", key: jabberKey, nonce: nonceEndingIn2, counter: 42, plaintext: jabberwocky,
        ciphertext: """
            62 e6 34 7f 95 ed 87 a4 5f fa e7 42 6f 27 a1 df 5f b6 91 10 04 4c 0d 73 11 8e ff a9 5b 01 e5 cf
            16 6d 3d f2 d7 21 ca f9 b2 1e 5f b1 4c 61 68 71 fd 84 c5 4f 9d 65 b2 83 19 6c 7f e4 f6 05 53 eb
            f3 9c 64 02 c4 22 34 e3 2a 35 6b 3e 76 43 12 a6 1a 55 32 05 57 16 ea d6 96 25 68 f8 7d 3f 3f 77
            04 c6 a8 d1 bc d1 bf 4d 50 d6 15 4b 6d a7 31 b1 87 b5 8d fd 72 8a fa 36 75 7a 79 7a c1 88 d1
            """),
]

private let r2 = [UInt8(2)] + [UInt8](repeating: 0, count: 15)
private let r1 = [UInt8(1)] + [UInt8](repeating: 0, count: 15)
private let r1and4 = unhex("01 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00")
private let zero16 = [UInt8](repeating: 0, count: 16)
private let ff16 = [UInt8](repeating: 0xFF, count: 16)
private let polyVectors: [Poly1305Vector] = [
    Poly1305Vector(
        name: "RFC 8439 2.5.2",
        key: unhex("85:d6:be:78:57:55:6d:33:7f:44:52:fe:42:d5:06:a8:01:03:80:8a:fb:0d:b2:fd:4a:bf:f6:af:41:49:f5:1b"),
        message: Array("Cryptographic Forum Research Group".utf8), tag: "a8061dc1305136c6c22b8baf0c0127a9"),
    Poly1305Vector(name: "RFC 8439 A.3 #1", key: zeros32, message: [UInt8](repeating: 0, count: 64),
                   tag: "00000000000000000000000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #2", key: zero16 + unhex("36 e5 f6 b5 c5 e0 60 70 f0 ef ca 96 22 7a 86 3e"),
                   message: ietfText, tag: "36e5f6b5c5e06070f0efca96227a863e"),
    Poly1305Vector(name: "RFC 8439 A.3 #3", key: unhex("36 e5 f6 b5 c5 e0 60 70 f0 ef ca 96 22 7a 86 3e") + zero16,
                   message: ietfText, tag: "f3477e7cd95417af89a6b8794c310cf0"),
    Poly1305Vector(name: "RFC 8439 A.3 #4", key: jabberKey, message: jabberwocky, tag: "4541669a7eaaee61e708dc7cbcc5eb62"),
    Poly1305Vector(name: "RFC 8439 A.3 #5 (partially reduced result not fully reduced)", key: r2 + zero16, message: ff16,
                   tag: "03000000000000000000000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #6 (adding s overflows 2^128)", key: r2 + ff16, message: r2,
                   tag: "03000000000000000000000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #7 (all-ones limb with carry)", key: r1 + zero16,
                   message: ff16 + unhex("F0 FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF") + unhex("11") + [UInt8](repeating: 0, count: 15),
                   tag: "05000000000000000000000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #8 (result exactly 2^130 - 5)", key: r1 + zero16,
                   message: ff16 + unhex("FB FE FE FE FE FE FE FE FE FE FE FE FE FE FE FE") + [UInt8](repeating: 1, count: 16),
                   tag: "00000000000000000000000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #9 (result exactly 2^130 - 6)", key: r2 + zero16,
                   message: unhex("FD FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF"), tag: "faffffffffffffffffffffffffffffff"),
    Poly1305Vector(name: "RFC 8439 A.3 #10 (131-bit intermediate)", key: r1and4 + zero16,
                   message: unhex("""
                       E3 35 94 D7 50 5E 43 B9 00 00 00 00 00 00 00 00 33 94 D7 50 5E 43 79 CD 01 00 00 00 00 00 00 00
                       00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                       """),
                   tag: "14000000000000005500000000000000"),
    Poly1305Vector(name: "RFC 8439 A.3 #11 (131-bit final result)", key: r1and4 + zero16,
                   message: unhex("""
                       E3 35 94 D7 50 5E 43 B9 00 00 00 00 00 00 00 00 33 94 D7 50 5E 43 79 CD 01 00 00 00 00 00 00 00
                       00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                       """),
                   tag: "13000000000000000000000000000000"),
]

/// Section 2.8.2: sender constant 07 00 00 00 followed by IV 40 41 ... 47.
private let aeadKey = key80to9f
private let aeadNonce = unhex("07 00 00 00 40 41 42 43 44 45 46 47")
private let aeadAAD = unhex("50 51 52 53 c0 c1 c2 c3 c4 c5 c6 c7")
private let aeadCiphertext = """
    d3 1a 8d 34 64 8e 60 db 7b 86 af bc 53 ef 7e c2 a4 ad ed 51 29 6e 08 fe a9 e2 b5 a7 36 ee 62 d6
    3d be a4 5e 8c a9 67 12 82 fa fb 69 da 92 72 8b 1a 71 de 0a 9e 06 0b 29 05 d6 a5 b6 7e cd 3b 36
    92 dd bd 7f 2d 77 8b 8c 98 03 ae e3 28 09 1b 58 fa b3 24 e4 fa d6 75 94 55 85 80 8b 48 31 d7 bc
    3f f4 de f0 8e 4b 7a 9d e5 76 d2 65 86 ce c6 4b 61 16
    """
private let aeadTag = "1a:e1:0b:59:4f:09:e2:6a:7e:90:2e:cb:d0:60:06:91"

/// Appendix A.5: decryption of an Internet-Draft boilerplate.
private let a5Ciphertext = """
    64 a0 86 15 75 86 1a f4 60 f0 62 c7 9b e6 43 bd 5e 80 5c fd 34 5c f3 89 f1 08 67 0a c7 6c 8c b2
    4c 6c fc 18 75 5d 43 ee a0 9e e9 4e 38 2d 26 b0 bd b7 b7 3c 32 1b 01 00 d4 f0 3b 7f 35 58 94 cf
    33 2f 83 0e 71 0b 97 ce 98 c8 a8 4a bd 0b 94 81 14 ad 17 6e 00 8d 33 bd 60 f9 82 b1 ff 37 c8 55
    97 97 a0 6e f4 f0 ef 61 c1 86 32 4e 2b 35 06 38 36 06 90 7b 6a 7c 02 b0 f9 f6 15 7b 53 c8 67 e4
    b9 16 6c 76 7b 80 4d 46 a5 9b 52 16 cd e7 a4 e9 90 40 c5 a4 04 33 22 5e e2 82 a1 b0 a0 6c 52 3e
    af 45 34 d7 f8 3f a1 15 5b 00 47 71 8c bc 54 6a 0d 07 2b 04 b3 56 4e ea 1b 42 22 73 f5 48 27 1a
    0b b2 31 60 53 fa 76 99 19 55 eb d6 31 59 43 4e ce bb 4e 46 6d ae 5a 10 73 a6 72 76 27 09 7a 10
    49 e6 17 d9 1d 36 10 94 fa 68 f0 ff 77 98 71 30 30 5b ea ba 2e da 04 df 99 7b 71 4d 6c 6f 2c 29
    a6 ad 5c b4 02 2b 02 70 9b
    """
private let a5Tag = "ee ad 9d 67 89 0c bb 22 39 23 36 fe a1 85 1f 38"
private let a5Plaintext = Array(("Internet-Drafts are draft documents valid for a maximum of six months and may be updated, "
    + "replaced, or obsoleted by other documents at any time. It is inappropriate to use Internet-Drafts as "
    + "reference material or to cite them other than as /\u{201C}work in progress./\u{201D}").utf8)

@Suite("ChaCha20-Poly1305 (RFC 8439)")
struct ChaCha20Poly1305Tests {
    @Test("ChaCha20 block function", arguments: blockVectors)
    func block(_ v: ChaChaBlockVector) {
        let expected = unhex(v.keystream)
        let block = ChaCha20(key: v.key, nonce: v.nonce).keystreamBlock(counter: v.counter)
        #expect(hex(Array(block.prefix(expected.count))) == hex(expected))
    }

    @Test("ChaCha20 encryption", arguments: encryptionVectors)
    func encryption(_ v: ChaChaEncryptionVector) {
        let cipher = ChaCha20(key: v.key, nonce: v.nonce)
        var output = [UInt8](repeating: 0, count: v.plaintext.count)
        v.plaintext.withUnsafeBytes { input in output.withUnsafeMutableBytes { cipher.apply(counter: v.counter, input, $0) } }
        #expect(hex(output) == hex(unhex(v.ciphertext)))
        #expect(v.plaintext.count == unhex(v.ciphertext).count)
    }

    @Test("Poly1305", arguments: polyVectors)
    func poly1305(_ v: Poly1305Vector) {
        #expect(hex(Poly1305.authenticate(v.message, key: v.key)) == v.tag)
    }

    @Test("AEAD seal and open: section 2.8.2")
    func aead() throws {
        let aead = try ChaCha20Poly1305(key: aeadKey)
        let sealed = try aead.seal(sunscreen, nonce: aeadNonce, authenticating: aeadAAD)
        #expect(hex(sealed) == hex(unhex(aeadCiphertext + aeadTag)))
        #expect(try aead.open(sealed, nonce: aeadNonce, authenticating: aeadAAD) == sunscreen)
        let buffer = [0x17] + sealed + [0x00]
        #expect(try aead.open(buffer[1..<(buffer.count - 1)], nonce: aeadNonce, authenticating: aeadAAD[...]) == sunscreen)
    }

    @Test("AEAD decryption: appendix A.5")
    func aeadDecryption() throws {
        let aead = try ChaCha20Poly1305(key: jabberKey)
        let nonce = unhex("00 00 00 00 01 02 03 04 05 06 07 08")
        let aad = unhex("f3 33 88 86 00 00 00 00 00 00 4e 91")
        let sealed = unhex(a5Ciphertext + a5Tag)
        #expect(try aead.open(sealed, nonce: nonce, authenticating: aad) == a5Plaintext)
    }

    /// Any changed bit of ciphertext, tag, nonce or additional data fails with
    /// ``AEADError/authenticationFailure`` and releases nothing.
    @Test("any altered bit fails authentication")
    func tamper() throws {
        let aead = try ChaCha20Poly1305(key: aeadKey)
        let sealed = unhex(aeadCiphertext + aeadTag)
        for index in sealed.indices {
            for bit in [0, 7] {
                var altered = sealed
                altered[index] ^= 1 << UInt8(bit)
                #expect(throws: AEADError.authenticationFailure) { try aead.open(altered, nonce: aeadNonce, authenticating: aeadAAD) }
            }
        }
        for index in aeadNonce.indices {
            var altered = aeadNonce
            altered[index] ^= 0x01
            #expect(throws: AEADError.authenticationFailure) { try aead.open(sealed, nonce: altered, authenticating: aeadAAD) }
        }
        for index in aeadAAD.indices {
            var altered = aeadAAD
            altered[index] ^= 0x80
            #expect(throws: AEADError.authenticationFailure) { try aead.open(sealed, nonce: aeadNonce, authenticating: altered) }
        }
        #expect(throws: AEADError.authenticationFailure) { try aead.open(Array(sealed.dropLast()), nonce: aeadNonce, authenticating: aeadAAD) }
        #expect(throws: AEADError.authenticationFailure) { try aead.open(sealed, nonce: aeadNonce, authenticating: []) }
        var otherKey = aeadKey
        otherKey[31] ^= 0x40
        #expect(throws: AEADError.authenticationFailure) {
            try ChaCha20Poly1305(key: otherKey).open(sealed, nonce: aeadNonce, authenticating: aeadAAD)
        }
    }

    @Test("round trip across block boundaries")
    func roundTrip() throws {
        let aead = try ChaCha20Poly1305(key: jabberKey)
        for length in [0, 1, 15, 16, 17, 63, 64, 65, 128, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13) }
            let aad = Array(message.prefix(length % 20))
            let sealed = try aead.seal(message, nonce: aeadNonce, authenticating: aad)
            #expect(sealed.count == length + 16)
            #expect(try aead.open(sealed, nonce: aeadNonce, authenticating: aad) == message)
        }
    }

    @Test("wrong key, nonce and input lengths are typed errors")
    func lengths() throws {
        for length in [0, 16, 31, 33] {
            #expect(throws: AEADError.invalidKeyLength(algorithm: "ChaCha20-Poly1305", length: length)) {
                try ChaCha20Poly1305(key: [UInt8](repeating: 0, count: length))
            }
        }
        let aead = try ChaCha20Poly1305(key: aeadKey)
        for length in [0, 8, 11, 13, 16] {
            #expect(throws: AEADError.invalidNonceLength(algorithm: "ChaCha20-Poly1305", length: length)) {
                try aead.open(zero16, nonce: [UInt8](repeating: 0, count: length))
            }
            #expect(throws: AEADError.invalidNonceLength(algorithm: "ChaCha20-Poly1305", length: length)) {
                try aead.seal([1], nonce: [UInt8](repeating: 0, count: length))
            }
        }
        for length in [0, 1, 15] {
            #expect(throws: AEADError.ciphertextTooShort(length: length)) {
                try aead.open([UInt8](repeating: 0, count: length), nonce: aeadNonce)
            }
        }
    }
}
