import Foundation
import PureX509
import Testing

struct TrustStoreTests {
    static func vectorPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestVectors/verification/\(name)").path
    }

    @Test func bundleFileAndDERFile() throws {
        let bundle = try TrustStore(contentsOf: [Self.vectorPath("chain.pem")])
        #expect(bundle.count == 2)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-der-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = try ChainVerifierTests.load("root")
        let derPath = directory.appendingPathComponent("root.der").path
        try Data(root.derEncoded).write(to: URL(fileURLWithPath: derPath))
        let store = try TrustStore(contentsOf: [derPath])
        #expect(store.count == 1 && store.contains(root))
    }

    @Test func hashedDirectoryWithDuplicatesAndJunk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-store-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        try manager.copyItem(atPath: Self.vectorPath("root.pem"), toPath: directory.appendingPathComponent("root.pem").path)
        // OpenSSL c_rehash style: a symbolic link named HASH.0 to the same file.
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("0a1b2c3d.0").path, withDestinationPath: "root.pem")
        try manager.copyItem(atPath: Self.vectorPath("other-root.pem"), toPath: directory.appendingPathComponent("other.crt").path)
        try Data("not a certificate".utf8).write(to: directory.appendingPathComponent("junk.pem"))
        try Data("ignored: not a certificate file name".utf8).write(to: directory.appendingPathComponent("README"))
        var skipped = 0
        let store = try TrustStore(contentsOf: [directory.path], skipped: &skipped)
        #expect(store.count == 2)
        #expect(skipped == 1)
        #expect(store.pool.certificates(withSubject: try ChainVerifierTests.load("root").subject).count == 1)
    }

    @Test func missingFileThrows() {
        #expect(throws: ReadError.self) { try TrustStore(contentsOf: ["/nonexistent/purex509/ca.pem"]) }
    }

    @Test(.enabled(
        if: TrustStore.systemBundlePaths.contains { FileManager.default.fileExists(atPath: $0) },
        "no system CA bundle on this machine"))
    func systemStore() throws {
        let store = try #require(TrustStore.system())
        #expect(store.count > 10)
    }
}
