import PureX509
import Testing

/// `VerificationPolicy.allowLegacyAlgorithms` (SHA-1 and DSA) against
/// `allowLegacySignatureHashes` (SHA-1 only), on TestVectors/gen/57-legacy.sh: a DSA
/// signature is refused with `legacySignatureAlgorithm` unless legacy algorithms are allowed,
/// and always under the webPKI profile.
struct LegacyAlgorithmTests {
    static func certificate(_ name: String) throws -> Certificate {
        let text = String(decoding: try testVector("verification/legacy/\(name)"), as: UTF8.self)
        return try Certificate(derEncoded: try #require(pemBlocks(text).first))
    }

    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    struct Row: Sendable, CustomTestStringConvertible {
        let leaf: String
        let root: String
        let legacy: Bool
        let sha1: Bool
        let profile: VerificationProfile
        /// nil: a valid path; else the failure code.
        let failure: String?
        var testDescription: String { "\(leaf) legacy=\(legacy) sha1=\(sha1) \(profile.name)" }
    }

    static let rows: [Row] = [
        Row(leaf: "dsa-leaf.pem", root: "dsa-root.pem", legacy: false, sha1: false, profile: .client, failure: "legacy-signature-algorithm"),
        Row(leaf: "dsa-leaf.pem", root: "dsa-root.pem", legacy: false, sha1: true, profile: .client, failure: "legacy-signature-algorithm"),
        Row(leaf: "dsa-leaf.pem", root: "dsa-root.pem", legacy: true, sha1: false, profile: .client, failure: nil),
        Row(leaf: "dsa-leaf.pem", root: "dsa-root.pem", legacy: true, sha1: false, profile: .rfc5280, failure: nil),
        Row(leaf: "dsa-leaf.pem", root: "dsa-root.pem", legacy: true, sha1: false, profile: .webPKI, failure: "legacy-signature-algorithm"),
        Row(leaf: "sha1-leaf.pem", root: "sha1-root.pem", legacy: false, sha1: false, profile: .client, failure: "disallowed-signature-algorithm"),
        Row(leaf: "sha1-leaf.pem", root: "sha1-root.pem", legacy: false, sha1: true, profile: .client, failure: nil),
        Row(leaf: "sha1-leaf.pem", root: "sha1-root.pem", legacy: true, sha1: false, profile: .client, failure: nil),
    ]

    @Test(arguments: rows)
    func verdicts(_ row: Row) throws {
        var policy = VerificationPolicy(time: Self.at, purpose: .serverAuth, peerNames: [.dns("www.example.com")], profile: row.profile)
        policy.allowLegacyAlgorithms = row.legacy
        policy.allowLegacySignatureHashes = row.sha1
        let verifier = ChainVerifier(trustStore: TrustStore(certificates: [try Self.certificate(row.root)]), policy: policy)
        let result = verifier.verify(try Self.certificate(row.leaf))
        if let failure = row.failure {
            #expect(result.path == nil)
            #expect(result.primaryFailure?.code == failure, "\(String(describing: result.primaryFailure))")
            if failure == "legacy-signature-algorithm" {
                #expect("\(result.primaryFailure.map { "\($0)" } ?? "")".contains("--allow-legacy"))
            }
        } else {
            #expect(result.path?.count == 2, "\(String(describing: result.primaryFailure))")
        }
    }
}
