import Testing
@testable import PureX509

/// Kubernetes Secrets and kubeconfigs as kubectl prints them (TestVectors/gen/71-kubernetes.sh):
/// the objects and fields read, the certificates equal to the PEM files they came from, the
/// key matched, and each mistake named with its line.
@Suite("Kubernetes objects")
struct KubernetesObjectsTests {
    static func bytes(_ name: String) throws -> [UInt8] { try testVector("kubernetes/" + name) }
    static func certificates(_ name: String) throws -> [Certificate] {
        try pemBlocks(String(decoding: try bytes(name), as: UTF8.self)).map { try Certificate(derEncoded: $0) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let sniffed: String?
        let syntax: String
        /// (title, fields)
        let objects: [(String, [String])]
        /// The PEM files whose certificates the fields hold, in order.
        let certificateFiles: [String]
        let keys: Int
        let problems: [KubernetesObjects.Problem.Kind]
        var testDescription: String { file }
    }

    static let tls = ["tls.crt", "tls.key", "ca.crt"]
    static let cases: [Case] = [
        Case(file: "secret.yaml", sniffed: "Secret", syntax: "YAML", objects: [("Secret default/web-tls", tls)],
             certificateFiles: ["leaf.pem", "intermediate.pem", "intermediate.pem"], keys: 1, problems: []),
        Case(file: "secret.json", sniffed: "Secret", syntax: "JSON", objects: [("Secret default/web-tls", tls)],
             certificateFiles: ["leaf.pem", "intermediate.pem", "intermediate.pem"], keys: 1, problems: []),
        Case(file: "list.yaml", sniffed: "List", syntax: "YAML",
             objects: [("Secret default/web-tls", tls), ("Secret default/api-tls", ["tls.crt", "tls.key"])],
             certificateFiles: ["leaf.pem", "intermediate.pem", "intermediate.pem", "leaf.pem"], keys: 2, problems: []),
        Case(file: "stringdata.yaml", sniffed: "Secret", syntax: "YAML", objects: [("Secret shop/web-tls", ["tls.crt", "tls.key"])],
             certificateFiles: ["leaf.pem", "intermediate.pem"], keys: 1, problems: []),
        Case(file: "kubeconfig.yaml", sniffed: "Config", syntax: "YAML",
             objects: [("kubeconfig user admin", ["client-certificate-data", "client-key-data"]),
                       ("kubeconfig user ci", ["client-certificate-data"]),
                       ("kubeconfig cluster prod", ["certificate-authority-data"])],
             certificateFiles: ["admin.pem", "ci.pem", "root.pem"], keys: 1, problems: []),
        Case(file: "bad-base64.yaml", sniffed: "Secret", syntax: "YAML", objects: [("Secret default/web-tls", ["tls.crt", "tls.key"])],
             certificateFiles: [], keys: 1, problems: [.badBase64]),
        Case(file: "missing-key.yaml", sniffed: "Secret", syntax: "YAML", objects: [("Secret default/web-tls", ["tls.crt", "ca.crt"])],
             certificateFiles: ["leaf.pem", "intermediate.pem", "intermediate.pem"], keys: 0, problems: [.missingField]),
        Case(file: "wrong-type.yaml", sniffed: "Secret", syntax: "YAML", objects: [("Secret default/web-tls", tls)],
             certificateFiles: ["leaf.pem", "intermediate.pem", "intermediate.pem"], keys: 1, problems: [.wrongType]),
        Case(file: "bad-syntax.yaml", sniffed: "Secret", syntax: "YAML", objects: [], certificateFiles: [], keys: 0, problems: [.syntax]),
    ]

    @Test(arguments: cases)
    func reads(_ row: Case) throws {
        let bytes = try Self.bytes(row.file)
        #expect(KubernetesObjects.sniff(bytes) == row.sniffed)
        let objects = KubernetesObjects(bytes: bytes)
        #expect(objects.syntax == row.syntax)
        #expect(objects.objects.map(\.title) == row.objects.map(\.0))
        #expect(objects.objects.map { $0.fields.map(\.key).sorted() } == row.objects.map { $0.1.sorted() })
        #expect(objects.certificates.count == row.certificateFiles.count)
        let expected = try row.certificateFiles.flatMap(Self.certificates)
        #expect(Set(objects.certificates) == Set(expected))
        #expect(objects.privateKeys.count == row.keys)
        #expect(objects.problems.map(\.kind) == row.problems, "\(objects.problems)")
        for key in objects.privateKeys where !objects.certificates.isEmpty {
            #expect(objects.certificates.contains { key.matches($0).isMatch })
        }
    }

    /// Mistakes carry the line and column of the YAML.
    @Test(arguments: [
        ("bad-base64.yaml", 3, "tls.crt is not valid base64 (invalid base64 character '!' (0x21) at offset 100)"),
        ("missing-key.yaml", 3, "without tls.key"),
        ("wrong-type.yaml", 16, "type Opaque holding TLS fields"),
        ("bad-syntax.yaml", 6, "unexpected indentation"),
    ])
    func problemsSayWhere(_ file: String, _ line: Int, _ words: String) throws {
        let problem = try #require(KubernetesObjects(bytes: try Self.bytes(file)).problems.first)
        #expect(problem.line == line)
        #expect(problem.description.contains(words), "\(problem)")
    }

    /// Neither PEM files nor other YAML are taken for Kubernetes objects.
    @Test(arguments: [
        "leaf.pem",
        "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n",
        "kind: Secret\n",
        "{\"kind\": \"Secret\"}",
        "just: yaml\n",
    ])
    func othersAreNotSniffed(_ text: String) throws {
        let bytes = text.hasSuffix(".pem") ? try Self.bytes(text) : Array(text.utf8)
        #expect(KubernetesObjects.sniff(bytes) == nil)
    }

    @Test func aConfigMapIsNamedNotRead() {
        let objects = KubernetesObjects(bytes: Array("apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  data: {}\n".utf8))
        #expect(objects.objects.isEmpty)
        #expect(objects.problems.map(\.kind) == [.nothingToRead])
        #expect(objects.problems.first?.description.contains("a ConfigMap, not a Secret") == true)
    }

    /// FileContents (show, pem) reads them, with their certificates and keys.
    @Test func fileContentsReadsThem() throws {
        let contents = FileContents(bytes: try Self.bytes("secret.json"))
        #expect(contents.format.kind == .kubernetes("Secret"))
        #expect(contents.allCertificates.count == 3)
        #expect(contents.allPrivateKeys.count == 1)
        #expect(contents.problems.isEmpty)
        let broken = FileContents(bytes: try Self.bytes("bad-base64.yaml"))
        #expect(broken.problems.contains { $0.description.contains("not valid base64") && $0.pemLine == 3 })
    }
}
