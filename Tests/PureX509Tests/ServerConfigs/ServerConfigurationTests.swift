import Foundation
import PureX509
import Testing

/// Reading nginx, Apache and HAProxy configurations (TestVectors/server-configs, made by
/// TestVectors/gen/56-server-configs.sh, and small files written here): sites, names,
/// resolved paths, and problems with file, line and column.
@Suite struct ServerConfigurationTests {
    static let root = packageRoot.appendingPathComponent("TestVectors/server-configs").path

    /// Writes `text` to a fresh file named `name` and returns its path (and the folder).
    static func write(_ text: String, name: String) throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, folder)
    }

    @Test func nginxSitesWithIncludesInheritanceAndRelativePaths() {
        let configuration = ServerConfiguration(path: Self.root + "/nginx/nginx.conf")
        #expect(configuration.kind == .nginx)
        #expect(configuration.problems.isEmpty, "\(configuration.problems)")
        #expect(configuration.filesRead.count == 8)
        let names = configuration.sites.map { URL(fileURLWithPath: $0.configFile).lastPathComponent }
        #expect(names == ["client-ca", "leaf-only", "missing", "shop", "wrong-key", "wrong-name"])  // not "plain" (listen 80)
        let shop = configuration.sites[3]
        #expect(shop.listen == ["443 ssl", "[::]:443 ssl"])
        #expect(shop.certificates.map(\.path) == [Self.root + "/nginx/../ssl/shop-fullchain.pem"])
        #expect(shop.certificates.first?.line == 5)
        #expect(shop.keys.map(\.written) == ["../ssl/shop.key"])
        let hosts = shop.hostsToCheck
        #expect(hosts.hosts == ["shop.example.com", "www.shop.example.com"])
        #expect(hosts.notChecked.map(\.name) == [#"~^api\d+\.shop\.example\.com$"#])
    }

    @Test func nginxProblemsSayFileLineAndColumn() {
        let configuration = ServerConfiguration(path: Self.root + "/nginx-broken/nginx.conf")
        let problems = configuration.problems.map { "\($0.line):\($0.column.map(String.init) ?? "-") \($0.message)" }
        #expect(problems.contains { $0.hasPrefix("3:- include /nonexistent/x509dump-test/mime.types") })
        #expect(problems.contains("10:1 unexpected \"}\""))
        #expect(problems.contains { $0.hasPrefix("6:- server_name has \"ssl_certificate\"") })
        #expect(problems.contains { $0.hasPrefix("4:- no \"ssl_certificate\" is defined") })
        #expect(configuration.sites.isEmpty)
    }

    @Test(arguments: [
        ("http {\n  server { listen 443 ssl;\n", "1:1", "expecting \"}\""),
        ("http { server_name \"unterminated; }\n", "1:20", "inside a quoted string"),
        ("http { listen 443 ssl }\n", "1:23", "is not terminated by \";\""),
        ("events { }\n;\n", "2:1", "unexpected \";\""),
    ])
    func nginxSyntaxErrors(text: String, position: String, message: String) throws {
        let (path, folder) = try Self.write(text, name: "nginx.conf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = ServerConfiguration(path: path).problems
        #expect(problems.contains { "\($0.line):\($0.column ?? 0)" == position && $0.message.contains(message) }, "\(problems)")
    }

    @Test func nginxIncludesItselfEndsWithAProblem() throws {
        let (path, folder) = try Self.write("http { include nginx.conf; }\n", name: "nginx.conf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = ServerConfiguration(path: path)
        #expect(configuration.problems.contains { $0.message.contains("nested deeper than") })
    }

    @Test func nginxGlobMatchingNothingIsFineAndHttpLevelCertificatesAreInherited() throws {
        let text = """
            http {
                ssl_certificate /etc/ssl/shared.pem;
                ssl_certificate_key /etc/ssl/shared.key;
                include conf.d/*.conf;
                server { listen 443 ssl; server_name *.example.com .example.org example.*; }
                server { listen 443 ssl; ssl_certificate own.pem; ssl_certificate own-ecdsa.pem; ssl_certificate_key own.key; ssl_certificate_key own-ecdsa.key; }
            }
            """
        let (path, folder) = try Self.write(text, name: "nginx.conf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = ServerConfiguration(path: path)
        #expect(configuration.problems.isEmpty, "\(configuration.problems)")
        #expect(configuration.sites.count == 2)
        #expect(configuration.sites[0].certificates.map(\.path) == ["/etc/ssl/shared.pem"])
        let hosts = configuration.sites[0].hostsToCheck
        #expect(hosts.hosts == ["wildcard-check.example.com", "example.org", "wildcard-check.example.org"])
        #expect(hosts.notChecked.map(\.name) == ["example.*"])
        #expect(configuration.sites[1].certificates.map(\.written) == ["own.pem", "own-ecdsa.pem"])
        #expect(configuration.sites[1].certificates.first?.path == folder.path + "/own.pem")
    }

    @Test func apacheVirtualHostInsideIfModuleWithChainFile() throws {
        let configuration = ServerConfiguration(path: Self.root + "/apache/apache2.conf")
        #expect(configuration.kind == .apache)
        #expect(configuration.problems.isEmpty, "\(configuration.problems)")
        #expect(configuration.sites.count == 1)
        let site = try #require(configuration.sites.first)
        #expect(site.names == ["shop.example.com:443", "www.shop.example.com"])
        #expect(site.hostsToCheck.hosts == ["shop.example.com", "www.shop.example.com"])
        #expect(site.chainFiles.map(\.directive) == ["SSLCertificateChainFile"])
        #expect(site.certificates.first?.path == Self.root + "/apache/../ssl/shop.pem")
    }

    @Test func apacheServerRootDecidesRelativePathsAndUnclosedSectionsAreProblems() throws {
        let text = """
            ServerRoot "/srv/httpd"
            SSLEngine on
            <VirtualHost *:443>
                ServerName a.example.com
                SSLCertificateFile conf/a.pem
            </VirtualHost>
            </Directory>
            <VirtualHost *:8443>
                SSLCertificateFile /abs/b.pem
            """
        let (path, folder) = try Self.write(text, name: "httpd.conf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = ServerConfiguration(path: path)
        #expect(configuration.sites.map { $0.certificates.first?.path } == ["/srv/httpd/conf/a.pem", "/abs/b.pem"])
        #expect(configuration.problems.map(\.line) == [7, 8])
        #expect(configuration.problems.first?.message.contains("</directory> without matching") == true)
    }

    @Test func haproxyCertificateDirectoryWithKeysBeside() {
        let configuration = ServerConfiguration(path: Self.root + "/haproxy/haproxy.cfg")
        #expect(configuration.kind == .haproxy)
        #expect(configuration.problems.isEmpty)
        let files = configuration.sites.map { URL(fileURLWithPath: $0.certificates[0].path).lastPathComponent }
        #expect(files == ["other.pem", "shop.pem"])  // other.pem.key is a side file, not a site
        #expect(configuration.sites[0].keys.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["other.pem.key"])
        #expect(configuration.sites[1].keys.isEmpty)
        #expect(configuration.sites.allSatisfy { $0.line == 10 })
    }

    @Test(arguments: [
        ("nginx.conf", "", ServerConfiguration.Kind.nginx),
        ("site.conf", "server {\n listen 443 ssl;\n}\n", .nginx),
        ("site.conf", "<VirtualHost *:443>\n</VirtualHost>\n", .apache),
        ("lb.cfg", "frontend a\n  bind :443 ssl crt x.pem\n", .haproxy),
        ("ssl.txt", "server_key: \"x\"\nserver_cert: \"y\"\n", .tfServing),
    ])
    func kindIsGuessed(name: String, text: String, kind: ServerConfiguration.Kind) throws {
        let (path, folder) = try Self.write(text, name: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ServerConfiguration(path: path).kind == kind)
    }

    @Test func aMissingConfigurationIsAProblem() {
        let configuration = ServerConfiguration(path: Self.root + "/absent/nginx.conf")
        #expect(configuration.problems.map(\.message) == ["no such file"])
        #expect(configuration.sites.isEmpty)
    }
}
