import Foundation
import PureX509
import PureX509ASN1
import Testing

/// PEM as it arrives from real tools: OpenSSL's old `X509 CERTIFICATE` label and boundary
/// lines with trailing whitespace (RFC 7468 section 2 allows it; the Let's Encrypt ISRG
/// Root X1/X2 files have it) are read by `show` and `pem` as by `openssl x509`.
@Suite("x509dump show and pem: PEM variants")
struct PEMVariantTests {
    struct Variant: CustomTestStringConvertible, Sendable {
        let name: String
        let transform: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let variants: [Variant] = [
        Variant(name: "X509 CERTIFICATE label") { $0.replacingOccurrences(of: "-----BEGIN CERTIFICATE-----", with: "-----BEGIN X509 CERTIFICATE-----")
            .replacingOccurrences(of: "-----END CERTIFICATE-----", with: "-----END X509 CERTIFICATE-----") },
        Variant(name: "spaces after the boundaries") { $0.replacingOccurrences(of: "CERTIFICATE-----", with: "CERTIFICATE-----  ") },
        Variant(name: "a tab after the boundaries, CRLF") {
            $0.replacingOccurrences(of: "CERTIFICATE-----", with: "CERTIFICATE-----\t").replacingOccurrences(of: "\n", with: "\r\n")
        },
        Variant(name: "old label, trailing space") { $0.replacingOccurrences(of: "BEGIN CERTIFICATE-----", with: "BEGIN X509 CERTIFICATE----- ")
            .replacingOccurrences(of: "END CERTIFICATE-----", with: "END X509 CERTIFICATE----- ") },
    ]

    @Test("show and pem read the certificate", arguments: variants)
    func readsVariant(_ variant: Variant) throws {
        let original = String(decoding: try vectorBytes("certs/leaf-p256.pem"), as: UTF8.self)
        let der = try PEMDocument(parsing: Array(original.utf8)).blocks[0].der
        let text = variant.transform(original)
        #expect(text != original)
        #expect(FileFormat.detect(Array(text.utf8)).kind == .pem(labels: [text.contains("X509 CERTIFICATE") ? "X509 CERTIFICATE" : "CERTIFICATE"]))
        let contents = FileContents(bytes: Array(text.utf8))
        #expect(contents.problems.isEmpty, "\(contents.problems)")
        #expect(contents.allCertificates.map(\.derEncoded) == [der])

        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("variant.pem")
        try Data(text.utf8).write(to: path)
        let show = try Tool.run(["show", path.path, "--at", "2026-01-01"])
        #expect(show.exitCode == 0, "\(show.standardError)")
        #expect(show.text.contains("Subject"), "\(show.text)")
        let pem = try Tool.run(["pem", path.path])
        #expect(pem.exitCode == 0, "\(pem.standardError)")
        #expect(pem.text == PEMWriter.encode(der, label: .certificate))
    }
}
