import Foundation
import PureX509ASN1
import Testing
@testable import PureX509Crypto

/// DSA verification (FIPS 186-4 section 4.7) on PKCS#10 requests signed by the openssl CLI
/// (TestVectors/crypto/generate-dsa.sh: L/N of 1024/160, 2048/224, 2048/256 and 3072/256 with
/// SHA-1, SHA-224 and SHA-256, including a hash wider than q): each verifies through the
/// entry point certificates use, and stops verifying when a bit of the signature, the message
/// or the key changes. Parameter inheritance (RFC 3279 2.3.2) and the range checks of r and s
/// are tested on the same vectors.
@Suite("DSA verification")
struct DSAVerificationTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: String
        let hash: String
        var testDescription: String { name }
    }

    static let directory = RSATestSupport.vectorsDirectory.appendingPathComponent("dsa")

    static let vectors: [Vector] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("manifest.txt"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 3 else { return nil }
            return Vector(name: fields[0], key: fields[1], hash: fields[2])
        }
    }()

    static func load(_ vector: Vector) throws -> OpenSSLRSAVectorTests.Request {
        let bytes = try Array(Data(contentsOf: directory.appendingPathComponent("\(vector.name).csr.der")))
        return try OpenSSLRSAVectorTests.parse(bytes)
    }

    @Test("the manifest lists every generated request")
    func manifest() {
        #expect(Self.vectors.count == 8)
    }

    @Test(arguments: vectors)
    func verifies(_ vector: Vector) throws {
        let request = try Self.load(vector)
        let expectedHash = OpenSSLRSAVectorTests.hash(vector.hash)
        guard case .dsa(let hash) = request.algorithm.kind else {
            Issue.record("\(vector.name): not a DSA signature algorithm")
            return
        }
        #expect(hash == expectedHash)
        guard case .dsa(let key) = request.publicKey.kind else {
            Issue.record("\(vector.name): not a DSA key")
            return
        }
        #expect(key.parameters != nil)
        #expect(try verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: request.signature))

        // One flipped bit anywhere in the signature, the message or y: no longer valid.
        for index in [0, request.signature.count / 2, request.signature.count - 1] {
            var signature = Array(request.signature)
            signature[index] ^= 0x01
            #expect(try verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: signature[...]) == false)
        }
        var message = Array(request.message)
        message[message.count / 2] ^= 0x80
        #expect(try verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: message[...], signature: request.signature) == false)
        var y = key.y
        y[y.count - 1] ^= 0x02
        let otherKey = try DSAPublicKey(y: y, parameters: key.parameters)
        #expect(otherKey.isValidSignature(derSignature: request.signature, message: request.message, hash: hash) == false)
        // The wrong hash.
        let wrongHash: HashAlgorithm = hash == .sha1 ? .sha256 : .sha1
        #expect(key.isValidSignature(derSignature: request.signature, message: request.message, hash: wrongHash) == false)
    }

    /// RFC 3279 2.3.2: a key without parameters cannot verify until its issuer's are applied.
    @Test(arguments: vectors)
    func inheritedParameters(_ vector: Vector) throws {
        let request = try Self.load(vector)
        guard case .dsa(let key) = request.publicKey.kind, let parameters = key.parameters, case .dsa(let hash) = request.algorithm.kind else {
            Issue.record("\(vector.name): not DSA")
            return
        }
        let bare = try DSAPublicKey(y: key.y, parameters: nil)
        #expect(bare.isValidSignature(derSignature: request.signature, message: request.message, hash: hash) == false)
        #expect(try bare.inheriting(parameters).isValidSignature(derSignature: request.signature, message: request.message, hash: hash))
    }

    /// FIPS 186-4 4.7 step 1: r and s in [1, q - 1]; anything else is invalid, not an error.
    @Test func outOfRangeSignatures() throws {
        let vector = try #require(Self.vectors.first { $0.name == "dsa2048-sha256" })
        let request = try Self.load(vector)
        guard case .dsa(let key) = request.publicKey.kind, let parameters = key.parameters else {
            Issue.record("not DSA")
            return
        }
        func signature(_ r: [UInt8], _ s: [UInt8]) -> [UInt8] {
            func integer(_ magnitude: [UInt8]) -> [UInt8] {
                let content = (magnitude.first ?? 0x80) & 0x80 != 0 ? [0] + magnitude : magnitude
                return [0x02, UInt8(content.count)] + content
            }
            let body = integer(r) + integer(s)
            return [0x30, UInt8(body.count)] + body
        }
        let q = parameters.q
        for (r, s) in [([UInt8](), [UInt8(1)]), ([1], []), (q, [1]), ([1], q), ([0], [1]), ([1], [0])] {
            let der = signature(r.isEmpty ? [0] : r, s.isEmpty ? [0] : s)
            #expect(key.isValidSignature(derSignature: der[...], message: request.message, hash: .sha256) == false)
        }
        // Not DER at all.
        #expect(key.isValidSignature(derSignature: [0x30, 0x00], message: request.message, hash: .sha256) == false)
    }

    @Test func keyWithoutParametersThrowsAtTheEntryPoint() throws {
        // SubjectPublicKeyInfo { id-dsa, no parameters } with y = 5.
        let spki: [UInt8] = [0x30, 0x11, 0x30, 0x09, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x38, 0x04, 0x01, 0x03, 0x04, 0x00, 0x02, 0x01, 0x05]
        let key = try PublicKey(subjectPublicKeyInfoDER: spki)
        #expect(key.lacksDSAParameters)
        let algorithm = SignatureAlgorithm(.dsa(.sha256))
        #expect(algorithm.oid.dotted == "2.16.840.1.101.3.4.3.2")
        #expect(throws: CryptoError.self) {
            try verify(signatureAlgorithm: algorithm, publicKey: key, message: [1, 2, 3], signature: [0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01])
        }
    }

    struct BadParameters: Sendable, CustomTestStringConvertible {
        let p: [UInt8], q: [UInt8], g: [UInt8]
        let testDescription: String
    }

    static let q160: [UInt8] = [0x80] + [UInt8](repeating: 0, count: 18) + [0x01]

    @Test(arguments: [
        BadParameters(p: [0x80] + [UInt8](repeating: 0, count: 126) + [0x00], q: q160, g: [2], testDescription: "even p"),
        BadParameters(p: [0x80] + [UInt8](repeating: 0, count: 126) + [0x01], q: [0x0B], g: [2], testDescription: "q of 4 bits"),
        BadParameters(p: [0x80] + [UInt8](repeating: 0, count: 126) + [0x01], q: q160, g: [1], testDescription: "g = 1"),
        BadParameters(p: [0x80] + [UInt8](repeating: 0, count: 126) + [0x01], q: [0x81] + [UInt8](repeating: 0, count: 127), g: [2],
            testDescription: "q above p"),
        BadParameters(p: [0x80] + [UInt8](repeating: 0, count: 1250) + [1], q: q160, g: [2], testDescription: "p of 10,016 bits"),
    ])
    func badParameters(_ bad: BadParameters) {
        #expect(throws: CryptoError.self) { try DSAParameters(p: bad.p, q: bad.q, g: bad.g) }
    }

    @Test func dsaAlgorithmIdentifierWithParametersIsRefused() {
        // AlgorithmIdentifier { dsa-with-sha256, NULL }: RFC 5758 3.1 says absent.
        let der: [UInt8] = [0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x02, 0x05, 0x00]
        #expect(throws: CryptoError.self) { try SignatureAlgorithm(derEncoded: der[...]) }
    }
}

/// Wycheproof DSA verification vectors (../shared/wycheproof/dsa_*_test.json, schema
/// dsa_verify_schema): valid cases verify, invalid ones do not. Skipped with a message when
/// the files are absent (the shared copy holds none today).
@Suite("DSA: Wycheproof")
struct DSAWycheproofTests {
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RSATestSupport.wycheproofDirectory.path)) ?? []
        return names.filter { $0.hasPrefix("dsa_") && $0.hasSuffix("_test.json") }.sorted()
    }()

    struct Suite: Decodable {
        let testGroups: [Group]
    }
    struct Group: Decodable {
        let publicKeyDer: String?
        let keyDer: String?
        let sha: String
        let tests: [Case]
    }
    struct Case: Decodable {
        let tcId: Int
        let msg: String
        let sig: String
        let result: String
    }

    @Test(
        "every valid case verifies, every invalid case does not",
        .enabled(if: !files.isEmpty, "skipped: no dsa_*_test.json in ../shared/wycheproof"),
        arguments: files)
    func wycheproof(_ name: String) throws {
        let data = try Data(contentsOf: RSATestSupport.wycheproofDirectory.appendingPathComponent(name))
        let suite = try JSONDecoder().decode(Suite.self, from: data)
        let hashes: [String: HashAlgorithm] = ["SHA-1": .sha1, "SHA-224": .sha224, "SHA-256": .sha256]
        var checked = 0
        for group in suite.testGroups {
            guard let hash = hashes[group.sha], let der = group.publicKeyDer ?? group.keyDer else { continue }
            let key = try PublicKey(subjectPublicKeyInfoDER: RSATestSupport.bytes(der))
            for test in group.tests where test.result != "acceptable" {
                let valid = (try? verify(
                    signatureAlgorithm: SignatureAlgorithm(.dsa(hash)), publicKey: key,
                    message: RSATestSupport.bytes(test.msg)[...], signature: RSATestSupport.bytes(test.sig)[...])) ?? false
                #expect(valid == (test.result == "valid"), "\(name) tcId \(test.tcId)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
