import PureX509Crypto
import Testing

/// Known answers from FIPS 180-4 examples (NIST CSRC "Example Values") and RFC 1321
/// appendix A.5. The values were cross-checked with Python's hashlib:
///   python3 -c "import hashlib; print(hashlib.new('sha512_256', b'abc').hexdigest())"
struct HashVector: Sendable, CustomTestStringConvertible {
    enum Message: Sendable {
        case empty, abc, bits448, bits896, millionA

        var bytes: [UInt8] {
            switch self {
            case .empty: []
            case .abc: Array("abc".utf8)
            case .bits448: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            case .bits896: Array(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8)
            case .millionA: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
            }
        }
    }

    let algorithm: HashAlgorithm
    let message: Message
    let digest: String
    var testDescription: String { "\(algorithm.name) \(message)" }
}

private let vectors: [HashVector] = [
    .init(algorithm: .md5, message: .empty, digest: "d41d8cd98f00b204e9800998ecf8427e"),
    .init(algorithm: .md5, message: .abc, digest: "900150983cd24fb0d6963f7d28e17f72"),
    .init(algorithm: .md5, message: .bits448, digest: "8215ef0796a20bcaaae116d3876c664a"),
    .init(algorithm: .md5, message: .bits896, digest: "03dd8807a93175fb062dfb55dc7d359c"),
    .init(algorithm: .md5, message: .millionA, digest: "7707d6ae4e027c70eea2a935c2296f21"),

    .init(algorithm: .sha1, message: .empty, digest: "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    .init(algorithm: .sha1, message: .abc, digest: "a9993e364706816aba3e25717850c26c9cd0d89d"),
    .init(algorithm: .sha1, message: .bits448, digest: "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    .init(algorithm: .sha1, message: .bits896, digest: "a49b2446a02c645bf419f995b67091253a04a259"),
    .init(algorithm: .sha1, message: .millionA, digest: "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),

    .init(algorithm: .sha224, message: .empty, digest: "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"),
    .init(algorithm: .sha224, message: .abc, digest: "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
    .init(algorithm: .sha224, message: .bits448, digest: "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"),
    .init(algorithm: .sha224, message: .bits896, digest: "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3"),
    .init(algorithm: .sha224, message: .millionA, digest: "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"),

    .init(algorithm: .sha256, message: .empty,
          digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    .init(algorithm: .sha256, message: .abc,
          digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    .init(algorithm: .sha256, message: .bits448,
          digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    .init(algorithm: .sha256, message: .bits896,
          digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    .init(algorithm: .sha256, message: .millionA,
          digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),

    .init(algorithm: .sha384, message: .empty,
          digest: "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"),
    .init(algorithm: .sha384, message: .abc,
          digest: "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
    .init(algorithm: .sha384, message: .bits448,
          digest: "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b"),
    .init(algorithm: .sha384, message: .bits896,
          digest: "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"),
    .init(algorithm: .sha384, message: .millionA,
          digest: "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985"),

    .init(algorithm: .sha512, message: .empty,
          digest: "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
            + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
    .init(algorithm: .sha512, message: .abc,
          digest: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
    .init(algorithm: .sha512, message: .bits448,
          digest: "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
            + "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"),
    .init(algorithm: .sha512, message: .bits896,
          digest: "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
            + "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
    .init(algorithm: .sha512, message: .millionA,
          digest: "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
            + "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"),

    .init(algorithm: .sha512_256, message: .empty,
          digest: "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a"),
    .init(algorithm: .sha512_256, message: .abc,
          digest: "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23"),
    .init(algorithm: .sha512_256, message: .bits448,
          digest: "bde8e1f9f19bb9fd3406c90ec6bc47bd36d8ada9f11880dbc8a22a7078b6a461"),
    .init(algorithm: .sha512_256, message: .bits896,
          digest: "3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a"),
    .init(algorithm: .sha512_256, message: .millionA,
          digest: "9a59a052930187a97038cae692f30708aa6491923ef5194394dc68d56c74fb21"),
]

/// For each algorithm: SHA-256 over the concatenated digests of the messages
/// `(0..<L).map { $0 % 251 }` for every L in 0..<300, which crosses every padding boundary
/// (55/56/64 bytes, 111/112/128 bytes) several times. Generated with:
///   python3 -c "import hashlib; a='sha256'; print(hashlib.sha256(b''.join(hashlib.new(a,
///     bytes(i % 251 for i in range(L))).digest() for L in range(300))).hexdigest())"
private let lengthSweeps: [(HashAlgorithm, String)] = [
    (.md5, "3d6af8f566c0ee0e7aedf6de55f26d499e7601db72834257dc29d24b788c2db2"),
    (.sha1, "9a97f087fd8f3c8df9964df945e908e64249801370479728dfd3059332fd638e"),
    (.sha224, "ab472b8623b3705e8b8861dfc8d423899ea3edeb8fbbb15591f795f77f1b3191"),
    (.sha256, "fa70b867db0a30acb7218d62945db0df52eb393808b30675ea9aac6b058a9a9d"),
    (.sha384, "c8159c301431e7f9670e6cf336925b4074733cebcad3d765c81b98d7432a1782"),
    (.sha512, "819b3b03d6b84cc7c6fc1358ca06685407a7b210ebba5b432a14e5315d412340"),
    (.sha512_256, "71a2721d054367f1ec4b2233bef37a85398df1de5ff9cb2104407ffc31374704"),
]

@Suite("Hash known answers")
struct HashKnownAnswerTests {
    @Test(arguments: vectors)
    func oneShot(_ vector: HashVector) {
        let digest = vector.algorithm.hash(vector.message.bytes)
        #expect(SymmetricTestSupport.hex(digest) == vector.digest)
        #expect(digest.count == vector.algorithm.digestSize)
    }

    @Test("streaming in odd-sized chunks gives the one-shot answer", arguments: vectors)
    func streaming(_ vector: HashVector) {
        let message = vector.message.bytes
        var hasher = vector.algorithm.makeHasher()
        var start = 0
        var chunk = 1
        while start < message.count {
            let end = min(message.count, start + chunk)
            hasher.update(message[start..<end])
            start = end
            chunk = chunk * 3 % 1009 + 1
        }
        #expect(SymmetricTestSupport.hex(hasher.finalize()) == vector.digest)
    }

    @Test(arguments: lengthSweeps)
    func lengthSweep(_ algorithm: HashAlgorithm, _ expected: String) {
        var all: [UInt8] = []
        for length in 0..<300 {
            let message = (0..<length).map { UInt8($0 % 251) }
            all += algorithm.hash(message)
        }
        #expect(SymmetricTestSupport.hex(SHA256.hash(all)) == expected)
    }
}
