import Foundation
import PureX509
import Testing

/// PEM blocks of kinds a server's file does not use (a public key, a CRL, an unknown label)
/// are skipped by OpenSSL-based servers; the diagnosis skips them too but says so at their
/// line (`pem-stray-block`, info), and the verdict does not change. A CRL beside the anchors
/// of `--ca` is usual and not reported.
@Suite("Diagnosis: stray PEM blocks")
struct StrayBlockTests {
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z
    static let folder = "TestVectors/verification/cross-sign/"

    static func text(_ path: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func strayBlocksAreNamedAndSkipped() throws {
        let chain = try Self.text(Self.folder + "fullchain.pem")
        let leaf = try [Certificate](pemEncoded: chain)[0]
        let crl = try Self.text("TestVectors/verification/revocation-scope/root.crl.pem")
        let served = chain + PEMWriter.encode(leaf.subjectPublicKeyInfo.derEncoded, label: .publicKey) + crl
            + "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n"
        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "served.pem", bytes: Array(served.utf8))], time: Self.at)
        input.key = DiagnosisSource(name: "leaf.key", bytes: Array(try Self.text(Self.folder + "leaf.key").utf8))
        let anchors = try Self.text(Self.folder + "trust-store.pem") + crl
        input.trustAnchors = [DiagnosisSource(name: "trust-store.pem", bytes: Array(anchors.utf8))]
        input.host = "www.example.com"
        let report = Diagnosis.run(input)
        let stray = report.findings.filter { $0.code == .pemStrayBlock }
        #expect(stray.count == 3, "\(report.findings.map(\.message))")
        #expect(stray.allSatisfy { $0.severity == .info && $0.line != nil })
        for label in ["PUBLIC KEY", "X509 CRL", "FOO"] {
            #expect(stray.contains { $0.message.contains("The \(label) block at served.pem line") }, "\(label)")
        }
        // The rest of the diagnosis is that of the chain alone; nothing from the anchors' CRL.
        #expect(Set(report.findings.map(\.code)) == [.pemStrayBlock, .expiredCrossSign])
        #expect(report.chainIsTrusted)
        #expect(!report.hasErrors)
    }
}
