import PureX509Crypto
import Testing

/// AES-GCM known answers: test cases 1-18 of McGrew and Viega, "The Galois/Counter Mode of
/// Operation (GCM)", appendix B (AES-128, -192, -256; 96-bit, 64-bit and 480-bit IVs; with and
/// without additional data; whole and partial final blocks), plus one NIST CAVP GCMVS
/// encryption vector (AES-256, 160-bit AAD), numbered 100 here.
struct GCMVector: Sendable, CustomTestStringConvertible {
    let number: Int
    let key: String
    let iv: String
    let plaintext: String
    let aad: String
    let ciphertext: String
    let tag: String
    var testDescription: String { (number < 100 ? "GCM spec test case \(number)" : "CAVP GCMVS") + " (AES-\(key.count * 4))" }
}

private let k1 = "feffe9928665731c6d6a8f9467308308"
private let k2 = k1 + "feffe9928665731c"
private let k3 = k1 + k1
private let p64 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"
private let p60 = String(p64.dropLast(8))
private let aad = "feedfacedeadbeeffeedfacedeadbeefabaddad2"
private let iv96 = "cafebabefacedbaddecaf888"
private let iv64 = "cafebabefacedbad"
private let iv480 = "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
    + "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b"
private let zeroIV = String(repeating: "00", count: 12)
private let zero16 = String(repeating: "00", count: 16)

private let gcmVectors: [GCMVector] = [
    GCMVector(number: 1, key: zero16, iv: zeroIV, plaintext: "", aad: "", ciphertext: "",
              tag: "58e2fccefa7e3061367f1d57a4e7455a"),
    GCMVector(number: 2, key: zero16, iv: zeroIV, plaintext: zero16, aad: "",
              ciphertext: "0388dace60b6a392f328c2b971b2fe78", tag: "ab6e47d42cec13bdf53a67b21257bddf"),
    GCMVector(number: 3, key: k1, iv: iv96, plaintext: p64, aad: "",
              ciphertext: "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985",
              tag: "4d5c2af327cd64a62cf35abd2ba6fab4"),
    GCMVector(number: 4, key: k1, iv: iv96, plaintext: p60, aad: aad,
              ciphertext: "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091",
              tag: "5bc94fbc3221a5db94fae95ae7121a47"),
    GCMVector(number: 5, key: k1, iv: iv64, plaintext: p60, aad: aad,
              ciphertext: "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c7423"
                + "73806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598",
              tag: "3612d2e79e3b0785561be14aaca2fccb"),
    GCMVector(number: 6, key: k1, iv: iv480, plaintext: p60, aad: aad,
              ciphertext: "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca7"
                + "01e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5",
              tag: "619cc5aefffe0bfa462af43c1699d050"),
    GCMVector(number: 7, key: zero16 + "0000000000000000", iv: zeroIV, plaintext: "", aad: "", ciphertext: "",
              tag: "cd33b28ac773f74ba00ed1f312572435"),
    GCMVector(number: 8, key: zero16 + "0000000000000000", iv: zeroIV, plaintext: zero16, aad: "",
              ciphertext: "98e7247c07f0fe411c267e4384b0f600", tag: "2ff58d80033927ab8ef4d4587514f0fb"),
    GCMVector(number: 9, key: k2, iv: iv96, plaintext: p64, aad: "",
              ciphertext: "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c"
                + "7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710acade256",
              tag: "9924a7c8587336bfb118024db8674a14"),
    GCMVector(number: 10, key: k2, iv: iv96, plaintext: p60, aad: aad,
              ciphertext: "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c"
                + "7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710",
              tag: "2519498e80f1478f37ba55bd6d27618c"),
    GCMVector(number: 11, key: k2, iv: iv64, plaintext: p60, aad: aad,
              ciphertext: "0f10f599ae14a154ed24b36e25324db8c566632ef2bbb34f8347280fc4507057"
                + "fddc29df9a471f75c66541d4d4dad1c9e93a19a58e8b473fa0f062f7",
              tag: "65dcc57fcf623a24094fcca40d3533f8"),
    GCMVector(number: 12, key: k2, iv: iv480, plaintext: p60, aad: aad,
              ciphertext: "d27e88681ce3243c4830165a8fdcf9ff1de9a1d8e6b447ef6ef7b79828666e45"
                + "81e79012af34ddd9e2f037589b292db3e67c036745fa22e7e9b7373b",
              tag: "dcf566ff291c25bbb8568fc3d376a6d9"),
    GCMVector(number: 13, key: zero16 + zero16, iv: zeroIV, plaintext: "", aad: "", ciphertext: "",
              tag: "530f8afbc74536b9a963b4f1c4cb738b"),
    GCMVector(number: 14, key: zero16 + zero16, iv: zeroIV, plaintext: zero16, aad: "",
              ciphertext: "cea7403d4d606b6e074ec5d3baf39d18", tag: "d0d1c8a799996bf0265b98b5d48ab919"),
    GCMVector(number: 15, key: k3, iv: iv96, plaintext: p64, aad: "",
              ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
              tag: "b094dac5d93471bdec1a502270e3cc6c"),
    GCMVector(number: 16, key: k3, iv: iv96, plaintext: p60, aad: aad,
              ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
              tag: "76fc6ece0f4e1768cddf8853bb2d551b"),
    GCMVector(number: 17, key: k3, iv: iv64, plaintext: p60, aad: aad,
              ciphertext: "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
                + "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f",
              tag: "3a337dbf46a792c45e454913fe2ea8f2"),
    GCMVector(number: 18, key: k3, iv: iv480, plaintext: p60, aad: aad,
              ciphertext: "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
                + "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f",
              tag: "a44a8266ee1c8eb0c8b5d4cf5ae9f19a"),
    GCMVector(number: 100, key: "83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a",
              iv: "0b459724904e010a46901cf3", plaintext: "33d893a2114ce06fc15d55e454cf90c3",
              aad: "794a14ccd178c8ebfd1379dc704c5e208f9d8424", ciphertext: "cc66bee423e3fcd4c0865715e9586696",
              tag: "0fb291bd3dba94a1dfd8b286cfb97ac5"),
]

private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

@Suite("AES-GCM (NIST SP 800-38D)")
struct AESGCMTests {
    @Test(arguments: gcmVectors)
    func seal(_ v: GCMVector) throws {
        let gcm = try AESGCM(key: bytes(v.key))
        let sealed = try gcm.seal(bytes(v.plaintext), nonce: bytes(v.iv), authenticating: bytes(v.aad))
        #expect(hex(sealed) == v.ciphertext + v.tag)
    }

    @Test(arguments: gcmVectors)
    func open(_ v: GCMVector) throws {
        let gcm = try AESGCM(key: bytes(v.key))
        let sealed = bytes(v.ciphertext + v.tag)
        #expect(try hex(gcm.open(sealed, nonce: bytes(v.iv), authenticating: bytes(v.aad))) == v.plaintext)
        // The same through slices of a larger buffer, as a record layer passes them.
        let buffer = [0xAA] + sealed + [0xBB]
        let aadBuffer = [0xCC] + bytes(v.aad)
        #expect(try hex(gcm.open(buffer[1..<(buffer.count - 1)], nonce: bytes(v.iv), authenticating: aadBuffer[1...])) == v.plaintext)
    }

    /// Every single-bit change to the ciphertext, tag, nonce or additional data must fail
    /// with ``AEADError/authenticationFailure`` (and so release no plaintext).
    @Test("any altered bit fails authentication", arguments: [gcmVectors[3], gcmVectors[5], gcmVectors[15]])
    func tamper(_ v: GCMVector) throws {
        let gcm = try AESGCM(key: bytes(v.key))
        let sealed = bytes(v.ciphertext + v.tag)
        let nonce = bytes(v.iv)
        let aad = bytes(v.aad)
        for index in sealed.indices {
            for bit in [0, 7] {
                var altered = sealed
                altered[index] ^= 1 << UInt8(bit)
                #expect(throws: AEADError.authenticationFailure) { try gcm.open(altered, nonce: nonce, authenticating: aad) }
            }
        }
        for index in nonce.indices {
            var altered = nonce
            altered[index] ^= 0x80
            #expect(throws: AEADError.authenticationFailure) { try gcm.open(sealed, nonce: altered, authenticating: aad) }
        }
        for index in aad.indices {
            var altered = aad
            altered[index] ^= 0x01
            #expect(throws: AEADError.authenticationFailure) { try gcm.open(sealed, nonce: nonce, authenticating: altered) }
        }
        // Truncated or extended by one byte, missing additional data, another key.
        #expect(throws: AEADError.authenticationFailure) { try gcm.open(Array(sealed.dropLast()), nonce: nonce, authenticating: aad) }
        #expect(throws: AEADError.authenticationFailure) { try gcm.open(sealed + [0], nonce: nonce, authenticating: aad) }
        #expect(throws: AEADError.authenticationFailure) { try gcm.open(sealed, nonce: nonce, authenticating: []) }
        var otherKey = bytes(v.key)
        otherKey[0] ^= 1
        #expect(throws: AEADError.authenticationFailure) {
            try AESGCM(key: otherKey).open(sealed, nonce: nonce, authenticating: aad)
        }
    }

    @Test("round trip across block boundaries")
    func roundTrip() throws {
        let gcm = try AESGCM(key: bytes(k3))
        let nonce = bytes(iv96)
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 255, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            let sealed = try gcm.seal(message, nonce: nonce, authenticating: [1, 2, 3])
            #expect(sealed.count == length + 16)
            #expect(try gcm.open(sealed, nonce: nonce, authenticating: [1, 2, 3]) == message)
        }
    }

    /// Nonces other than 96 bits go through GHASH to make J_0 (section 7.1 step 2); the spec
    /// test cases 5, 6, 11, 12, 17 and 18 check its value for 64- and 480-bit IVs, this
    /// checks that every short length is accepted and consistent.
    @Test("nonces of every length from 1 to 20 bytes round-trip")
    func nonceLengths() throws {
        let gcm = try AESGCM(key: bytes(k1))
        let message = Array(repeating: UInt8(0x5A), count: 40)
        for length in 1...20 {
            let nonce = (0..<length).map { UInt8($0) }
            let sealed = try gcm.seal(message, nonce: nonce)
            #expect(try gcm.open(sealed, nonce: nonce) == message)
        }
    }

    @Test("wrong key, nonce and input lengths are typed errors")
    func lengths() throws {
        for length in [0, 15, 17, 31, 33] {
            #expect(throws: AEADError.invalidKeyLength(algorithm: "AES-GCM", length: length)) {
                try AESGCM(key: [UInt8](repeating: 0, count: length))
            }
        }
        let gcm = try AESGCM(key: bytes(k1))
        #expect(throws: AEADError.invalidNonceLength(algorithm: "AES-GCM", length: 0)) { try gcm.seal([1], nonce: []) }
        #expect(throws: AEADError.invalidNonceLength(algorithm: "AES-GCM", length: 0)) { try gcm.open(bytes(zero16), nonce: []) }
        for length in [0, 1, 15] {
            #expect(throws: AEADError.ciphertextTooShort(length: length)) {
                try gcm.open([UInt8](repeating: 0, count: length), nonce: bytes(iv96))
            }
        }
    }
}
