@testable import PureX509Probe
import Testing

/// RFC 8448 section 3 ("Simple 1-RTT Handshake") as a known-answer test of the whole TLS
/// 1.3 client path: the trace's ClientHello and X25519 private key, then the server's
/// ServerHello record and its one encrypted record (EncryptedExtensions, Certificate,
/// CertificateVerify, Finished) played back. The key schedule must reach the trace's
/// secrets, the AES-128-GCM tag must verify, the RSA-PSS CertificateVerify must verify with
/// the trace's certificate and the Finished MAC must match; any flipped byte must fail.
struct RFC8448ReplayTests {
    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var high: UInt8?
        for character in hex where !character.isWhitespace {
            let nibble = UInt8(character.hexDigitValue!)
            if let value = high {
                out.append(value << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return out
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    /// {client} send handshake record: ClientHello (the handshake message).
    static let clientHello = bytes("""
        010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7000006130113031302010000910000000b
        0009000006736572766572ff01000100000a00140012001d0017001800190100010101020103010400230000003300260024001d0020
        99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c002b0003020304000d0020001e04030503060302030804
        0805080604010501060102010402050206020202002d00020101001c00024001
        """)
    /// {client} create an ephemeral x25519 key pair: private key.
    static let clientPrivateKey = bytes("49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005")
    static let clientRandom = Array(clientHello[6..<38])
    /// {server} send handshake record: ServerHello, as a record.
    static let serverHelloRecord = bytes("""
        160303005a020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e2692800130100002e00330024001d0020
        c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f002b00020304
        """)
    /// {server} send handshake record: the complete encrypted record (679 octets).
    static let serverFlightRecord = bytes("""
        17030302a2d1ff334a56f5bff6594a07cc87b580233f500f45e489e7f33af35edf7869fcf40aa40aa2b8ea73f848a7ca07612ef9f945cb96
        0b4068905123ea78b111b429ba9191cd05d2a389280f526134aadc7fc78c4b729df828b5ecf7b13bd9aefb0e57f271585b8ea9bb355c7c79
        020716cfb9b1183ef3ab20e37d57a6b9d7477609aee6e122a4cf51427325250c7d0e509289444c9b3a648f1d71035d2ed65b0e3cdd0cbae8
        bf2d0b227812cbb360987255cc744110c453baa4fcd610928d809810e4b7ed1a8fd991f06aa6248204797e36a6a73b70a2559c09ead68694
        5ba246ab66e5edd8044b4c6de3fcf2a89441ac66272fd8fb330ef8190579b3684596c960bd596eea520a56a8d650f563aad27409960dca63
        d3e688611ea5e22f4415cf9538d51a200c27034272968a264ed6540c84838d89f72c24461aad6d26f59ecaba9acbbb317b66d902f4f292a3
        6ac1b639c637ce343117b659622245317b49eeda0c6258f100d7d961ffb138647e92ea330faeea6dfa31c7a84dc3bd7e1b7a6c7178af3687
        9018e3f252107f243d243dc7339d5684c8b0378bf30244da8c87c843f5e56eb4c5e8280a2b48052cf93b16499a66db7cca71e4599426f7d4
        61e66f99882bd89fc50800becca62d6c74116dbd2972fda1fa80f85df881edbe5a37668936b335583b599186dc5c6918a396fa48a181d6b6
        fa4f9d62d513afbb992f2b992f67f8afe67f76913fa388cb5630c8ca01e0c65d11c66a1e2ac4c85977b7c7a6999bbf10dc35ae69f5515614
        636c0b9b68c19ed2e31c0b3b66763038ebba42f3b38edc0399f3a9f23faa63978c317fc9fa66a73f60f0504de93b5b845e275592c12335ee
        340bbc4fddd502784016e4b3be7ef04dda49f4b440a30cb5d2af939828fd4ae3794e44f94df5a631ede42c1719bfdabf0253fe5175be898e
        750edc53370d2b
        """)

    func replay(_ server: [UInt8]) throws(ProbeError) -> ProbeResult {
        var handshake = ClientHandshake(
            stream: MemoryByteStream(server), deadline: .after(seconds: 5), serverName: "server", clientHello: Self.clientHello,
            clientRandom: Self.clientRandom, sessionID: [], keyShare: try X25519KeyShare(privateKey: Self.clientPrivateKey))
        return try handshake.run()
    }

    @Test func keyScheduleReachesTheTraceSecrets() throws {
        let schedule = TLS13KeySchedule(hash: .sha256)
        let serverHello = Array(Self.serverHelloRecord[5...])
        let helloHash = schedule.transcriptHash(Self.clientHello + serverHello)
        #expect(Self.hex(helloHash) == "860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8")
        let share = try X25519KeyShare(privateKey: Self.clientPrivateKey)
        #expect(Self.hex(share.publicKey) == "99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c")
        let shared = try share.sharedSecret(with: Array(serverHello[serverHello.count - 38..<serverHello.count - 6]))
        #expect(Self.hex(shared) == "8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d")
        let secrets = try schedule.handshakeSecrets(sharedSecret: shared, helloHash: helloHash)
        #expect(Self.hex(secrets.handshake) == "1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac")
        #expect(Self.hex(secrets.client) == "b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21")
        #expect(Self.hex(secrets.server) == "b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38")
        let keys = try schedule.trafficKeys(secrets.server, aead: .aes128GCM)
        #expect(Self.hex(keys.key) == "3fce516009c21727d0f2e4e86ee403bc")
        #expect(Self.hex(keys.iv) == "5d313eb2671276ee13000b30")
    }

    @Test func wholeServerFlightVerifies() throws {
        let result = try replay(Self.serverHelloRecord + Self.serverFlightRecord)
        #expect(result.version == "TLS 1.3")
        #expect(result.cipherSuite.name == "TLS_AES_128_GCM_SHA256")
        #expect(result.keyExchangeGroup == "X25519")
        #expect(result.certificates.count == 1)
        #expect(result.certificates.first?.count == 432)
        #expect(result.signatureScheme?.name == "rsa_pss_rsae_sha256")
        #expect(result.keyPossession == .proven("CertificateVerify signature (rsa_pss_rsae_sha256) over the handshake verified with the leaf's key"))
        #expect(result.alpn == nil)
    }

    /// A flipped byte anywhere in the encrypted record, its header or the server's key
    /// share breaks the AEAD tag: the probe must stop, never use the bytes.
    @Test(arguments: [5, 6, 100, 400, 678, 3])
    func flippedRecordByteFails(_ index: Int) {
        var record = Self.serverFlightRecord
        record[index] ^= 0x01
        #expect(throws: ProbeError.self) { try replay(Self.serverHelloRecord + record) }
        do {
            _ = try replay(Self.serverHelloRecord + record)
        } catch {
            switch error {
            case .verification(let what): #expect(what.contains("AEAD tag"))
            case .malformed, .closed: break  // the header's length or type changed
            default: Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func flippedKeyShareFails() {
        var hello = Self.serverHelloRecord
        hello[hello.count - 10] ^= 0x01
        #expect(throws: ProbeError.self) { try replay(hello + Self.serverFlightRecord) }
    }

    /// The same flight with another client key: the keys differ, the tag fails.
    @Test func otherClientKeyFails() throws {
        var handshake = ClientHandshake(
            stream: MemoryByteStream(Self.serverHelloRecord + Self.serverFlightRecord), deadline: .after(seconds: 5), serverName: "server",
            clientHello: Self.clientHello, clientRandom: Self.clientRandom, sessionID: [], keyShare: try X25519KeyShare())
        #expect(throws: ProbeError.self) { try handshake.run() }
    }
}
