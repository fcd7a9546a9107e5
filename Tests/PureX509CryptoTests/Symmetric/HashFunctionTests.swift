import PureX509Crypto
import Testing

@Suite("Hash function API")
struct HashFunctionTests {
    struct Properties: Sendable {
        let algorithm: HashAlgorithm
        let name: String
        let digestSize: Int
        let blockSize: Int
    }

    @Test(arguments: [
        Properties(algorithm: .md5, name: "MD5", digestSize: 16, blockSize: 64),
        Properties(algorithm: .sha1, name: "SHA-1", digestSize: 20, blockSize: 64),
        Properties(algorithm: .sha224, name: "SHA-224", digestSize: 28, blockSize: 64),
        Properties(algorithm: .sha256, name: "SHA-256", digestSize: 32, blockSize: 64),
        Properties(algorithm: .sha384, name: "SHA-384", digestSize: 48, blockSize: 128),
        Properties(algorithm: .sha512, name: "SHA-512", digestSize: 64, blockSize: 128),
        Properties(algorithm: .sha512_256, name: "SHA-512/256", digestSize: 32, blockSize: 128),
    ])
    func properties(_ p: Properties) {
        #expect(p.algorithm.name == p.name)
        #expect(p.algorithm.digestSize == p.digestSize)
        #expect(p.algorithm.blockSize == p.blockSize)
        #expect(p.algorithm.hashFunction.digestSize == p.digestSize)
        #expect(p.algorithm.hash([]).count == p.digestSize)
    }

    @Test("every two-part split of a message gives the one-shot digest", arguments: HashAlgorithm.allCases)
    func splits(_ algorithm: HashAlgorithm) {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        let expected = algorithm.hash(message)
        for split in 0...message.count {
            var hasher = algorithm.makeHasher()
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test("finalize leaves the state usable", arguments: HashAlgorithm.allCases)
    func finalizeIsNotConsuming(_ algorithm: HashAlgorithm) {
        let first = Array("The quick brown fox ".utf8)
        let second = Array("jumps over the lazy dog".utf8)
        var hasher = algorithm.makeHasher()
        hasher.update(first)
        #expect(hasher.finalize() == algorithm.hash(first))
        #expect(hasher.finalize() == algorithm.hash(first))
        hasher.update(second)
        #expect(hasher.finalize() == algorithm.hash(first + second))
    }

    @Test("the concrete types and all overloads agree with HashAlgorithm")
    func overloadsAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 13) }
        let slice = bytes[17..<901]
        let expected = HashAlgorithm.sha256.hash(Array(slice))
        #expect(SHA256.hash(slice) == expected)
        #expect(SHA256.hash(Array(slice)) == expected)
        #expect(Array(slice).withUnsafeBytes { SHA256.hash($0) } == expected)
        #expect(HashAlgorithm.sha256.hash(slice) == expected)
        #expect(Array(slice).withUnsafeBytes { HashAlgorithm.sha256.hash($0) } == expected)
        #expect(SHA512.hash(slice) == HashAlgorithm.sha512.hash(slice))
        #expect(SHA384.hash(slice) == HashAlgorithm.sha384.hash(slice))
        #expect(SHA224.hash(slice) == HashAlgorithm.sha224.hash(slice))
        #expect(SHA512_256.hash(slice) == HashAlgorithm.sha512_256.hash(slice))
        #expect(SHA1.hash(slice) == HashAlgorithm.sha1.hash(slice))
        #expect(InsecureMD5.hash(slice) == HashAlgorithm.md5.hash(slice))
        // Distinct algorithms must not collide on the same input.
        let digests = Set(HashAlgorithm.allCases.map { $0.hash(slice) })
        #expect(digests.count == HashAlgorithm.allCases.count)
    }
}
