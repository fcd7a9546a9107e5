import Foundation
import PureX509
import Testing

/// The expired-cross-sign finding names the right signer: the old root above the
/// cross-signature, whether that root expired (Let's Encrypt and DST Root CA X3, 2021) or the
/// cross-signature itself did. Vectors: TestVectors/gen/40-scenarios.sh (expired-cross-sign)
/// and TestVectors/gen/59-cross-sign.sh.
@Suite("Diagnosis: expired cross-signatures")
struct ExpiredCrossSignTests {
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    struct Row: Sendable, CustomTestStringConvertible {
        let folder: String
        let key: String
        let mustSay: String
        let mustNotSay: String
        var testDescription: String { folder }
    }

    static let rows: [Row] = [
        Row(folder: "scenarios/expired-cross-sign", key: "key.pem",
            mustSay: "is \"New Root X1\" cross-signed by \"Old Root CA X3\", and \"Old Root CA X3\" expired on 2026-03-01",
            mustNotSay: "cross-signed by \"New Root X1\""),
        Row(folder: "verification/cross-sign", key: "leaf.key",
            mustSay: "is \"New Root\" cross-signed by \"Old Root\", and this cross-signature expired on 2024-09-30",
            mustNotSay: "cross-signed by \"New Root\""),
    ]

    static func source(_ folder: String, _ name: String) throws -> DiagnosisSource {
        let path = packageRoot.appendingPathComponent("TestVectors/\(folder)/\(name)").path
        return DiagnosisSource(name: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test(arguments: rows)
    func namesTheSigner(_ row: Row) throws {
        var input = DiagnosisInput(certificates: [try Self.source(row.folder, "fullchain.pem")], time: Self.at)
        input.key = try Self.source(row.folder, row.key)
        input.trustAnchors = [try Self.source(row.folder, "trust-store.pem")]
        input.host = "www.example.com"
        let report = Diagnosis.run(input)
        #expect(report.findings.map(\.code.rawValue) == ["expired-cross-sign"], "\(report.findings.map(\.message))")
        #expect(report.chainIsTrusted)
        let message = report.findings.first?.message ?? ""
        #expect(message.contains(row.mustSay), "\(message)")
        #expect(!message.contains(row.mustNotSay), "\(message)")
    }
}
