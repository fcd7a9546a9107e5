import Foundation
import PureX509
import Testing

/// The diagnosis engine with passwords and with other clients' stores
/// (`DiagnosisInput.password`, `.trustStoreChoice`, `.otherTrustStores`).
@Suite("Diagnosis: passwords and other trust stores")
struct ClientTrustDiagnosisTests {
    static let folder = packageRoot.appendingPathComponent("TestVectors/client-trust").path
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    static func source(_ name: String) throws -> DiagnosisSource {
        // In memory, so that file permissions play no part.
        DiagnosisSource(name: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
    }

    static func store(_ kind: ClientTrustStore.Kind, _ name: String) -> ClientTrustStore {
        ClientTrustStore(kind: kind, paths: [folder + "/" + name], name: "\(kind.rawValue) \(name)", clients: "client of \(name)")
    }

    static func codes(_ report: DiagnosisReport) -> [String] { report.findings.map(\.code.rawValue).sorted() }

    struct KeyRow: Sendable, CustomTestStringConvertible {
        let key: String
        let password: String?
        let codes: [String]
        var testDescription: String { "\(key) \(password ?? "no password")" }
    }

    static let keyRows: [KeyRow] = [
        KeyRow(key: "leaf-pkcs8-enc.pem", password: nil, codes: ["key-encrypted"]),
        KeyRow(key: "leaf-pkcs8-enc.pem", password: "correct-horse", codes: ["key-encrypted"]),
        KeyRow(key: "leaf-pkcs8-enc.pem", password: "battery-staple", codes: ["wrong-password"]),
        KeyRow(key: "leaf-legacy-enc.pem", password: "correct-horse", codes: ["key-encrypted"]),
        KeyRow(key: "other-pkcs8-enc.pem", password: "correct-horse", codes: ["key-encrypted", "key-mismatch"]),
        KeyRow(key: "other-pkcs8-enc.pem", password: nil, codes: ["key-encrypted"]),
        KeyRow(key: "leaf.key", password: "ignored for a plain key", codes: []),
    ]

    /// A decrypted key is matched like a plain one: the wrong key is a mismatch only when
    /// it could be read, and a wrong password never becomes a mismatch or a damaged file.
    @Test(arguments: keyRows)
    func encryptedKeys(_ row: KeyRow) throws {
        var input = DiagnosisInput(certificates: [try Self.source("chain.pem")], time: Self.at)
        input.key = try Self.source(row.key)
        input.trustAnchors = [try Self.source("corp-root.pem")]
        input.password = row.password
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == row.codes, "\(report.findings.map(\.message))")
        #expect(report.chainIsTrusted)
    }

    /// A PKCS#12 archive opened with its password: its key tells the leaf.
    @Test func pkcs12WithItsPassword() throws {
        var input = DiagnosisInput(certificates: [try Self.source("server.p12")], time: Self.at)
        input.trustAnchors = [try Self.source("corp-root.pem")]
        input.password = "correct-horse"
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["format-pkcs12"])
        #expect(report.leafIndex == 0)
        #expect(report.chainIsTrusted)
        input.password = "battery-staple"
        #expect(Self.codes(Diagnosis.run(input)) == ["format-pkcs12", "wrong-password"])
        input.certificates = [try Self.source("server-altered.p12")]
        input.password = "correct-horse"
        let altered = Diagnosis.run(input)
        #expect(Self.codes(altered) == ["der-malformed", "format-pkcs12"])
        #expect(altered.findings.first { $0.code == .derMalformed }?.message.contains("altered or damaged") == true)
    }

    /// The root is missing from the anchors given; the other stores say who trusts it.
    @Test func untrustedRootNote() throws {
        var input = DiagnosisInput(certificates: [try Self.source("chain.pem")], time: Self.at)
        input.trustAnchors = [try Self.source("public-only.pem")]
        input.otherTrustStores = [Self.store(.defaultStore, "system-store.pem"), Self.store(.certifi, "public-only.pem"),
                                  Self.store(.nodeExtraCACerts, "public-root.pem"), Self.store(.curlCABundle, "missing.pem")]
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["untrusted-root"])
        let message = try #require(report.findings.first?.message)
        #expect(message.contains("default system-store.pem, used by client of system-store.pem, trusts it, through \"Example Corp Root CA\""))
        #expect(message.contains("certifi public-only.pem, used by client of public-only.pem, does not trust it"))
        #expect(message.contains("NODE_EXTRA_CA_CERTS public-root.pem, used by client of public-root.pem, does not trust it either (Node.js may still trust it through its own store)"))
        #expect(message.contains("CURL_CA_BUNDLE missing.pem could not be read"))
        #expect(message.contains("works in the browser, fails in code"))
        #expect(report.findings.first?.fix.contains("NODE_EXTRA_CA_CERTS=root.pem") == true)
        #expect(report.otherTrustStores.map(\.trusts) == [true, false, false, false])
        #expect(report.otherTrustStores.map(\.unreadable) == [false, false, false, true])
        #expect(report.otherTrustStores.first?.anchor?.subject.commonName == "Example Corp Root CA")

        // Nobody trusts it: the note says so, without "works in the browser".
        input.otherTrustStores = [Self.store(.certifi, "public-only.pem")]
        let nobody = try #require(Diagnosis.run(input).findings.first)
        #expect(nobody.code == .untrustedRoot)
        #expect(nobody.message.contains("does not trust it"))
        #expect(!nobody.message.contains("works in the browser"))

        // No other store given: the finding is as before.
        input.otherTrustStores = []
        #expect(!(Diagnosis.run(input).findings.first?.message.contains("Other trust stores") ?? true))
    }

    /// A served private root that only the default store holds.
    @Test func servedRootTrustedElsewhere() throws {
        let served = DiagnosisSource(
            name: "fullchain.pem",
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/chain.pem")))
                + Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/corp-root.pem"))))
        var input = DiagnosisInput(certificates: [served], time: Self.at)
        input.trustAnchors = [try Self.source("public-only.pem")]
        input.otherTrustStores = [Self.store(.defaultStore, "system-store.pem")]
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["untrusted-root"])
        #expect(report.findings.first?.certificate?.index == 2)
        #expect(report.findings.first?.message.contains("trusts it, through \"Example Corp Root CA\"") == true)
    }

    /// untrusted-elsewhere only for the default store, only for complete stores that refuse.
    @Test func untrustedElsewhere() throws {
        var input = DiagnosisInput(certificates: [try Self.source("chain.pem")], time: Self.at)
        input.trustAnchors = [try Self.source("system-store.pem")]
        input.trustStoreChoice = TrustStoreChoice(locations: [.init(path: Self.folder + "/system-store.pem", origin: .sslCertFile)])
        input.otherTrustStores = [Self.store(.certifi, "public-only.pem"), Self.store(.nodeExtraCACerts, "public-only.pem")]
        let report = Diagnosis.run(input)
        #expect(Self.codes(report) == ["untrusted-elsewhere"])
        let finding = try #require(report.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.certificate?.index == 0)
        #expect(finding.message.contains("certifi public-only.pem"))
        #expect(!finding.message.contains("NODE_EXTRA_CA_CERTS public-only.pem"), "an extra-certificates file is not a whole store")
        #expect(!report.hasErrors)

        #expect(report.otherTrustStores.map(\.store.kind) == [.certifi, .nodeExtraCACerts])
        #expect(report.otherTrustStores.allSatisfy { !$0.trusts })

        // The same anchors named with --ca: the user chose them; no comparison.
        input.trustStoreChoice = TrustStoreChoice(locations: [.init(path: Self.folder + "/system-store.pem", origin: .option)])
        let chosen = Diagnosis.run(input)
        #expect(Self.codes(chosen).isEmpty)
        #expect(chosen.otherTrustStores.isEmpty)

        // A certifi that trusts it, or one that cannot be read: nothing.
        input.trustStoreChoice = TrustStoreChoice(locations: [.init(path: Self.folder + "/system-store.pem", origin: .system)])
        input.otherTrustStores = [Self.store(.certifi, "system-store.pem"), Self.store(.requestsCABundle, "missing.pem")]
        #expect(Self.codes(Diagnosis.run(input)).isEmpty)
    }
}
