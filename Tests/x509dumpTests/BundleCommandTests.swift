import Foundation
import PureX509
import PureX509ScenarioSupport
import Testing
@testable import x509dump

/// `x509dump bundle` text and JSON from the same audit.
@Suite("x509dump bundle")
struct BundleCommandTests {
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    static func source(_ paths: [String]) throws -> DiagnosisSource {
        let bytes = try paths.flatMap { Array(try Data(contentsOf: DiagnosisScenario.folder.appendingPathComponent($0))) }
        return DiagnosisSource(name: "bundle.pem", bytes: bytes)
    }

    @Test func textAndJSONAgree() throws {
        let audit = BundleAudit(
            sources: [try Self.source(["expired-cross-sign/trust-store.pem", "ok/root.pem", "ok/root.pem"])], time: Self.at)
        let old = BundleAudit(sources: [try Self.source(["ok/root.pem", "untrusted-root/trusted.pem"])], time: Self.at)
        let rendering = BundleRendering(
            audit: audit, name: "bundle.pem", difference: audit.difference(from: old), diffName: "old.pem", timelineCount: 5)
        let text = rendering.text(color: false)
        #expect(text.contains("Expired (1):"))
        #expect(text.contains("Old Root CA X3"))
        #expect(text.contains("Repeated (1):"))
        #expect(text.contains("2 added, 1 removed, 1 unchanged"))
        #expect(text.contains("Verdict: problems found"))

        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendering.jsonText().utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 4)
        #expect(object["distinct"] as? Int == 3)
        #expect((object["expired"] as? [[String: Any]])?.first?["subject"] as? String == "O=PureX509 Scenarios,CN=Old Root CA X3")
        #expect((object["repeated"] as? [Any])?.count == 1)
        #expect((object["timeline"] as? [Any])?.count == 2)
        let diff = try #require(object["diff"] as? [String: Any])
        #expect((diff["added"] as? [Any])?.count == 2)
        #expect((diff["removed"] as? [Any])?.count == 1)
        #expect(object["problems"] as? Bool == true)
    }

    @Test func usageErrors() throws {
        #expect(BundleCommand.run(try ParsedArguments(["a.pem", "b.pem"], spec: BundleCommand.options)) == 2)
        #expect(BundleCommand.run(try ParsedArguments(["--soon-days", "soon"], spec: BundleCommand.options)) == 2)
        #expect(BundleCommand.run(try ParsedArguments(["/nonexistent/bundle.pem"], spec: BundleCommand.options)) == 2)
    }
}
