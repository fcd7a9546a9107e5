import Foundation
import Testing
@testable import x509dump

/// `x509dump show` on certificates that fail strict parsing (TestVectors/damaged/, made by
/// TestVectors/gen/15-damaged.sh): shown as far as they can be read, the broken part named
/// with its byte offset and raw bytes, a "not a valid certificate" line, exit code 1; and
/// what must not appear (a damaged certificate presented as a valid one, "Nothing shown").
@Suite("x509dump show: damaged certificates, best effort")
struct DamagedCertificateShowTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        /// Must appear in the text.
        let text: [String]
        /// Must not appear in the text.
        let absent: [String]
        /// The JSON `broken[].field` values that must appear (prefixes).
        let brokenFields: [String]
        var testDescription: String { file }
    }

    static let common = ["Damaged certificate", "not a valid certificate:", "Subject:       CN = damaged.example.com, O = PureX509 Tests",
                         "Issuer:        CN = Damaged Root, O = PureX509 Tests", "Serial:        1501", "Key:           EC P-256",
                         "SHA-256:", "SHA-1:", "BROKEN:", "bytes: "]

    static let cases: [Case] = [
        Case(file: "bad-extension.pem",
             text: common + ["tbsCertificate.extensions[3] (subjectAltName) at byte", "expected SEQUENCE, found SET",
                             "bytes: 312e8213", "Validity:      2026-01-01T00:00:00Z to 2027-12-31T00:00:00Z",
                             "Basic Constraints (critical)", "Key Usage (critical)", "Authority Key Identifier"],
             absent: ["Nothing shown", "Certificate #1", "DNS:damaged.example.com"],
             brokenFields: ["tbsCertificate.extensions[3]"]),
        Case(file: "bad-time.pem",
             text: common + ["tbsCertificate.validity.notAfter at byte 96: invalid time", "Validity:      2026-01-01T00:00:00Z to (unreadable)",
                             "bytes: 170d3237313333313030303030305a", "DNS:damaged.example.com"],
             absent: ["Nothing shown", "Certificate #1", "expires in"],
             brokenFields: ["tbsCertificate.validity.notAfter"]),
        Case(file: "wrong-version.pem",
             text: common + ["tbsCertificate.version at byte 8: unsupported version 5", "Version:       v6", "bytes: a003020105",
                             "DNS:damaged.example.com"],
             absent: ["Nothing shown", "Certificate #1", "Version:       v3"],
             brokenFields: ["tbsCertificate.version"]),
        Case(file: "trailing-garbage.der",
             text: common + ["8 bytes after the certificate", "bytes: 4741524241474521", "DNS:damaged.example.com",
                             "Validity:      2026-01-01T00:00:00Z to 2027-12-31T00:00:00Z"],
             absent: ["Nothing shown", "Certificate #1"],
             brokenFields: ["certificate"]),
        Case(file: "truncated.der",
             text: common + ["truncated: declares 519 content bytes, 296 present", "signatureAlgorithm at byte 300: missing",
                             "Basic Constraints (critical)", "Key Usage (critical)"],
             absent: ["Nothing shown", "Certificate #1", "Authority Key Identifier"],
             brokenFields: ["certificate", "tbsCertificate.extensions", "signatureAlgorithm"]),
        Case(file: "two-one-damaged.pem",
             text: common + ["Certificate #1 (", "two-one-damaged.pem, line 1)", "Damaged certificate (", "two-one-damaged.pem, line 14)"],
             absent: ["Certificate #2", "Nothing shown"],
             brokenFields: ["tbsCertificate.extensions[3]"]),
    ]

    @Test(arguments: cases)
    func text(_ test: Case) throws {
        let result = try ShowCommandTests.show([vectorPath("damaged/" + test.file)])
        #expect(result.exitCode == 1, "a reported problem gives exit code 1")
        for phrase in test.text { #expect(result.standardOutput.contains(phrase), "missing \"\(phrase)\" in\n\(result.standardOutput)") }
        for phrase in test.absent { #expect(!result.standardOutput.contains(phrase), "unexpected \"\(phrase)\" in\n\(result.standardOutput)") }
    }

    @Test(arguments: cases)
    func json(_ test: Case) throws {
        let (inputs, exitCode) = try ShowCommandTests.json([vectorPath("damaged/" + test.file)])
        #expect(exitCode == 1)
        let input = try #require(inputs.first)
        let damaged = try #require(input["damagedCertificates"] as? [[String: Any]])
        #expect(damaged.count == 1)
        let sketch = try #require(damaged.first)
        #expect(sketch["valid"] as? Bool == false)
        #expect((sketch["error"] as? String)?.hasPrefix("not a valid certificate: ") == true)
        #expect((sketch["subject"] as? [String: Any])?["rfc4514"] as? String == "O=PureX509 Tests,CN=damaged.example.com")
        #expect(sketch["serial"] as? String == "1501")
        #expect((sketch["sha256"] as? String)?.count == 64)
        let broken = try #require(sketch["broken"] as? [[String: Any]])
        let fields = broken.compactMap { $0["field"] as? String }
        for field in test.brokenFields { #expect(fields.contains { $0.hasPrefix(field) }, "\(fields)") }
        for part in broken {
            #expect(part["offset"] is Int)
            #expect(part["bytes"] is String)
        }
        #expect(!ShowCommandTests.problems(input).isEmpty, "the damage is a problem too")
        // The damaged certificate is never an item: items are what parsed strictly.
        let certificates = ShowCommandTests.items(input).filter { $0["kind"] as? String == "certificate" }
        #expect(certificates.count == (test.file == "two-one-damaged.pem" ? 1 : 0))
    }

    /// The sound leaf is shown as a certificate, with no damaged-certificate section.
    @Test func soundCertificateIsNotSketched() throws {
        let result = try ShowCommandTests.show([vectorPath("damaged/leaf.pem")])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("Certificate #1"))
        #expect(!result.standardOutput.contains("Damaged certificate"))
        #expect(!result.standardOutput.contains("not a valid certificate"))
    }

    /// A .p12 given without its password says it is PKCS#12 and how to open it.
    @Test func pkcs12WithoutPasswordSaysHowToOpenIt() throws {
        let result = try ShowCommandTests.show([vectorPath("damaged/leaf.p12")])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("this is PKCS#12"))
        #expect(result.standardOutput.contains("--password"))
        #expect(!result.standardOutput.contains("Damaged certificate"))
    }
}
