import PureX509
import Testing

/// RFC 5280 6.3 beyond a plain CRL, on TestVectors/gen/58-revocation-scope.sh: the scope of
/// a CRL (issuingDistributionPoint names, onlyContainsCACerts), reason partitions
/// (onlySomeReasons), delta CRLs (a delta updates the base whose number it names; one for
/// another base is not used) and CRLs signed by a separate CRL-signing certificate of the
/// same name (validated on its own path; without cRLSign it signs nothing). Every row runs
/// with `crlCheck` `.leaf`, so a leaf without a usable CRL fails: nothing here may pass
/// for want of a CRL.
struct RevocationScopeTests {
    static func certificate(_ name: String) throws -> Certificate {
        let text = String(decoding: try testVector("verification/revocation-scope/\(name)"), as: UTF8.self)
        return try Certificate(derEncoded: try #require(pemBlocks(text).first))
    }

    static func crl(_ name: String) throws -> CertificateRevocationList {
        let text = String(decoding: try testVector("verification/revocation-scope/\(name)"), as: UTF8.self)
        return try CertificateRevocationList(derEncoded: try #require(pemBlocks(text, label: "X509 CRL").first))
    }

    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let crls: [String]
        var intermediates: [String] = ["intermediate.pem"]
        var check: VerificationPolicy.CRLCheck = .leaf
        /// nil: a valid path; else the failure code.
        let failure: String?
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "IDP naming the leaf's point, leaf listed", crls: ["idp-match-revoked.crl.pem"], failure: "revoked"),
        Row(name: "IDP naming another point: out of scope", crls: ["idp-other.crl.pem"], failure: "crl-missing"),
        Row(name: "onlyContainsCACerts: out of scope for a leaf", crls: ["ca-only.crl.pem"], failure: "crl-missing"),
        Row(name: "onlySomeReasons keyCompromise: the other reasons unknown", crls: ["some-reasons.crl.pem"], failure: "unusable-crl"),
        Row(name: "base CRL alone", crls: ["base.crl.pem"], failure: nil),
        Row(name: "base and its delta listing the leaf", crls: ["base.crl.pem", "delta-revoked.crl.pem"], failure: "revoked"),
        Row(name: "delta CRL alone", crls: ["delta-revoked.crl.pem"], failure: "unusable-crl"),
        Row(name: "a delta for another base is not applied", crls: ["base.crl.pem", "delta-stale.crl.pem"], failure: nil),
        Row(name: "separate CRL signer, not in the pool", crls: ["separate-signer.crl.pem"], failure: "unusable-crl"),
        Row(name: "separate CRL signer with cRLSign", crls: ["separate-signer.crl.pem"],
            intermediates: ["intermediate.pem", "crl-signer.pem"], failure: nil),
        Row(name: "separate CRL signer listing the leaf", crls: ["separate-signer-revoked.crl.pem"],
            intermediates: ["intermediate.pem", "crl-signer.pem"], failure: "revoked"),
        Row(name: "separate CRL signer without cRLSign", crls: ["separate-signer-revoked.crl.pem"],
            intermediates: ["intermediate.pem", "crl-signer-no-crlsign.pem"], failure: "unusable-crl"),
        Row(name: "separate CRL signer, its own revocation checked (root CRL given)", crls: ["separate-signer.crl.pem", "root.crl.pem"],
            intermediates: ["intermediate.pem", "crl-signer.pem"], check: .all, failure: nil),
    ]

    @Test(arguments: rows)
    func verdicts(_ row: Row) throws {
        var policy = VerificationPolicy(time: Self.at, purpose: .serverAuth, peerNames: [.dns("www.example.com")])
        policy.crls = try row.crls.map(Self.crl)
        policy.crlCheck = row.check
        let verifier = ChainVerifier(trustStore: TrustStore(certificates: [try Self.certificate("root.pem")]), policy: policy)
        let result = verifier.verify(try Self.certificate("leaf.pem"), intermediates: try row.intermediates.map(Self.certificate))
        if let failure = row.failure {
            #expect(result.path == nil, "\(row.name): accepted")
            #expect(result.primaryFailure?.code == failure, "\(row.name): \(String(describing: result.primaryFailure))")
        } else {
            #expect(result.path != nil, "\(row.name): \(String(describing: result.primaryFailure))")
        }
    }
}
