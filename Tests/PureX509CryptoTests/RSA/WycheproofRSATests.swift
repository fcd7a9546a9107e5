import Foundation
import Testing
@testable import PureX509Crypto

/// Wycheproof RSASSA-PKCS1-v1_5 and RSASSA-PSS verification vectors, read from
/// ../shared/wycheproof. Every "valid" vector must verify and every "invalid" one must not.
///
/// "acceptable" vectors, by flag (each one asserted, so a change of behaviour fails here):
/// - MissingNull (PKCS#1 v1.5, DigestInfo without the NULL hash parameters): rejected. RFC 8017
///   section 9.2 defines only the NULL form; the strict byte comparison accepts one encoding.
@Suite("Wycheproof RSA", .enabled(if: RSATestSupport.hasWycheproof, "../shared/wycheproof not found next to the package root: Wycheproof RSA vectors skipped"))
struct WycheproofRSATests {
    static let pkcs1Files = [
        "rsa_signature_2048_sha256_test.json", "rsa_signature_3072_sha384_test.json",
        "rsa_signature_4096_sha512_test.json",
    ]
    static let pssFiles = [
        "rsa_pss_2048_sha1_mgf1_20_test.json", "rsa_pss_2048_sha256_mgf1_32_test.json",
        "rsa_pss_3072_sha256_mgf1_32_test.json", "rsa_pss_4096_sha512_mgf1_64_test.json",
    ]

    /// What we do with "acceptable" vectors, by flag: true = accept.
    static let acceptablePolicy: [String: Bool] = ["MissingNull": false]

    static func hashAlgorithm(_ name: Any?) throws -> HashAlgorithm {
        switch name as? String {
        case "SHA-1": return .sha1
        case "SHA-224": return .sha224
        case "SHA-256": return .sha256
        case "SHA-384": return .sha384
        case "SHA-512": return .sha512
        default: throw CryptoError.unsupportedAlgorithm("hash \(String(describing: name))")
        }
    }

    /// The expected outcome of one vector.
    static func expectedResult(_ test: [String: Any]) throws -> Bool {
        let flags = test["flags"] as? [String] ?? []
        switch test["result"] as? String {
        case "valid": return true
        case "invalid": return false
        case "acceptable":
            let decisions = flags.compactMap { acceptablePolicy[$0] }
            guard let decision = decisions.first, decisions.allSatisfy({ $0 == decision }) else {
                throw CryptoError.malformed("acceptable vector with undecided flags \(flags)")
            }
            return decision
        default: throw CryptoError.malformed("unknown result")
        }
    }

    static func key(_ group: [String: Any]) throws -> RSAPublicKey {
        let key = try #require(group["publicKey"] as? [String: Any])
        let modulus = RSATestSupport.bytes(try #require(key["modulus"] as? String))
        let exponent = RSATestSupport.bytes(try #require(key["publicExponent"] as? String))
        let rsaKey = try RSAPublicKey(modulus: modulus, exponent: exponent)
        // The same key parsed from the SubjectPublicKeyInfo.
        let spki = try PublicKey(subjectPublicKeyInfoDER: RSATestSupport.bytes(try #require(group["publicKeyDer"] as? String)))
        guard case .rsa(let parsed) = spki.kind else {
            throw CryptoError.malformed("publicKeyDer is not an rsaEncryption key")
        }
        #expect(parsed == rsaKey)
        return rsaKey
    }

    @Test(arguments: pkcs1Files)
    func pkcs1v15(file: String) throws {
        let suite = try RSATestSupport.json(RSATestSupport.wycheproofDirectory.appendingPathComponent(file))
        let groups = try #require(suite["testGroups"] as? [[String: Any]])
        var count = 0
        for group in groups {
            let key = try Self.key(group)
            let spkiKey = try PublicKey(subjectPublicKeyInfoDER: RSATestSupport.bytes(try #require(group["publicKeyDer"] as? String)))
            #expect(key.bitCount == group["keySize"] as? Int)
            let hash = try Self.hashAlgorithm(group["sha"])
            for test in try #require(group["tests"] as? [[String: Any]]) {
                let id = test["tcId"] as? Int ?? -1
                let message = RSATestSupport.bytes(try #require(test["msg"] as? String))
                let signature = RSATestSupport.bytes(try #require(test["sig"] as? String))
                let expected = try Self.expectedResult(test)
                let result = key.isValidPKCS1v15Signature(signature, message: message, hash: hash)
                // The certificate-layer entry point agrees.
                #expect(
                    try verify(
                        signatureAlgorithm: SignatureAlgorithm(.rsaPKCS1v15(hash)), publicKey: spkiKey,
                        message: message[...], signature: signature[...]) == result)
                #expect(result == expected, "\(file) tcId \(id) \(test["comment"] ?? "") flags \(test["flags"] ?? [])")
                count += 1
            }
        }
        #expect(count == suite["numberOfTests"] as? Int)
    }

    @Test(arguments: pssFiles)
    func pss(file: String) throws {
        let suite = try RSATestSupport.json(RSATestSupport.wycheproofDirectory.appendingPathComponent(file))
        let groups = try #require(suite["testGroups"] as? [[String: Any]])
        var count = 0
        for group in groups {
            let key = try Self.key(group)
            #expect(key.bitCount == group["keySize"] as? Int)
            #expect(group["mgf"] as? String == "MGF1")
            let parameters = RSAPSSParameters(
                hash: try Self.hashAlgorithm(group["sha"]),
                maskGenerationHash: try Self.hashAlgorithm(group["mgfSha"]),
                saltLength: try #require(group["sLen"] as? Int))
            for test in try #require(group["tests"] as? [[String: Any]]) {
                let id = test["tcId"] as? Int ?? -1
                let message = RSATestSupport.bytes(try #require(test["msg"] as? String))
                let signature = RSATestSupport.bytes(try #require(test["sig"] as? String))
                let expected = try Self.expectedResult(test)
                let result = key.isValidPSSSignature(signature, message: message, parameters: parameters)
                #expect(result == expected, "\(file) tcId \(id) \(test["comment"] ?? "") flags \(test["flags"] ?? [])")
                count += 1
            }
        }
        #expect(count == suite["numberOfTests"] as? Int)
    }
}
