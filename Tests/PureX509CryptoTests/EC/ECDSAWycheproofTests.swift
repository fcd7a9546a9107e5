import Foundation
import Testing
@testable import PureX509Crypto

/// Wycheproof ECDSA verification vectors (../shared/wycheproof/ecdsa_*_test.json, schema
/// ecdsa_verify_schema_v1): every "valid" case must verify and every "invalid" one must not.
/// These files contain no "acceptable" cases; if a future version adds some, the test records
/// them per flag and fails until each flag's handling is decided and written down here.
@Suite("ECDSA: Wycheproof")
struct ECDSAWycheproofTests {
    struct File: Sendable, CustomTestStringConvertible {
        let name: String
        let curve: ECCurve
        let hash: HashAlgorithm
        var testDescription: String { name }
    }

    static let files: [File] = [
        File(name: "ecdsa_secp256r1_sha256_test.json", curve: .p256, hash: .sha256),
        File(name: "ecdsa_secp384r1_sha256_test.json", curve: .p384, hash: .sha256),
        File(name: "ecdsa_secp384r1_sha384_test.json", curve: .p384, hash: .sha384),
        File(name: "ecdsa_secp521r1_sha512_test.json", curve: .p521, hash: .sha512),
    ]

    struct Suite: Decodable {
        let numberOfTests: Int
        let testGroups: [Group]
    }
    struct Group: Decodable {
        let publicKey: PublicKey
        let sha: String
        let tests: [Case]
    }
    struct PublicKey: Decodable {
        let curve: String
        let uncompressed: String
    }
    struct Case: Decodable {
        let tcId: Int
        let comment: String
        let flags: [String]
        let msg: String
        let sig: String
        let result: String
    }

    static func load(_ name: String) throws -> Suite {
        let url = try #require(CurveTestSupport.wycheproofDirectory).appendingPathComponent(name)
        return try JSONDecoder().decode(Suite.self, from: Data(contentsOf: url))
    }

    @Test(
        "every valid case verifies, every invalid case does not",
        .enabled(if: CurveTestSupport.wycheproofDirectory != nil,
                 "skipped: ../shared/wycheproof (beside the package root) is absent"),
        arguments: files)
    func wycheproof(_ file: File) throws {
        let suite = try Self.load(file.name)
        var checked = 0
        var acceptable: [String: Int] = [:]
        for group in suite.testGroups {
            #expect(group.sha == file.hash.name, "\(file.name): group hash \(group.sha)")
            let key = try ECDSAPublicKey(curve: file.curve,
                                         x963Representation: CurveTestSupport.bytes(group.publicKey.uncompressed))
            #expect(key.x963Representation == CurveTestSupport.bytes(group.publicKey.uncompressed))
            for test in group.tests {
                let digest = file.hash.hash(CurveTestSupport.bytes(test.msg))
                let signature = CurveTestSupport.bytes(test.sig)
                let verified = key.isValidSignature(derSignature: signature[...], digest: digest[...])
                let label = "\(file.name) tcId \(test.tcId) (\(test.comment), \(test.flags))"
                switch test.result {
                case "valid": #expect(verified, "\(label) should verify")
                case "invalid": #expect(!verified, "\(label) should be rejected")
                default:
                    for flag in test.flags { acceptable[flag, default: 0] += 1 }
                }
                checked += 1
            }
        }
        #expect(checked == suite.numberOfTests)
        #expect(acceptable.isEmpty, "undocumented acceptable cases by flag: \(acceptable)")
    }

    /// The valid DER signatures re-encoded as fixed-width `r||s` also verify through the raw
    /// entry point, and the same bytes with r changed do not. (Changing s is no good test:
    /// some vectors, e.g. P-521 tcId 460/461, use s = (n ± 1)/2, where s and n - s are both
    /// valid by design.)
    @Test(
        "raw r||s form of every valid case",
        .enabled(if: CurveTestSupport.wycheproofDirectory != nil,
                 "skipped: ../shared/wycheproof (beside the package root) is absent"),
        arguments: files)
    func rawSignatures(_ file: File) throws {
        let suite = try Self.load(file.name)
        var converted = 0
        for group in suite.testGroups {
            let key = try ECDSAPublicKey(curve: file.curve,
                                         x963Representation: CurveTestSupport.bytes(group.publicKey.uncompressed))
            for test in group.tests where test.result == "valid" {
                let digest = file.hash.hash(CurveTestSupport.bytes(test.msg))
                let (r, s) = try #require(ECDSASignatureDER.parse(CurveTestSupport.bytes(test.sig)[...]))
                let size = file.curve.byteCount
                try #require(r.count <= size && s.count <= size)
                let raw = [UInt8](repeating: 0, count: size - r.count) + r
                    + [UInt8](repeating: 0, count: size - s.count) + s
                #expect(key.isValidSignature(rawSignature: raw[...], digest: digest[...]), "tcId \(test.tcId)")
                var tampered = raw
                tampered[size - 1] ^= 0x01
                #expect(!key.isValidSignature(rawSignature: tampered[...], digest: digest[...]), "tcId \(test.tcId)")
                #expect(!key.isValidSignature(rawSignature: raw.dropLast(), digest: digest[...]))
                converted += 1
            }
        }
        #expect(converted > 100)
    }
}
