import Foundation
import Testing

/// `x509dump diagnose --config` end to end over TestVectors/server-configs (made by
/// TestVectors/gen/56-server-configs.sh), on 2026-12-10 with ssl/root.pem as the trust
/// anchor: the findings that must appear in each site, and those that must not.
@Suite("x509dump diagnose --config")
struct DiagnoseConfigTests {
    /// A copy of TestVectors/server-configs with its keys at 0600, as a server keeps them:
    /// git checks files out at 0644, which `diagnose` rightly reports (`key-world-readable`).
    static let root: String = {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("server-configs-" + UUID().uuidString)
        try! FileManager.default.copyItem(atPath: vectorPath("server-configs"), toPath: copy.path)
        let walker = FileManager.default.enumerator(atPath: copy.path)!
        for case let relative as String in walker where relative.hasSuffix(".key") || relative.hasPrefix("haproxy/certs/") {
            try! makePrivate(copy.appendingPathComponent(relative).path)
        }
        return copy.path
    }()
    static func run(_ config: String, _ extra: [String] = []) throws -> Tool.Run {
        try Tool.run(["diagnose", "--config", root + "/" + config, "--ca", root + "/ssl/root.pem", "--at", "2026-12-10"] + extra)
    }

    /// The finding codes of each site, keyed by the site's config file name.
    static func codesBySite(_ run: Tool.Run) throws -> [String: [String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        var result: [String: [String]] = [:]
        for site in object["sites"] as? [[String: Any]] ?? [] {
            let name = URL(fileURLWithPath: site["configFile"] as? String ?? "").lastPathComponent
            let report = site["report"] as? [String: Any] ?? [:]
            let findings = report["findings"] as? [[String: Any]] ?? []
            result[name] = findings.compactMap { $0["code"] as? String }
        }
        return result
    }

    @Test func everyNginxSiteGetsItsOwnDiagnosis() throws {
        let run = try Self.run("nginx/nginx.conf", ["--json"])
        #expect(run.exitCode == 1)
        let codes = try Self.codesBySite(run)
        #expect(codes["shop"] == [])
        #expect(codes["leaf-only"]?.contains("missing-intermediate") == true)
        #expect(codes["wrong-key"]?.contains("key-mismatch") == true)
        #expect(codes["missing"] == ["file-not-found"])
        #expect(codes["wrong-name"]?.contains("name-mismatch") == true)
        #expect(codes["wrong-name"]?.contains("missing-intermediate") == false)
        #expect(codes["plain"] == nil)
        #expect(codes["client-ca"] == ["file-not-found"])
    }

    @Test func aMissingFileIsReportedAtTheConfigLineThatNamesIt() throws {
        let run = try Self.run("nginx/nginx.conf", ["--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let sites = try #require(object["sites"] as? [[String: Any]])
        let missing = try #require(sites.first { ($0["configFile"] as? String)?.hasSuffix("missing") == true })
        let finding = try #require(((missing["report"] as? [String: Any])?["findings"] as? [[String: Any]])?.first)
        #expect((finding["file"] as? String)?.hasSuffix("sites-enabled/missing") == true)
        #expect(finding["line"] as? Int == 4)
        #expect((finding["message"] as? String)?.hasPrefix("ssl_certificate ../ssl/renewed-fullchain.pem") == true)
    }

    @Test func textNamesTheSiteTheFilesAndTheNamesNotChecked() throws {
        let run = try Self.run("nginx/nginx.conf")
        #expect(run.text.hasPrefix("nginx configuration "))
        #expect(run.text.contains("6 TLS sites"))
        #expect(run.text.contains("hosts checked: shop.example.com, www.shop.example.com"))
        #expect(run.text.contains(#"not checked: ~^api\d+\.shop\.example\.com$: a regular expression"#))
        #expect(run.text.contains("(ssl_certificate at "))
    }

    @Test func aCleanApacheSiteExitsZero() throws {
        let run = try Self.run("apache/apache2.conf")
        #expect(run.exitCode == 0, "\(run.text)")
        #expect(run.text.contains("chain: "))
        #expect(run.text.contains("No problems found."))
    }

    @Test func haproxyDiagnosesEachFileOfItsCertificateDirectory() throws {
        let run = try Self.run("haproxy/haproxy.cfg", ["--json"])
        #expect(run.exitCode == 0, "\(run.text)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let sites = try #require(object["sites"] as? [[String: Any]])
        #expect(sites.count == 2)
        #expect(sites.allSatisfy { (($0["report"] as? [String: Any])?["findings"] as? [Any])?.isEmpty == true })
    }

    @Test func brokenConfigurationsExitOneWithTheirLines() throws {
        let nginx = try Self.run("nginx-broken/nginx.conf")
        #expect(nginx.exitCode == 1)
        #expect(nginx.text.contains("configuration problems:"))
        #expect(nginx.text.contains("nginx.conf:10:1: unexpected \"}\""))
        let apache = try Self.run("apache-broken/httpd.conf")
        #expect(apache.exitCode == 1)
        #expect(apache.text.contains("httpd.conf:2:1: <virtualhost> section is never closed"))
    }

    @Test func hostReplacesTheSiteNames() throws {
        let run = try Self.run("apache/apache2.conf", ["--host", "other.example.com", "--json"])
        #expect(try Self.codesBySite(run)["shop-ssl.conf"]?.contains("name-mismatch") == true)
    }

    @Test(arguments: [
        (["--config-type", "lighttpd"], "--config-type takes"),
        (["--cert", "x.pem"], "--config takes the files from the configuration"),
    ])
    func usageErrors(extra: [String], message: String) throws {
        let run = try Self.run("nginx/nginx.conf", extra)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains(message))
    }
}
