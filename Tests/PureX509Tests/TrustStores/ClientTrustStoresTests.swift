import Foundation
import PureX509
import Testing

/// `ClientTrustStores`: which other stores clients on the machine use, found from the
/// environment and certifi's usual places, each once.
@Suite("Client trust stores")
struct ClientTrustStoresTests {
    static let folder = packageRoot.appendingPathComponent("TestVectors/client-trust").path
    static let system = folder + "/system-store.pem"
    static let certifi = folder + "/venv/lib/python3.11/site-packages/certifi/cacert.pem"

    static func locate(_ used: TrustStoreChoice, _ environment: [String: String], certifi: [String]? = []) -> [ClientTrustStore] {
        ClientTrustStores.locate(
            used: used, environment: environment, certifiPaths: certifi, systemBundlePaths: [system], systemDirectoryPaths: [])
    }

    @Test func defaultStoreIsComparedOnlyWhenCaWasGiven() {
        let withCA = Self.locate(TrustStoreChoice(locations: [.init(path: "ca.pem", origin: .option)]), [:])
        #expect(withCA.map(\.kind) == [.defaultStore])
        #expect(withCA.first?.paths == [Self.system])
        #expect(withCA.first?.name == "the default store \(Self.system) (system default)")
        let defaultUsed = TrustStoreChoice.resolve(caPaths: [], environment: [:], systemBundlePaths: [Self.system], systemDirectoryPaths: [])
        #expect(Self.locate(defaultUsed, [:]).isEmpty)
    }

    @Test func everyVariableIsAStoreOfItsClients() {
        let used = TrustStoreChoice(locations: [.init(path: "ca.pem", origin: .option)])
        let stores = Self.locate(used, [
            "SSL_CERT_FILE": Self.folder + "/public-only.pem", "REQUESTS_CA_BUNDLE": Self.folder + "/corp-root.pem",
            "CURL_CA_BUNDLE": Self.folder + "/leaf.pem", "NODE_EXTRA_CA_CERTS": Self.folder + "/intermediate.pem",
        ], certifi: [Self.certifi])
        #expect(stores.map(\.kind) == [.defaultStore, .requestsCABundle, .certifi, .curlCABundle, .nodeExtraCACerts])
        #expect(stores[0].name.hasSuffix("(SSL_CERT_FILE)"))
        #expect(stores[2].clients.contains("but not requests while REQUESTS_CA_BUNDLE is set"))
        #expect(stores.map(\.kind.isComplete) == [true, true, true, true, false])
    }

    /// REQUESTS_CA_BUNDLE naming the system bundle (as on many machines) is the same store:
    /// listed once, with both clients; the store checked itself is never listed.
    @Test func sameFilesAreOneStore() {
        let used = TrustStoreChoice(locations: [.init(path: "ca.pem", origin: .option)])
        let stores = Self.locate(used, ["REQUESTS_CA_BUNDLE": Self.system, "CURL_CA_BUNDLE": Self.system])
        #expect(stores.map(\.kind) == [.defaultStore])
        #expect(stores[0].clients.contains("Python requests"))
        #expect(stores[0].clients.contains("curl, and Python requests when REQUESTS_CA_BUNDLE is not set"))
        let usedSystem = TrustStoreChoice(locations: [.init(path: Self.system, origin: .system)])
        #expect(Self.locate(usedSystem, ["REQUESTS_CA_BUNDLE": Self.system], certifi: [Self.system]).isEmpty)
    }

    /// certifi in the active virtual environment only, when VIRTUAL_ENV is set.
    @Test func certifiOfTheVirtualEnvironment() {
        #expect(ClientTrustStores.findCertifi(environment: ["VIRTUAL_ENV": Self.folder + "/venv"]) == Self.certifi)
        #expect(ClientTrustStores.findCertifi(environment: ["VIRTUAL_ENV": Self.folder]) == nil)
        let found = Self.locate(TrustStoreChoice(locations: []), ["VIRTUAL_ENV": Self.folder + "/venv"], certifi: nil)
        #expect(found.map(\.kind) == [.certifi])
        #expect(found.first?.paths == [Self.certifi])
    }

    /// Without VIRTUAL_ENV, the usual site-packages folders, `$HOME` ones included.
    @Test func certifiUnderHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent(".local/lib/python3.12/site-packages/certifi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(contentsOf: URL(fileURLWithPath: Self.certifi)).write(to: folder.appendingPathComponent("cacert.pem"))
        let found = try #require(ClientTrustStores.findCertifi(environment: ["HOME": home.path]))
        // A system-wide certifi, if this machine has one, comes first; otherwise ours.
        let systemWide = ClientTrustStores.findCertifi(environment: ["HOME": "/nonexistent"])
        #expect(found == systemWide ?? folder.appendingPathComponent("cacert.pem").path)
        #expect(ClientTrustStores.findCertifi(environment: ["HOME": home.appendingPathComponent("elsewhere").path]) == systemWide)
    }
}
