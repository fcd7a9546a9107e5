import Foundation
import PureX509
import PureX509ASN1
import Testing

/// `x509dump pem`: any input to clean PEM on standard output, certificates leaf first and
/// once each, never a private key; run as the real command (it writes bytes to stdout).
@Suite("x509dump pem")
struct PEMCommandTests {
    static func blocks(_ run: Tool.Run) throws -> [PEMBlock] {
        try PEMDocument(parsing: Array(run.standardOutput)).blocks
    }

    static func certificateDERs(_ path: String) throws -> [[UInt8]] {
        try PEMDocument(parsing: try vectorBytes(path)).blocks.filter { $0.label == .certificate }.map(\.der)
    }

    @Test func chainsComeOutLeafFirstAndOnce() throws {
        let run = try Tool.run(["pem", vectorPath("keys/chain-reversed.pem"), vectorPath("keys/chain.pem")])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let ders = try Self.blocks(run).map(\.der)
        // chain.pem is leaf, intermediate, root; chain-reversed.pem the other way round.
        #expect(ders == (try Self.certificateDERs("keys/chain.pem")))
        #expect(try Self.certificateDERs("keys/chain-reversed.pem") == ders.reversed())
        // Clean: canonical PEM text, nothing else.
        #expect(run.text == PEMWriter.encode(ders.map { (PEMLabel.certificate, $0) }))
    }

    @Test func pkcs12CertificatesWithoutTheKey() throws {
        let run = try Tool.run(["pem", vectorPath("keys/default.p12"), "--password", "test-password"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let ders = try Self.blocks(run).map(\.der)
        #expect(Set(ders) == Set(try Self.certificateDERs("keys/default.p12.extracted-certs.pem")))
        #expect(!run.text.contains("PRIVATE KEY"))
        #expect(run.standardError.contains("private key not written"))
        #expect(run.standardError.contains("openssl pkcs12 -in"))
    }

    @Test func wrongPasswordIsAProblem() throws {
        let run = try Tool.run(["pem", vectorPath("keys/default.p12"), "--password", "nope"])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("wrong password"))
    }

    @Test func derInputsBecomePEM() throws {
        let run = try Tool.run(["pem", vectorPath("keys/rsa-2048.cert.der"), vectorPath("keys/intermediate.crl.der"),
                                vectorPath("keys/rsa-2048.csr.der"), vectorPath("keys/rsa-2048.pub.der")])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let blocks = try Self.blocks(run)
        #expect(blocks.map(\.label) == [.certificate, .x509CRL, .certificateRequest, .publicKey])
        #expect(blocks.map(\.der) == [
            try vectorBytes("keys/rsa-2048.cert.der"), try vectorBytes("keys/intermediate.crl.der"),
            try vectorBytes("keys/rsa-2048.csr.der"), try vectorBytes("keys/rsa-2048.pub.der"),
        ])
    }

    @Test func aKeyAloneIsNothingToWrite() throws {
        let run = try Tool.run(["pem", vectorPath("keys/ec-p256.pem")])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("nothing to write"))
        #expect(run.standardError.contains("openssl pkey"))
    }

    @Test func jsonListsTheBlocks() throws {
        let run = try Tool.run(["pem", "--json", vectorPath("keys/chain.p7b")])
        #expect(run.exitCode == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [[String: Any]])
        #expect(items.map { $0["type"] as? String } == ["certificate", "certificate", "certificate"])
        #expect(items.first?["subject"] as? String == "O=PureX509 tests,CN=rsa-2048")
        let ders = try items.map { try PEMDocument(parsing: ($0["pem"] as? String) ?? "").blocks.map(\.der) }.flatMap { $0 }
        #expect(ders == (try Self.certificateDERs("keys/chain.p7b.extracted-certs.pem")))
    }

    @Test func usageErrors() throws {
        #expect(try Tool.run(["pem"]).exitCode == 2)
        #expect(try Tool.run(["pem", "/nonexistent.pem"]).exitCode == 2)
        #expect(try Tool.run(["pem", vectorPath("keys/chain.pem"), "--password-file", "/nonexistent"]).exitCode == 2)
    }
}
