import Foundation
import Testing

/// `x509dump verify` fails closed on damaged chains and checks revocation, over the files of
/// TestVectors/gen/54-revocation.sh. OpenSSL 3.0's verdicts on the same files, recorded when
/// they were made: `-crl_check` rejects leaf-revoked.pem ("certificate revoked") and
/// accepts leaf.pem; `-crl_check_all` without the root's CRL fails at depth 1 ("unable to
/// get certificate CRL"), with it accepts.
struct VerifyRevocationTests {
    static func file(_ name: String) -> String { vectorPath("verification/revocation/\(name)") }

    static func verify(_ chain: String, untrusted: [String] = ["intermediate.pem"], _ extra: [String] = []) throws -> Tool.Run {
        var arguments = ["verify", file(chain), "--ca", file("root.pem"), "--at", "2026-06-01", "--host", "www.example.com"]
        for name in untrusted { arguments += ["--untrusted", file(name)] }
        return try Tool.run(arguments + extra)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let chain: String
        var untrusted: [String] = ["intermediate.pem"]
        let options: [String]
        let exitCode: Int32
        /// Text that must appear (standard output and error together).
        let expected: [String]
        /// Text that must not appear.
        var forbidden: [String] = []
        var testDescription: String { "\(chain) \(options.joined(separator: " "))" }
    }

    static let rows: [Row] = [
        Row(chain: "leaf.pem", options: [], exitCode: 0, expected: ["OK", "revocation: not checked (no CRL given)"]),
        Row(chain: "leaf-revoked.pem", options: ["--crl", file("intermediate.crl.pem")], exitCode: 1,
            expected: ["revoked by its issuer's CRL"]),
        Row(chain: "leaf.pem", options: ["--crl", file("intermediate.crl.pem"), "--crl-check", "leaf"], exitCode: 0,
            expected: ["OK", "required for the leaf"]),
        Row(chain: "leaf.pem", options: ["--crl", file("intermediate.crl.pem"), "--crl-check", "all"], exitCode: 1,
            expected: ["no CRL from its issuer while revocation checking is required"]),
        Row(chain: "leaf.pem", options: ["--crl", file("intermediate.crl.pem"), "--crl", file("root.crl.pem"), "--crl-check", "all"],
            exitCode: 0, expected: ["OK", "required for every certificate"]),
        Row(chain: "leaf.pem", options: ["--crl-check", "leaf"], exitCode: 1,
            expected: ["no CRL from its issuer while revocation checking is required"]),
        // A CRL inside the chain file is used, not refused as a bad certificate.
        Row(chain: "chain-with-crl.pem", untrusted: [], options: [], exitCode: 1, expected: ["revoked by its issuer's CRL"],
            forbidden: ["cannot be read"]),
        // A damaged first block: the leaf cannot be read, and the valid certificate after it
        // is never promoted to leaf.
        Row(chain: "chain-damaged-leaf.pem", options: [], exitCode: 2,
            expected: ["block #0 (PEM line 4)", "bad base64 character", "not verified: its first block, the leaf, cannot be read"],
            forbidden: ["OK"]),
        Row(chain: "chain-damaged-middle.pem", options: [], exitCode: 2,
            expected: ["block #1 (PEM line", "not verified: a block cannot be read"], forbidden: ["OK"]),
        // One damaged block in an --untrusted file: reported, the other blocks used.
        Row(chain: "leaf.pem", untrusted: ["untrusted-damaged.pem"], options: [], exitCode: 0,
            expected: ["--untrusted", "block #0 (PEM line 4)", "skipped; the other blocks are used", "OK"]),
    ]

    @Test(arguments: rows)
    func verdicts(_ row: Row) throws {
        let run = try Self.verify(row.chain, untrusted: row.untrusted, row.options)
        let output = run.text + run.standardError
        #expect(run.exitCode == row.exitCode, "\(output)")
        for text in row.expected { #expect(output.contains(text), "missing \(text) in \(output)") }
        for text in row.forbidden { #expect(!output.contains(text), "unexpected \(text) in \(output)") }
    }

    @Test func jsonSaysWhetherRevocationWasChecked() throws {
        let run = try Self.verify("leaf.pem", ["--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        #expect(object["revocation"] as? String == "not checked (no CRL given)")
        let checked = try Self.verify("leaf-revoked.pem", ["--json", "--crl", Self.file("intermediate.crl.pem")])
        let failed = try #require(try JSONSerialization.jsonObject(with: checked.standardOutput) as? [String: Any])
        #expect((failed["failure"] as? [String: Any])?["code"] as? String == "revoked")
    }

    @Test func badCRLCheckIsAUsageError() throws {
        #expect(try Self.verify("leaf.pem", ["--crl-check", "some"]).exitCode == 2)
        #expect(try Self.verify("leaf.pem", ["--crl", Self.file("leaf.pem")]).exitCode == 2)
    }
}
