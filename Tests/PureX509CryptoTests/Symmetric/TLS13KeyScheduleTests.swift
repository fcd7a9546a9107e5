import PureX509Crypto
import Testing

/// The TLS 1.3 key schedule of RFC 8448 section 3 ("Simple 1-RTT Handshake", SHA-256,
/// X25519, TLS_AES_128_GCM_SHA256) recomputed with ``HKDF/expandLabel(secret:label:context:length:)``
/// and ``HKDF/deriveSecret(secret:label:transcriptHash:)``.
@Suite("TLS 1.3 key schedule (RFC 8446 7.1, RFC 8448 3)")
struct TLS13KeyScheduleTests {
    private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
    private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

    /// SHA-256 of ClientHello || ServerHello in the RFC 8448 trace.
    let helloHash = "860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8"
    let sharedSecret = "8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d"

    @Test("early, handshake and master secrets and the handshake traffic secrets")
    func secrets() throws {
        typealias K = HKDF<SHA256>
        let zeros = [UInt8](repeating: 0, count: 32)
        let emptyHash = SHA256.hash([UInt8]())
        let early = K.extract(salt: [], inputKeyMaterial: zeros)
        #expect(hex(early) == "33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a")
        let derived = try K.deriveSecret(secret: early, label: "derived", transcriptHash: emptyHash)
        #expect(hex(derived) == "6f2615a108c702c5678f54fc9dbab69716c076189c48250cebeac3576c3611ba")
        let handshake = K.extract(salt: derived, inputKeyMaterial: bytes(sharedSecret))
        #expect(hex(handshake) == "1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac")
        let clientTraffic = try K.deriveSecret(secret: handshake, label: "c hs traffic", transcriptHash: bytes(helloHash))
        #expect(hex(clientTraffic) == "b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21")
        let serverTraffic = try K.deriveSecret(secret: handshake, label: "s hs traffic", transcriptHash: bytes(helloHash))
        #expect(hex(serverTraffic) == "b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38")
        let derived2 = try K.deriveSecret(secret: handshake, label: "derived", transcriptHash: emptyHash)
        #expect(hex(derived2) == "43de77e0c77713859a944db9db2590b53190a65b3ee2e4f12dd7a0bb7ce254b4")
        let master = K.extract(salt: derived2, inputKeyMaterial: zeros)
        #expect(hex(master) == "18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919")
    }

    struct TrafficKeys: Sendable, CustomTestStringConvertible {
        let name: String
        let secret: String
        let key: String
        let iv: String
        var testDescription: String { name }
    }

    @Test("traffic secret to key and iv (RFC 8446 7.3)", arguments: [
        TrafficKeys(name: "server handshake", secret: "b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38",
                    key: "3fce516009c21727d0f2e4e86ee403bc", iv: "5d313eb2671276ee13000b30"),
        TrafficKeys(name: "client handshake", secret: "b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21",
                    key: "dbfaa693d1762c5b666af5d950258d01", iv: "5bd3c71b836e0b76bb73265f"),
        TrafficKeys(name: "server application", secret: "a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643",
                    key: "9f02283b6c9c07efc26bb9f2ac92e356", iv: "cf782b88dd83549aadf1e984"),
        TrafficKeys(name: "client application", secret: "9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5",
                    key: "17422dda596ed5d9acd890e3c63f5051", iv: "5b78923dee08579033e523d9"),
    ])
    func trafficKeys(_ c: TrafficKeys) throws {
        let key = try HKDF<SHA256>.expandLabel(secret: bytes(c.secret), label: "key", context: [], length: 16)
        let iv = try HKDF<SHA256>.expandLabel(secret: bytes(c.secret), label: "iv", context: [], length: 12)
        #expect(hex(key) == c.key)
        #expect(hex(iv) == c.iv)
    }

    @Test("HkdfLabel limits: label 7...255 bytes with the prefix, context up to 255")
    func labelLimits() {
        let secret = [UInt8](repeating: 1, count: 32)
        #expect(throws: CryptoError.self) {
            try HKDF<SHA256>.expandLabel(secret: secret, label: String(repeating: "a", count: 250), context: [], length: 16)
        }
        #expect(throws: CryptoError.self) {
            try HKDF<SHA256>.expandLabel(secret: secret, label: "key", context: [UInt8](repeating: 0, count: 256), length: 16)
        }
        #expect(throws: CryptoError.self) {
            try HKDF<SHA256>.expandLabel(secret: secret, label: "key", context: [], length: 0x10000)
        }
        #expect(throws: Never.self) {
            try HKDF<SHA256>.expandLabel(secret: secret, label: String(repeating: "a", count: 249), context: [UInt8](repeating: 0, count: 255), length: 16)
        }
    }
}
