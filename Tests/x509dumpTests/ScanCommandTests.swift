import Foundation
import Testing

/// `x509dump scan` end to end: the real process over TestVectors/scan (made by
/// TestVectors/gen/55-scan.sh) on 2026-12-10: text, JSON, Nagios, Prometheus, exit codes.
@Suite("x509dump scan")
struct ScanCommandTests {
    static let tree = vectorPath("scan/tree")
    static let broken = vectorPath("scan/broken")
    static let at = ["--at", "2026-12-10"]

    @Test func textListsTheTimelineSoonestFirstAndExitsOne() throws {
        let run = try Tool.run(["scan", Self.tree, "--password", "secret"] + Self.at)
        #expect(run.exitCode == 1)
        let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let labels = lines.prefix { !$0.isEmpty }.map { String($0.prefix { $0 != " " }) }
        #expect(labels == ["EXPIRED", "ERROR", "ERROR", "WARNING", "WARNING", "ok", "ok", "ok", "ok"])
        #expect(lines.first?.contains("old.example.com") == true)
        #expect(lines.first?.contains("tree/old/expired.cer #1") == true)
        #expect(run.text.contains("CRL of CN=Scan Root CA (nextUpdate)"))
        #expect(run.text.contains("scan: 8 certificates and 1 CRL in"))
        #expect(run.text.contains("1 expired, 2 within 7 days, 1 within 30 days, 4 ok"))
        #expect(run.text.contains("no read errors"))
        #expect(!run.text.contains("pgp.asc"))
        #expect(!run.text.contains("placeholder.crt"))
    }

    @Test func onlyProblemsHidesTheHealthyOnes() throws {
        let run = try Tool.run(["scan", Self.tree, "--only-problems", "--password", "secret"] + Self.at)
        #expect(!run.text.contains("www.example.com"))
        #expect(run.text.contains("urgent.example.com"))
    }

    @Test func aHealthyTreeExitsZero() throws {
        let run = try Tool.run(["scan", Self.tree + "/root.pem"] + Self.at)
        #expect(run.exitCode == 0, "\(run.text)\(run.standardError)")
        #expect(run.text.contains("1 ok"))
    }

    @Test func thresholdsAreOptions() throws {
        // With warnings from 100 days and errors from 30, soon.example.com (22 days) is an error.
        let run = try Tool.run(["scan", Self.tree + "/site/soon.crt", "--warn-days", "100", "--error-days", "30"] + Self.at)
        #expect(run.text.hasPrefix("ERROR"))
        let quiet = try Tool.run(["scan", Self.tree + "/site/soon.crt", "--warn-days", "10", "--error-days", "5"] + Self.at)
        #expect(quiet.exitCode == 0)
    }

    @Test func readErrorsAreListedWithTheirLines() throws {
        let run = try Tool.run(["scan", Self.broken] + Self.at)
        #expect(run.exitCode == 1)
        #expect(run.text.contains("read errors:"))
        #expect(run.text.contains("damaged.pem: PEM line 14:"))
        #expect(run.text.contains("pasted.crt"))
        #expect(run.text.contains("2 read errors"))
    }

    @Test func jsonHasEveryCertificateAndTheSummary() throws {
        let run = try Tool.run(["scan", Self.tree, Self.broken, "--json", "--password", "secret"] + Self.at)
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let certificates = try #require(object["certificates"] as? [[String: Any]])
        #expect(certificates.count == 9)
        #expect(certificates.first?["status"] as? String == "expired")
        #expect(certificates.first?["subject"] as? String == "CN=old.example.com")
        #expect((certificates.first?["secondsLeft"] as? Int ?? 0) < 0)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["expired"] as? Int == 1)
        #expect(summary["critical"] as? Int == 2)
        #expect(summary["readErrors"] as? Int == 2)
        let errors = try #require(object["readErrors"] as? [[String: Any]])
        #expect(errors.contains { ($0["path"] as? String)?.hasSuffix("damaged.pem") == true && $0["pemLine"] as? Int == 14 })
    }

    @Test func nagiosUsesPluginExitCodes() throws {
        let critical = try Tool.run(["scan", Self.tree, "--nagios", "--password", "secret"] + Self.at)
        #expect(critical.exitCode == 2)
        #expect(critical.text.hasPrefix("CERTIFICATES CRITICAL - 8 certificates: 1 expired"))
        #expect(critical.text.contains("| certificates=8 expired=1 critical=2 warning=1 read_errors=0 soonest_days=-10"))
        let warning = try Tool.run(["scan", Self.tree + "/site/soon.crt", "--nagios"] + Self.at)
        #expect(warning.exitCode == 1)
        #expect(warning.text.hasPrefix("CERTIFICATES WARNING"))
        let ok = try Tool.run(["scan", Self.tree + "/root.pem", "--nagios"] + Self.at)
        #expect(ok.exitCode == 0)
        let unknown = try Tool.run(["scan", Self.broken + "/pasted.crt", "--nagios"] + Self.at)
        #expect(unknown.exitCode == 3)
        #expect(unknown.text.hasPrefix("CERTIFICATES UNKNOWN"))
    }

    @Test func prometheusGoesToAFileAtomically() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("x509.prom").path
        let run = try Tool.run(["scan", Self.tree, "--prometheus", "--output", target, "--password", "secret"] + Self.at)
        #expect(run.exitCode == 1)
        #expect(run.text.isEmpty)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.contains("# TYPE x509_cert_not_after gauge"))
        #expect(text.contains("x509_read_errors 0"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x509.prom"])
    }

    @Test(arguments: [
        (["scan"], "name at least one PATH"),
        (["scan", "x", "--json", "--prometheus"], "give only one of"),
        (["scan", "x", "--warn-days", "5", "--error-days", "7"], "must not be more than --warn-days"),
        (["scan", "x", "--warn-days", "soon"], "--warn-days takes a number of days"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try Tool.run(arguments)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains(message))
    }

    @Test func aMissingPathIsAReadError() throws {
        let run = try Tool.run(["scan", Self.tree + "/absent.pem"] + Self.at)
        #expect(run.exitCode == 1)
        #expect(run.text.contains("absent.pem: no such file"))
    }
}
