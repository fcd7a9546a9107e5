import Foundation
import PureX509ASN1
import Testing
@testable import PureX509Crypto

/// PKCS#10 requests signed by the openssl CLI (TestVectors/crypto/generate-rsa.sh): each
/// carries a SubjectPublicKeyInfo, a signature AlgorithmIdentifier as OpenSSL encodes it,
/// and a signature over the CertificationRequestInfo. They must verify through the same
/// entry point the certificate code uses, and stop verifying when one bit of the
/// signature, the message or the key changes.
@Suite("OpenSSL RSA vectors")
struct OpenSSLRSAVectorTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: String
        let padding: String
        let hash: String
        let mgf1: String
        let salt: String
        var testDescription: String { name }
    }

    /// A parsed request.
    struct Request {
        let message: ArraySlice<UInt8>
        let publicKey: PublicKey
        let algorithm: SignatureAlgorithm
        let signature: ArraySlice<UInt8>
    }

    static let directory = RSATestSupport.vectorsDirectory.appendingPathComponent("rsa")

    static let vectors: [Vector] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("manifest.txt"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 6 else { return nil }
            return Vector(name: fields[0], key: fields[1], padding: fields[2], hash: fields[3], mgf1: fields[4], salt: fields[5])
        }
    }()

    static func hash(_ name: String) -> HashAlgorithm? {
        ["sha1": .sha1, "sha224": .sha224, "sha256": .sha256, "sha384": .sha384, "sha512": .sha512][name]
    }

    /// Splits a DER CertificationRequest (RFC 2986 section 4) into its parts.
    static func parse(_ bytes: [UInt8], allowWeakRSAKeys: Bool = false) throws -> Request {
        var reader = DERReader(bytes)
        let request = try reader.readSequence { request -> Request in
            let info = try request.readElement(.sequence)
            let publicKey = try request.withContent(of: info) { info -> PublicKey in
                _ = try info.readInt()
                try info.skipElement()
                let key = try PublicKey(reading: &info, allowWeakRSAKeys: allowWeakRSAKeys)
                try info.skipElement()
                return key
            }
            let algorithm = try SignatureAlgorithm(reading: &request)
            let signature = try request.readBitString()
            return Request(
                message: bytes[info.fullRange], publicKey: publicKey, algorithm: algorithm,
                signature: bytes[signature.bytesRange])
        }
        try reader.finish()
        return request
    }

    static func load(_ vector: Vector) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent("\(vector.name).csr.der")))
    }

    @Test func manifestIsPresent() {
        #expect(Self.vectors.count == 25, "TestVectors/crypto/rsa/manifest.txt lists the generated requests")
    }

    @Test(arguments: vectors)
    func verifiesAndRejectsEveryBitFlip(_ vector: Vector) throws {
        let bytes = try Self.load(vector)
        let weak = vector.key == "rsa512"
        if weak {
            #expect(throws: CryptoError.self) { try Self.parse(bytes) }
        }
        let request = try Self.parse(bytes, allowWeakRSAKeys: weak)

        // The algorithm is what the manifest says OpenSSL was asked for.
        let hash = try #require(Self.hash(vector.hash))
        if vector.padding == "pkcs1" {
            #expect(request.algorithm.kind == .rsaPKCS1v15(hash))
        } else {
            let expected = RSAPSSParameters(
                hash: hash, maskGenerationHash: try #require(Self.hash(vector.mgf1)), saltLength: try #require(Int(vector.salt)))
            #expect(request.algorithm.kind == .rsaPSS(expected))
        }

        // It verifies, through the package function and the public method alike.
        #expect(try verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: request.signature))
        #expect(try request.publicKey.isValidSignature(request.signature, over: request.message, algorithm: request.algorithm))

        // One flipped bit anywhere in the signature or the message, and it does not.
        let signature = Array(request.signature)
        for index in [0, 1, signature.count / 2, signature.count - 1] {
            for bit in [0, 7] {
                var flipped = signature
                flipped[index] ^= 1 << bit
                #expect(
                    try !verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: flipped[...]),
                    "signature byte \(index) bit \(bit)")
            }
        }
        let message = Array(request.message)
        for index in [0, message.count / 2, message.count - 1] {
            var flipped = message
            flipped[index] ^= 0x01
            #expect(
                try !verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: flipped[...], signature: request.signature),
                "message byte \(index)")
        }
        // A shorter or longer signature is not valid either.
        #expect(try !verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: request.signature.dropLast()))
        #expect(try !verify(signatureAlgorithm: request.algorithm, publicKey: request.publicKey, message: request.message, signature: [0] + signature))

        // One flipped bit in the modulus (bit 1, keeping it odd), and it does not.
        let key: RSAPublicKey
        switch request.publicKey.kind {
        case .rsa(let rsa), .rsaPSS(let rsa, _): key = rsa
        default: Issue.record("not an RSA key"); return
        }
        var modulus = key.modulus
        modulus[modulus.count / 2] ^= 0x02
        let changedKey = try RSAPublicKey(modulus: modulus, exponent: key.exponent, allowWeakKeys: weak)
        switch request.algorithm.kind {
        case .rsaPKCS1v15(let hash):
            #expect(key.isValidPKCS1v15Signature(request.signature, message: request.message, hash: hash))
            #expect(!changedKey.isValidPKCS1v15Signature(request.signature, message: request.message, hash: hash))
        case .rsaPSS(let parameters):
            #expect(key.isValidPSSSignature(request.signature, message: request.message, parameters: parameters))
            #expect(!changedKey.isValidPSSSignature(request.signature, message: request.message, parameters: parameters))
        default:
            Issue.record("not an RSA algorithm")
        }
    }

    @Test func keySizesAndExponents() throws {
        let expected: [String: (bits: Int, exponent: [UInt8])] = [
            "rsa1024": (1024, [1, 0, 1]), "rsa2048": (2048, [1, 0, 1]), "rsa1025": (1025, [1, 0, 1]),
            "rsa2048e3": (2048, [3]), "rsa3072": (3072, [1, 0, 1]), "rsa4096": (4096, [1, 0, 1]),
            "rsa8192": (8192, [1, 0, 1]), "rsa512": (512, [1, 0, 1]),
        ]
        for vector in Self.vectors where vector.padding == "pkcs1" && vector.hash == "sha256" || vector.key == "rsa3072" || vector.key == "rsa4096" {
            guard let (bits, exponent) = expected[vector.key] else { continue }
            let request = try Self.parse(try Self.load(vector), allowWeakRSAKeys: true)
            guard case .rsa(let key) = request.publicKey.kind else {
                Issue.record("\(vector.name): not an rsaEncryption key")
                continue
            }
            #expect(key.bitCount == bits, "\(vector.name)")
            #expect(key.byteCount == (bits + 7) / 8)
            #expect(key.exponent == exponent, "\(vector.name)")
            #expect(request.publicKey.algorithmOID == AlgorithmOID.rsaEncryption)
        }
    }

    static func request(_ name: String) throws -> Request {
        let vector = try #require(vectors.first { $0.name == name })
        return try parse(try load(vector))
    }

    @Test func pssKeyRestrictions() throws {
        // An id-RSASSA-PSS key without parameters: any PSS signature, never PKCS#1 v1.5.
        let open = try Self.request("rsapss2048-pss-sha256-32")
        guard case .rsaPSS(_, let none) = open.publicKey.kind else { Issue.record("not a PSS key"); return }
        #expect(none == nil)
        #expect(open.publicKey.algorithmOID == AlgorithmOID.rsassaPSS)
        #expect(throws: CryptoError.keyAlgorithmMismatch("PKCS#1 v1.5 signature with an RSASSA-PSS key")) {
            try verify(signatureAlgorithm: SignatureAlgorithm(.rsaPKCS1v15(.sha256)), publicKey: open.publicKey, message: open.message, signature: open.signature)
        }

        // A key restricted to SHA-256, MGF1-SHA-256, salt >= 32.
        let restricted = try Self.request("rsapss2048sha256-pss-sha256-32")
        guard case .rsaPSS(_, let restrictions) = restricted.publicKey.kind else { Issue.record("not a PSS key"); return }
        #expect(restrictions == RSAPSSParameters(hash: .sha256, maskGenerationHash: .sha256, saltLength: 32))
        let longerSalt = try Self.request("rsapss2048sha256-pss-sha256-40")
        #expect(try verify(signatureAlgorithm: longerSalt.algorithm, publicKey: longerSalt.publicKey, message: longerSalt.message, signature: longerSalt.signature))
        for forbidden in [
            RSAPSSParameters(hash: .sha256, maskGenerationHash: .sha256, saltLength: 31),
            RSAPSSParameters(hash: .sha384, maskGenerationHash: .sha256, saltLength: 32),
            RSAPSSParameters(hash: .sha256, maskGenerationHash: .sha1, saltLength: 32),
        ] {
            #expect(throws: CryptoError.self) {
                try verify(signatureAlgorithm: SignatureAlgorithm(.rsaPSS(forbidden)), publicKey: restricted.publicKey, message: restricted.message, signature: restricted.signature)
            }
        }
        #expect(throws: CryptoError.self) {
            try verify(signatureAlgorithm: SignatureAlgorithm(.rsaPKCS1v15(.sha256)), publicKey: restricted.publicKey, message: restricted.message, signature: restricted.signature)
        }
    }

    @Test func algorithmKeyMismatchAndMD5AreErrors() throws {
        let request = try Self.request("rsa2048-pkcs1-sha256")
        #expect(throws: CryptoError.keyAlgorithmMismatch("ECDSA signature with an RSA key")) {
            try verify(signatureAlgorithm: SignatureAlgorithm(.ecdsa(.sha256)), publicKey: request.publicKey, message: request.message, signature: request.signature)
        }
        #expect(throws: CryptoError.keyAlgorithmMismatch("Ed25519 signature with an RSA key")) {
            try verify(signatureAlgorithm: SignatureAlgorithm(.ed25519), publicKey: request.publicKey, message: request.message, signature: request.signature)
        }
        #expect(throws: CryptoError.self) {
            try verify(signatureAlgorithm: SignatureAlgorithm(.rsaPKCS1v15(.md5)), publicKey: request.publicKey, message: request.message, signature: request.signature)
        }
        // The right key with the wrong hash or padding is a well-formed failure.
        #expect(try !verify(signatureAlgorithm: SignatureAlgorithm(.rsaPKCS1v15(.sha384)), publicKey: request.publicKey, message: request.message, signature: request.signature))
        #expect(try !verify(signatureAlgorithm: SignatureAlgorithm(.rsaPSS(RSAPSSParameters(hash: .sha256))), publicKey: request.publicKey, message: request.message, signature: request.signature))
    }
}
