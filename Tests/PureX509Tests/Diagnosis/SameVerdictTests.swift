import PureX509ASN1
import Testing

@testable import PureX509

/// Same bytes, same verdict: `x509dump show` and `pem` (``FileContents``), `verify` and trust
/// stores (``CertificateFile/contents(of:password:fileName:)``) and `diagnose` (the
/// diagnosis' source reader and ``Diagnosis/run(_:)``) are views of one reader
/// (``InputContents``), so they read the same certificates and keys out of a file, agree
/// on whether it is readable, needs a password, has the wrong one, is damaged or is none of
/// the formats, and the diagnosis reports an unreadable file once.
///
/// Inputs: TestVectors/keys (gen/10-keys.sh and the PKCS#7/PKCS#12 scripts; password
/// `test-password`), TestVectors/keystores (`changeit`), TestVectors/damaged, and damaged
/// copies made here as they arrive in real life: a download cut off half-way.
@Suite("Same bytes, same verdict")
struct SameVerdictTests {
    /// What a reader made of a file.
    enum Verdict: String, Sendable {
        case readable, needsPassword, wrongPassword, damaged, notRecognised
    }

    /// How the diagnosis is given the file: as the served chain, or as the key of a chain.
    enum Role: Sendable {
        case served
        /// The key of the PEM certificate at this TestVectors path.
        case key(of: String)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: @Sendable () throws -> [UInt8]
        var password: String? = nil
        let role: Role
        /// The certificates every reader reads (from what OpenSSL extracted, where there is such a file).
        let certificates: @Sendable () throws -> Int
        let keys: Int
        /// The certificates a server serves from the file, when not all of them: a Java
        /// server serves the chain of its PrivateKeyEntry, not the trustedCertEntries.
        var served: Int? = nil
        let verdict: Verdict
        var mustAppear: [FindingCode] = []
        var mustNotAppear: [FindingCode] = []
        var testDescription: String { name }
    }

    /// The first `fraction` of a file: a download cut off.
    static func cut(_ path: String, _ fraction: Double = 0.5) -> @Sendable () throws -> [UInt8] {
        { let bytes = try testVector(path); return Array(bytes.prefix(Int(Double(bytes.count) * fraction))) }
    }

    static func file(_ path: String) -> @Sendable () throws -> [UInt8] { { try testVector(path) } }

    /// How many certificates OpenSSL extracted into `path` (`*.extracted-certs.pem`).
    static func openSSLCount(_ path: String) -> @Sendable () throws -> Int {
        { String(decoding: try testVector(path), as: UTF8.self).components(separatedBy: "-----BEGIN CERTIFICATE-----").count - 1 }
    }

    static func count(_ n: Int) -> @Sendable () throws -> Int { { n } }

    static let rsaCertificate = "keys/rsa-2048.cert.pem"
    static let ecCertificate = "keys/ec-p256.cert.pem"
    static let unreadableCodes: Set<FindingCode> = [.derMalformed, .wrongPassword, .formatUnknown]

    static let cases: [Case] = [
        // DER certificate.
        Case(name: "DER certificate", bytes: file("keys/rsa-2048.cert.der"), role: .served, certificates: count(1), keys: 0,
             verdict: .readable, mustAppear: [.formatDER], mustNotAppear: [.derMalformed, .formatUnknown]),
        Case(name: "DER certificate, cut off", bytes: file("damaged/truncated.der"), role: .served, certificates: count(0), keys: 0,
             verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.formatDER, .formatUnknown]),
        // DER keys: PKCS#8, SEC 1, PKCS#1, encrypted PKCS#8.
        Case(name: "DER PKCS#8 key", bytes: file("keys/rsa-2048.der"), role: .key(of: rsaCertificate), certificates: count(0), keys: 1,
             verdict: .readable, mustNotAppear: [.keyMismatch, .derMalformed, .formatUnknown, .keyEncrypted]),
        Case(name: "DER SEC 1 key", bytes: file("keys/ec-p256.sec1.der"), role: .key(of: ecCertificate), certificates: count(0), keys: 1,
             verdict: .readable, mustNotAppear: [.keyMismatch, .derMalformed, .formatUnknown]),
        Case(name: "DER PKCS#1 key", bytes: file("keys/rsa-2048.pkcs1.der"), role: .key(of: rsaCertificate), certificates: count(0), keys: 1,
             verdict: .readable, mustNotAppear: [.keyMismatch, .derMalformed, .formatUnknown]),
        Case(name: "DER PKCS#8 key of another certificate", bytes: file("keys/ec-p256-other.der"), role: .key(of: ecCertificate),
             certificates: count(0), keys: 1, verdict: .readable, mustAppear: [.keyMismatch], mustNotAppear: [.derMalformed]),
        Case(name: "DER encrypted key, right password", bytes: file("keys/ec-p256.pbes2-aes256-sha256.der"), password: "test-password",
             role: .key(of: ecCertificate), certificates: count(0), keys: 1, verdict: .readable, mustAppear: [.keyEncrypted],
             mustNotAppear: [.keyMismatch, .wrongPassword, .derMalformed]),
        Case(name: "DER encrypted key, no password", bytes: file("keys/ec-p256.pbes2-aes256-sha256.der"),
             role: .key(of: ecCertificate), certificates: count(0), keys: 0, verdict: .needsPassword, mustAppear: [.keyEncrypted],
             mustNotAppear: [.keyMismatch, .wrongPassword, .derMalformed]),
        Case(name: "DER encrypted key, wrong password", bytes: file("keys/ec-p256.pbes2-aes256-sha256.der"), password: "battery-staple",
             role: .key(of: ecCertificate), certificates: count(0), keys: 0, verdict: .wrongPassword, mustAppear: [.wrongPassword],
             mustNotAppear: [.keyMismatch, .derMalformed]),
        Case(name: "DER PKCS#8 key, cut off", bytes: cut("keys/rsa-2048.der"), role: .key(of: rsaCertificate), certificates: count(0),
             keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.keyMismatch]),
        Case(name: "DER SEC 1 key, cut off", bytes: cut("keys/ec-p256.sec1.der"), role: .key(of: ecCertificate), certificates: count(0),
             keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.keyMismatch]),
        Case(name: "DER PKCS#1 key, cut off", bytes: cut("keys/rsa-2048.pkcs1.der"), role: .key(of: rsaCertificate), certificates: count(0),
             keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.keyMismatch]),
        // PKCS#12.
        Case(name: "PKCS#12, right password", bytes: file("keys/default.p12"), password: "test-password", role: .served,
             certificates: openSSLCount("keys/default.p12.extracted-certs.pem"), keys: 1, verdict: .readable,
             mustAppear: [.formatPKCS12], mustNotAppear: [.wrongPassword, .derMalformed, .keyMismatch]),
        Case(name: "PKCS#12, wrong password", bytes: file("keys/default.p12"), password: "battery-staple", role: .served,
             certificates: count(0), keys: 0, verdict: .wrongPassword, mustAppear: [.formatPKCS12, .wrongPassword],
             mustNotAppear: [.derMalformed]),
        Case(name: "PKCS#12, no password", bytes: file("keys/default.p12"), role: .served, certificates: count(0), keys: 0,
             verdict: .needsPassword, mustAppear: [.formatPKCS12], mustNotAppear: [.wrongPassword, .derMalformed]),
        Case(name: "PKCS#12, empty password, none given", bytes: file("keys/empty-password.p12"), role: .served,
             certificates: openSSLCount("keys/empty-password.p12.extracted-certs.pem"), keys: 1, verdict: .readable,
             mustAppear: [.formatPKCS12], mustNotAppear: [.wrongPassword, .derMalformed]),
        Case(name: "PKCS#12, one byte flipped, right password", bytes: file("keys/corrupt.p12"), password: "test-password",
             role: .served, certificates: count(0), keys: 0, verdict: .damaged, mustAppear: [.formatPKCS12, .derMalformed],
             mustNotAppear: [.wrongPassword]),
        Case(name: "PKCS#12, cut off", bytes: file("keys/truncated.p12"), password: "test-password", role: .served,
             certificates: count(0), keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.wrongPassword]),
        // PKCS#7, DER and PEM.
        Case(name: "PKCS#7 DER", bytes: file("keys/chain.p7b.der"), role: .served,
             certificates: openSSLCount("keys/chain.p7b.der.extracted-certs.pem"), keys: 0, verdict: .readable,
             mustAppear: [.formatPKCS7], mustNotAppear: [.derMalformed, .formatUnknown]),
        Case(name: "PKCS#7 PEM", bytes: file("keys/chain.p7b"), role: .served,
             certificates: openSSLCount("keys/chain.p7b.extracted-certs.pem"), keys: 0, verdict: .readable,
             mustAppear: [.formatPKCS7], mustNotAppear: [.derMalformed, .formatUnknown]),
        Case(name: "PKCS#7 DER, cut off", bytes: cut("keys/chain.p7b.der"), role: .served, certificates: count(0), keys: 0,
             verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.formatUnknown]),
        Case(name: "PKCS#7 PEM around a cut-off bundle", bytes: {
                 let der = try testVector("keys/chain.p7b.der")
                 return Array(PEMWriter.encode(Array(der.prefix(der.count / 2)), label: .pkcs7).utf8)
             }, role: .served, certificates: count(0), keys: 0, verdict: .damaged, mustAppear: [.derMalformed],
             mustNotAppear: [.formatUnknown]),
        // Java keystores.
        // keytool -list -v: a trustedCertEntry and a PrivateKeyEntry with a chain of 3.
        Case(name: "JKS, right password", bytes: file("keystores/server.jks"), password: "changeit", role: .served,
             certificates: count(4), keys: 1, served: 3, verdict: .readable, mustNotAppear: [.wrongPassword, .derMalformed, .keyEncrypted]),
        Case(name: "JKS, no password", bytes: file("keystores/server.jks"), role: .served,
             certificates: count(4), keys: 0, served: 3, verdict: .needsPassword, mustAppear: [.keyEncrypted],
             mustNotAppear: [.wrongPassword, .derMalformed]),
        Case(name: "JKS, wrong password", bytes: file("keystores/server.jks"), password: "battery-staple", role: .served,
             certificates: count(0), keys: 0, verdict: .wrongPassword, mustAppear: [.wrongPassword], mustNotAppear: [.derMalformed]),
        Case(name: "JKS, cut off", bytes: file("keystores/server-truncated.jks"), password: "changeit", role: .served,
             certificates: count(0), keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.wrongPassword]),
        Case(name: "JKS, one byte flipped", bytes: file("keystores/server-flipped.jks"), password: "changeit", role: .served,
             certificates: count(0), keys: 0, verdict: .damaged, mustAppear: [.derMalformed], mustNotAppear: [.wrongPassword]),
        // None of these.
        Case(name: "a saved error page", bytes: { Array("<!DOCTYPE html><html><body>404 Not Found</body></html>\n".utf8) },
             role: .served, certificates: count(0), keys: 0, verdict: .notRecognised, mustAppear: [.formatUnknown],
             mustNotAppear: [.derMalformed]),
        Case(name: "DER that is no certificate, key or container", bytes: { [0x30, 0x06, 0x02, 0x01, 0x05, 0x04, 0x01, 0x00] },
             role: .served, certificates: count(0), keys: 0, verdict: .notRecognised, mustAppear: [.formatUnknown],
             mustNotAppear: [.formatDER]),
    ]

    /// The verdict of the one reader's report. A keystore's keys that were not opened are
    /// reported on their entries (`keyProblem`, which `show` prints), not as unreadable.
    static func verdict(_ input: InputContents) -> Verdict {
        var kinds = input.unreadable.map(\.error.kind)
        for item in input.items {
            if case .javaKeyStore(let store) = item.content { kinds += store.entries.compactMap(\.keyProblem?.kind) }
        }
        if kinds.contains(.wrongPassword) { return .wrongPassword }
        if kinds.contains(.passwordRequired) { return .needsPassword }
        if kinds.isEmpty { return .readable }
        // "Not a format read here", then where the bytes break: damaged when the DER framing
        // itself breaks (cut off), not recognised when it is whole DER of no known kind (or
        // no DER at all).
        if kinds.first == .wrongFormat {
            if case .binary = input.format.kind, kinds.count > 1 { return .damaged }
            return .notRecognised
        }
        return .damaged
    }

    /// The verdict of the diagnosis' findings about the file.
    static func verdict(_ findings: [Finding]) -> Verdict {
        let codes = Set(findings.map(\.code))
        if codes.contains(.wrongPassword) { return .wrongPassword }
        if codes.contains(.derMalformed) { return .damaged }
        if codes.contains(.keyEncrypted) && !findings.contains(where: { $0.message.contains("password given decrypts it") }) {
            return .needsPassword
        }
        if findings.contains(where: { $0.code == .formatPKCS12 && $0.severity == .error }) { return .needsPassword }
        if codes.contains(.formatUnknown) { return .notRecognised }
        return .readable
    }

    static let at: Int64 = 1_796_083_200  // 2026-12-01T00:00:00Z

    @Test(arguments: cases)
    func sameVerdict(_ row: Case) throws {
        let bytes = try row.bytes()
        let expectedCertificates = try row.certificates()
        let name: String
        switch row.role {
        case .served: name = "served.bin"
        case .key: name = "key.bin"
        }

        // show, pem: FileContents.
        let shown = FileContents(bytes: bytes, password: row.password)
        #expect(shown.allCertificates.count == expectedCertificates, "show")
        #expect(shown.allPrivateKeys.count == row.keys, "show")
        #expect(Self.verdict(shown.input) == row.verdict, "show: \(shown.input.unreadable)")

        // verify, trust stores: CertificateFile.contents.
        let verified = CertificateFile.contents(of: bytes, password: row.password, fileName: name)
        #expect(verified.certificates.count == expectedCertificates, "verify")
        // A key that needs a password is not a certificate that could not be read (the
        // view's rule): only a file whose certificates are locked too is listed.
        var onlyKeyLocked = expectedCertificates > 0
        if case .key = row.role { onlyKeyLocked = true }
        #expect(verified.unreadable.isEmpty == (row.verdict == .readable || row.verdict == .needsPassword && onlyKeyLocked),
                "verify: \(verified.unreadable)")

        // diagnose: the source reader, as the served chain and as the key.
        let source = DiagnosisSource(name: name, bytes: bytes, permissions: 0o600)
        var served = DiagnosisContext()
        let asServed = SourceReader(source: source, role: .served, password: row.password).read(into: &served)
        #expect(asServed.certificates.count == row.served ?? expectedCertificates, "diagnose")
        var asKeyContext = DiagnosisContext()
        let asKey = SourceReader(source: source, role: .key, password: row.password).read(into: &asKeyContext)
        #expect(asKey.keys.filter { $0.key != nil }.count == row.keys, "diagnose")

        // diagnose: the whole run, with the file in its role.
        var input = DiagnosisInput(certificates: [], time: Self.at)
        input.password = row.password
        input.trustAnchors = []
        switch row.role {
        case .served:
            input.certificates = [source]
        case .key(let certificate):
            input.certificates = [DiagnosisSource(name: "chain.pem", bytes: try testVector(certificate), permissions: 0o600)]
            input.key = source
        }
        let findings = Diagnosis.run(input).findings
        let about = findings.filter { $0.file == name }
        #expect(Self.verdict(about) == row.verdict, "diagnose: \(about.map { "\($0.code.rawValue): \($0.message)" })")
        let codes = Set(findings.map(\.code))
        for code in row.mustAppear { #expect(codes.contains(code), "\(code.rawValue) missing: \(findings.map(\.code.rawValue))") }
        for code in row.mustNotAppear { #expect(!codes.contains(code), "\(code.rawValue) present: \(findings.map(\.message))") }
        // What could not be read is reported once.
        let unreadable = about.filter { Self.unreadableCodes.contains($0.code) }
        let expected = row.verdict == .readable || row.verdict == .needsPassword ? 0 : 1
        #expect(unreadable.count == expected, "\(unreadable.map { "\($0.code.rawValue): \($0.message)" })")
    }
}
