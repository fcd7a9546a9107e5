import Foundation
import PureX509
import Testing

/// Values print usefully (`description`, `debugDescription`), and a private key never
/// prints its secret.
@Suite struct DescriptionTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("TestVectors/" + path), encoding: .utf8)
    }

    @Test func certificatesPrintTheirNamesDatesAndKey() throws {
        let shop = try Certificate(derEncoded: try #require(pemBlocks(try Self.text("server-configs/ssl/shop.pem")).first))
        #expect(shop.description == "CN=shop.example.com, issued by CN=Config Intermediate CA, valid 2026-01-01T00:00:00Z to 2027-06-01T00:00:00Z, EC P-256")
        #expect(shop.debugDescription.contains("subjectAlternativeName: DNS:shop.example.com, DNS:www.shop.example.com"))
        #expect(shop.debugDescription.contains("sha256: " + shop.fingerprintHex()))
        #expect(shop.fingerprintHex().count == 64)
        #expect(shop.fingerprintHex(.sha1, separator: ":").count == 59)
        #expect("\(shop.subjectPublicKeyInfo)" == "EC P-256")
    }

    @Test func aPrivateKeyNeverPrintsItsSecret() throws {
        let pem = try Self.text("server-configs/ssl/shop.key")
        let key = try PrivateKey(pemEncoded: pem)
        let der = try #require(pemBlocks(pem, label: "PRIVATE KEY").first)
        var dumped = ""
        dump(key, to: &dumped)
        let printed = "\(key) \(String(reflecting: key)) \(dumped)"
        // No run of 8 secret bytes appears, in hex or base64.
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        #expect(!printed.contains(String(body.prefix(16))))
        let hexDER = der.map { String(format: "%02x", $0) }.joined()
        for start in stride(from: 0, to: hexDER.count - 16, by: 16) {
            let chunk = hexDER.dropFirst(start).prefix(16)
            #expect(!printed.lowercased().contains(chunk))
        }
    }

    @Test func resultsFindingsAndCRLsPrint() throws {
        let root = try Certificate(derEncoded: try #require(pemBlocks(try Self.text("server-configs/ssl/root.pem")).first))
        let chain = try pemBlocks(try Self.text("server-configs/ssl/shop-fullchain.pem")).map { try Certificate(derEncoded: $0) }
        var policy = VerificationPolicy(time: 1_796_774_400)
        policy.peerNames = [.dns("shop.example.com")]
        let valid = ChainVerifier(trustStore: TrustStore(certificates: [root]), policy: policy).verify(chain[0], intermediates: [chain[1]])
        #expect(valid.description == "valid: CN=shop.example.com -> CN=Config Intermediate CA -> CN=Config Root CA (client profile)")
        let alone = ChainVerifier(trustStore: TrustStore(certificates: [root]), policy: policy).verify(chain[0])
        #expect(alone.description.hasPrefix("invalid: "))

        var input = DiagnosisInput(certificates: [DiagnosisSource(name: "leaf.pem", bytes: Array(try Self.text("server-configs/ssl/shop.pem").utf8))], time: 1_796_774_400)
        input.trustAnchors = [DiagnosisSource(name: "root.pem", bytes: Array(try Self.text("server-configs/ssl/root.pem").utf8))]
        let report = Diagnosis.run(input)
        let finding = try #require(report.findings.first { $0.code == .missingIntermediate })
        #expect(finding.description.hasPrefix("error missing-intermediate #0 CN=shop.example.com (leaf.pem line 1): "))
        #expect(report.description.hasSuffix(report.verdict))

        let crl = try CertificateRevocationList(derEncoded: Array(try Data(contentsOf: packageRoot.appendingPathComponent("TestVectors/scan/tree/root.crl"))))
        #expect(crl.description == "CRL of CN=Scan Root CA, 0 revoked, thisUpdate 2026-12-01T00:00:00Z, nextUpdate 2026-12-20T00:00:00Z")
    }
}
