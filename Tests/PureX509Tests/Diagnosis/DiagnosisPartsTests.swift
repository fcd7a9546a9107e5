import Foundation
import PureX509ASN1
import Testing
@testable import PureX509

/// The small parts of the diagnosis, each on its own: host normalisation, durations, PEM
/// segments, DER shapes, format guesses, line maps, key matching, shell quoting.
@Suite("Diagnosis parts")
struct DiagnosisPartsTests {
    struct Case: Sendable, CustomStringConvertible {
        let input: String
        let expected: String
        var description: String { input }
    }

    @Test(arguments: [
        Case(input: "www.example.com", expected: "www.example.com"),
        Case(input: " https://www.example.com:8443/path ", expected: "www.example.com"),
        Case(input: "www.example.com:443", expected: "www.example.com"),
        Case(input: "[2001:db8::1]:443", expected: "2001:db8::1"),
        Case(input: "2001:db8::1", expected: "2001:db8::1"),
        Case(input: "192.0.2.1", expected: "192.0.2.1"),
    ])
    func normalizesHosts(_ testCase: Case) {
        #expect(NameCheck.normalizedHost(testCase.input) == testCase.expected)
    }

    @Test(arguments: [
        (30, "1 minute"), (45 * 60, "45 minutes"), (3 * 3_600, "3 hours"), (47 * 3_600, "47 hours"), (18 * 86_400, "18 days"),
        (90 * 86_400, "3 months"), (3 * 365 * 86_400, "3 years"), (-2 * 86_400, "2 days"),
    ] as [(Int64, String)])
    func durations(_ seconds: Int64, _ expected: String) {
        #expect(DiagnosisText.duration(seconds) == expected)
    }

    @Test func nearestNameByEditDistance() {
        #expect(NameCheck.distance("www.example.com", "ww.example.com") == 1)
        #expect(NameCheck.distance("", "abc") == 3)
        #expect(NameCheck.distance("Example.COM", "example.com") == 0)
    }

    @Test func segmentsStartAtBeginLines() {
        let text = "\u{FEFF}-----BEGIN A-----\nAA==\n-----END A-----\nnoise\n-----BEGIN B-----\nBB\n"
        let segments = PEMSegments.split(Array(text.utf8))
        #expect(segments.map(\.firstLine) == [1, 5])
        #expect(segments.map(\.isLast) == [false, true])
        #expect(segments.first?.range.lowerBound == 3)  // after the byte order mark
        #expect(PEMSegments.split(Array("no blocks here\n".utf8)).isEmpty)
    }

    @Test func shapes() throws {
        let certificate = try testVector("scenarios/format-der/leaf.der")
        let pkcs12 = try testVector("scenarios/format-pkcs12/server.p12")
        let pkcs7 = try #require(try PEMDocument(parsing: try testVector("scenarios/format-pkcs7/chain.p7b")).blocks.first?.der)
        let key = try #require(try PEMDocument(parsing: try testVector("scenarios/ok/key.pem")).blocks.first?.der)
        let encryptedKey = try #require(try PEMDocument(parsing: try testVector("scenarios/key-encrypted/key.pem")).blocks.first?.der)
        #expect(DERShape.detect(certificate) == .certificate)
        #expect(DERShape.detect(Array(certificate.prefix(200))) == .certificate)  // truncated
        #expect(DERShape.detect(pkcs12) == .pkcs12)
        #expect(DERShape.detect(pkcs7) == .pkcs7)
        #expect(DERShape.detect(key) == .privateKey)
        #expect(DERShape.detect(encryptedKey) == .privateKey)
        #expect(DERShape.detect([0x30, 0x03, 0x02, 0x01, 0x05]) == .other)
        #expect(DERShape.detect([0x04, 0x00]) == .other)
        #expect(DERShape.detect([0x30]) == .other)
    }

    @Test(arguments: [
        ([0xFE, 0xED, 0xFE, 0xED, 0x00, 0x00, 0x00, 0x02], "Java keystore"),
        (Array("<!DOCTYPE html><html><body>404</body></html>".utf8), "web page"),
        (Array("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFoo user@host\n".utf8), "SSH public key"),
        (Array("PuTTY-User-Key-File-3: ssh-rsa\n".utf8), "PuTTY"),
        (Array(String(repeating: "MIIBszCCAVmgAwIBAgICEAEwCgYIKoZIzj0EAwIw", count: 3).utf8), "base64 without PEM"),
    ] as [([UInt8], String)])
    func guessesFormats(_ bytes: [UInt8], _ fragment: String) {
        #expect(FormatGuess.describe(bytes)?.contains(fragment) == true)
        #expect(FormatGuess.fix(bytes) != nil)
    }

    @Test func noGuessForProse() {
        #expect(FormatGuess.describe(Array("Your certificate is attached.\n".utf8)) == nil)
    }

    @Test func configLinesMapBack() throws {
        let text = "# comment\nserver_cert:\n  \"-----BEGIN CERTIFICATE-----\\n\"\n  \"AAAA\\n\"\n  \"-----END CERTIFICATE-----\\n\"\nserver_key: \"a\\nb\"\n"
        let config = try TFServingSSLConfig(parsing: text)
        #expect(config.valueLineStarts["server_cert"] == [3, 4, 5])
        #expect(config.valueLineStarts["server_key"] == [6, 6])
        let source = DiagnosisSource(name: "ssl.conf", content: .bytes([]), lineMap: [3, 4, 5], field: "server_cert")
        #expect(source.fileLine(1) == 3)
        #expect(source.fileLine(3) == 5)
        #expect(source.fileLine(5) == 7)  // past the map: counted on from its last line
        #expect(source.displayName == "ssl.conf (server_cert)")
    }

    @Test func keysMatchTheirCertificates() throws {
        func key(_ path: String) throws -> PrivateKey { try PrivateKey(pemEncoded: try testVector("scenarios/" + path)) }
        func leaf(_ path: String) throws -> Certificate {
            try Certificate(derEncoded: try #require(try PEMDocument(parsing: try testVector("scenarios/" + path)).blocks.first?.der))
        }
        let ecLeaf = try leaf("ok/chain.pem")
        #expect(KeyMatcher.matches(try key("ok/key.pem"), ecLeaf) == true)
        #expect(KeyMatcher.matches(try key("key-mismatch/key.pem"), ecLeaf) == false)
        let rsaLeaf = try leaf("weak-key/chain.pem")
        #expect(KeyMatcher.matches(try key("weak-key/key.pem"), rsaLeaf) == true)
        #expect(KeyMatcher.matches(try key("weak-key/key.pem"), ecLeaf) == false)
        #expect(KeyMatcher.matches(try key("ok/key.pem"), rsaLeaf) == false)
    }

    @Test func comparesCompressedAndUncompressedPoints() {
        let x: [UInt8] = [1, 2, 3]
        let uncompressed = [0x04] + x + [9, 9, 8]  // y even
        #expect(KeyMatcher.samePoint(uncompressed, [0x02] + x, curve: .p256))
        #expect(!KeyMatcher.samePoint(uncompressed, [0x03] + x, curve: .p256))
        #expect(!KeyMatcher.samePoint(uncompressed, [0x02, 1, 2, 4], curve: .p256))
    }

    @Test(arguments: [
        Case(input: "chain.pem", expected: "chain.pem"),
        Case(input: "/etc/ssl/my certs/a.pem", expected: "'/etc/ssl/my certs/a.pem'"),
        Case(input: "it's.pem", expected: "'it'\\''s.pem'"),
        Case(input: "", expected: "''"),
    ])
    func quotesForTheShell(_ testCase: Case) {
        #expect(shellQuoted(testCase.input) == testCase.expected)
    }

    @Test func sourcesFromTheFileSystem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("b.pem")
        try Data("x".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try Data("y".utf8).write(to: directory.appendingPathComponent("a.crt"))
        try Data("z".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let read = DiagnosisSource.read(file.path)
        #expect(read.content == .bytes([0x78]))
        #expect(read.permissions == 0o640)
        #expect(DiagnosisSource.read(directory.appendingPathComponent("missing.pem").path).content == .notFound)
        #expect(DiagnosisSource.read(directory.path).content == .unreadable("is a directory"))
        #expect(DiagnosisSource.readFileOrDirectory(directory.path).map { URL(fileURLWithPath: $0.name).lastPathComponent } == ["a.crt", "b.pem"])
    }

    @Test func findingsAreSortedWorstFirstThenByPlace() {
        func finding(_ severity: Severity, _ index: Int?) -> Finding {
            Finding(code: .expired, severity: severity,
                certificate: index.map { CertificateReference(index: $0, subject: "", sha256: "\($0)") }, file: nil, message: "m", fix: "f")
        }
        let sorted = DiagnosisReport.sorted([finding(.info, 0), finding(.error, 2), finding(.warning, nil), finding(.error, nil), finding(.error, 1)])
        #expect(sorted.map(\.severity) == [.error, .error, .error, .warning, .info])
        #expect(sorted.prefix(3).map { $0.certificate?.index } == [nil, 1, 2])
    }
}
