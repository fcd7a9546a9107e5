import Foundation
import PureX509
import Testing

/// `TrustStoreChoice.resolve`: --ca, then SSL_CERT_FILE / SSL_CERT_DIR, then the system
/// paths (injected, so that this machine's files play no part).
@Suite("Trust store choice")
struct TrustStoreChoiceTests {
    static let folder = packageRoot.appendingPathComponent("TestVectors/client-trust").path
    static let bundle = folder + "/system-store.pem"
    static let directory = folder + "/cert-dir"

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let ca: [String]
        let environment: [String: String]
        let systemBundles: [String]
        let systemDirectories: [String]
        let expected: [TrustStoreChoice.Location]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "--ca wins over everything", ca: ["a.pem", "dir/"], environment: ["SSL_CERT_FILE": bundle, "SSL_CERT_DIR": directory],
            systemBundles: [bundle], systemDirectories: [], expected: [.init(path: "a.pem", origin: .option), .init(path: "dir/", origin: .option)]),
        Row(name: "SSL_CERT_FILE replaces the system bundle", ca: [], environment: ["SSL_CERT_FILE": "/tmp/ca.pem"],
            systemBundles: [bundle], systemDirectories: [directory], expected: [.init(path: "/tmp/ca.pem", origin: .sslCertFile)]),
        Row(name: "SSL_CERT_DIR, colon-separated", ca: [], environment: ["SSL_CERT_DIR": directory + "::/other"],
            systemBundles: [bundle], systemDirectories: [], expected: [.init(path: directory, origin: .sslCertDir), .init(path: "/other", origin: .sslCertDir)]),
        Row(name: "both, file first", ca: [], environment: ["SSL_CERT_DIR": directory, "SSL_CERT_FILE": bundle],
            systemBundles: [], systemDirectories: [], expected: [.init(path: bundle, origin: .sslCertFile), .init(path: directory, origin: .sslCertDir)]),
        Row(name: "empty values count as unset", ca: [], environment: ["SSL_CERT_FILE": "", "SSL_CERT_DIR": ""],
            systemBundles: ["/nonexistent/bundle.crt", bundle], systemDirectories: [directory], expected: [.init(path: bundle, origin: .system)]),
        Row(name: "system directory without a bundle", ca: [], environment: [:],
            systemBundles: ["/nonexistent/bundle.crt"], systemDirectories: ["/nonexistent/dir", directory], expected: [.init(path: directory, origin: .system)]),
        Row(name: "a directory is not a bundle", ca: [], environment: [:],
            systemBundles: [directory], systemDirectories: [], expected: []),
        Row(name: "nothing at all", ca: [], environment: [:], systemBundles: [], systemDirectories: [], expected: []),
    ]

    @Test(arguments: rows)
    func resolves(_ row: Row) {
        let choice = TrustStoreChoice.resolve(
            caPaths: row.ca, environment: row.environment, systemBundlePaths: row.systemBundles, systemDirectoryPaths: row.systemDirectories)
        #expect(choice.locations == row.expected)
        #expect(choice.isDefault == row.ca.isEmpty)
    }

    @Test func describesWhereTheChoiceCameFrom() {
        let choice = TrustStoreChoice(locations: [.init(path: "/tmp/ca.pem", origin: .sslCertFile), .init(path: "/etc/ssl/certs", origin: .sslCertDir)])
        #expect(choice.description == "/tmp/ca.pem (SSL_CERT_FILE), /etc/ssl/certs (SSL_CERT_DIR)")
        #expect(TrustStoreChoice(locations: [.init(path: "/etc/ssl/cert.pem", origin: .system)]).description == "/etc/ssl/cert.pem (system default)")
        #expect(TrustStoreChoice(locations: []).description == "no trust store")
    }
}
