import Foundation
import Testing

/// OpenSSL trust settings on anchors (`TRUSTED CERTIFICATE` blocks made with `openssl x509
/// -addtrust/-addreject`, TestVectors/gen/54-revocation.sh): honoured by `verify` as
/// `openssl verify -purpose sslserver` does (recorded: reject-server and trust-client fail,
/// trust-server is OK), and shown by `show`.
struct VerifyTrustSettingsTests {
    static func file(_ name: String) -> String { vectorPath("verification/revocation/\(name)") }

    static func verify(ca: String, _ extra: [String] = []) throws -> Tool.Run {
        try Tool.run(
            ["verify", file("leaf.pem"), "--untrusted", file("intermediate.pem"), "--ca", file(ca), "--at", "2026-06-01"] + extra)
    }

    @Test(arguments: [
        ("root-reject-server.pem", Int32(1), "trust anchor refused: its trust settings reject TLS Web Server Authentication"),
        ("root-trust-client.pem", Int32(1), "its trust settings trust it only for TLS Web Client Authentication"),
        ("root-trust-server.pem", Int32(0), "OK"),
        ("root.pem", Int32(0), "OK"),
    ])
    func serverPurpose(_ ca: String, _ exitCode: Int32, _ expected: String) throws {
        let run = try Self.verify(ca: ca)
        #expect(run.exitCode == exitCode, "\(run.text)\(run.standardError)")
        #expect(run.text.contains(expected), "\(run.text)")
    }

    /// The rejection is for a purpose: the same anchor still anchors a client chain.
    @Test func rejectionIsPerPurpose() throws {
        let client = try Self.verify(ca: "root-trust-client.pem", ["--purpose", "client"])
        // The leaf's EKU is serverAuth only, so the client purpose fails on the leaf, not on
        // the anchor's trust settings.
        #expect(!client.text.contains("trust settings"), "\(client.text)")
        let any = try Self.verify(ca: "root-reject-server.pem", ["--purpose", "any"])
        #expect(any.exitCode == 0, "\(any.text)")
    }

    @Test func showDisplaysTrustSettings() throws {
        let text = try Tool.run(["show", Self.file("root-trust-server.pem")])
        #expect(text.text.contains("  Trust:         trusted for TLS Web Server Authentication; alias \"Revocation Root\""), "\(text.text)")
        let json = try Tool.run(["show", "--json", Self.file("root-reject-server.pem")])
        let object = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
        let input = try #require((object["inputs"] as? [[String: Any]])?.first)
        let item = try #require((input["items"] as? [[String: Any]])?.first)
        let settings = try #require(item["trustSettings"] as? [String: Any], "\(item.keys)")
        #expect(settings["rejected"] as? [String] == ["1.3.6.1.5.5.7.3.1"])
        #expect(settings["trusted"] as? [String] == [])
    }
}
