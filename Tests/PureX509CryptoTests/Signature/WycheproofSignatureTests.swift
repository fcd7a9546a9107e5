import Foundation
import Testing
@testable import PureX509Crypto

/// Wycheproof ECDSA (DER signatures) and Ed25519 vectors run through the certificate-layer
/// path: the key parsed from the group's SubjectPublicKeyInfo (publicKeyDer) by
/// ``PublicKey``, then ``verify(signatureAlgorithm:publicKey:message:signature:)``. These
/// files have no "acceptable" vectors: every "valid" one must verify, every "invalid" one
/// must not (returning false or, for a key the parser refuses, never getting that far).
@Suite("Wycheproof signatures via SubjectPublicKeyInfo", .enabled(if: RSATestSupport.hasWycheproof, "../shared/wycheproof not found next to the package root: Wycheproof ECDSA/Ed25519 vectors skipped"))
struct WycheproofSignatureTests {
    struct File: Sendable, CustomTestStringConvertible {
        let name: String
        let algorithm: SignatureAlgorithm.Kind
        let curve: ECCurve?
        var testDescription: String { name }
    }

    static let files: [File] = [
        File(name: "ecdsa_secp256r1_sha256_test.json", algorithm: .ecdsa(.sha256), curve: .p256),
        File(name: "ecdsa_secp384r1_sha256_test.json", algorithm: .ecdsa(.sha256), curve: .p384),
        File(name: "ecdsa_secp384r1_sha384_test.json", algorithm: .ecdsa(.sha384), curve: .p384),
        File(name: "ecdsa_secp521r1_sha512_test.json", algorithm: .ecdsa(.sha512), curve: .p521),
        File(name: "ed25519_test.json", algorithm: .ed25519, curve: nil),
    ]

    @Test(arguments: files)
    func verifyThroughSPKI(_ file: File) throws {
        let suite = try RSATestSupport.json(RSATestSupport.wycheproofDirectory.appendingPathComponent(file.name))
        let groups = try #require(suite["testGroups"] as? [[String: Any]])
        let algorithm = SignatureAlgorithm(file.algorithm)
        var count = 0
        var validCount = 0
        for group in groups {
            let der = RSATestSupport.bytes(try #require(group["publicKeyDer"] as? String))
            let key = try PublicKey(subjectPublicKeyInfoDER: der)
            switch (key.kind, file.curve) {
            case (.ecdsa(let ecKey), let curve?):
                #expect(ecKey.curve == curve)
            case (.ed25519, nil):
                break
            default:
                Issue.record("\(file.name): unexpected key kind \(key.kind)")
            }
            for test in try #require(group["tests"] as? [[String: Any]]) {
                let id = test["tcId"] as? Int ?? -1
                let message = RSATestSupport.bytes(try #require(test["msg"] as? String))
                let signature = RSATestSupport.bytes(try #require(test["sig"] as? String))
                let expected = test["result"] as? String == "valid"
                #expect(["valid", "invalid"].contains(test["result"] as? String))
                let result = try verify(signatureAlgorithm: algorithm, publicKey: key, message: message[...], signature: signature[...])
                #expect(result == expected, "\(file.name) tcId \(id) \(test["comment"] ?? "")")
                count += 1
                validCount += expected ? 1 : 0
            }
        }
        #expect(count == suite["numberOfTests"] as? Int)
        #expect(validCount > 0)
    }
}
