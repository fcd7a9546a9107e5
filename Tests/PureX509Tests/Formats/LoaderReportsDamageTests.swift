import Foundation
import PureX509
import Testing

/// No loader drops a damaged block without reporting it (issue 15): every way the library
/// turns a file into certificates, over inputs made by TestVectors/gen/15-damaged.sh, reports
/// the block it could not read with its place, and never loads "1 certificate, no error"
/// from a file of two with one damaged. A .p12 handed to a certificate loader says it is
/// PKCS#12 and how to open it.
@Suite("Every loader reports what it could not read")
struct LoaderReportsDamageTests {
    static func damaged(_ name: String) -> String { packageRoot.appendingPathComponent("TestVectors/damaged/\(name)").path }

    /// A loader: what it reports about the file at a path (the descriptions of every problem,
    /// thrown or returned), and how many certificates it loaded.
    struct Loader: CustomTestStringConvertible, Sendable {
        let name: String
        /// True for the `init(pemEncoded:)` loaders, which take PEM text only (the DER inputs
        /// are given to them as the file initialisers' rows instead).
        var pemOnly = false
        let load: @Sendable (String) -> (reports: [String], certificates: Int)
        var testDescription: String { name }
    }

    /// One input: what every loader's report must contain.
    struct Input: CustomTestStringConvertible, Sendable {
        let file: String
        /// Phrases that some report must contain.
        let mentions: [String]
        /// The certificates of the file that can be read.
        let readable: Int
        var testDescription: String { file }
    }

    static func bytes(_ path: String) -> [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()) }

    /// A scratch directory holding the file under a certificate name (`ca.pem`), for
    /// directory loading.
    static func directoryHolding(_ path: String) -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-loader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(atPath: path, toPath: directory.appendingPathComponent("ca.pem").path)
        return directory
    }

    static let loaders: [Loader] = [
        Loader(name: "InputContents") { path in
            let input = InputContents(bytes: bytes(path), fileName: path)
            return (input.unreadable.map(\.description), input.allCertificates.count)
        },
        Loader(name: "FileContents") { path in
            let contents = FileContents(bytes: bytes(path))
            return (contents.input.unreadable.map(\.description), contents.allCertificates.count)
        },
        Loader(name: "CertificateFile.contents") { path in
            let contents = CertificateFile.contents(of: bytes(path), fileName: path)
            return (contents.unreadable.map(\.description), contents.certificates.count)
        },
        Loader(name: "CertificateFile.load") { path in
            do {
                return ([], try CertificateFile.load(path).count)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "Certificate(contentsOfFile:)") { path in
            do {
                _ = try Certificate(contentsOfFile: path)
                return ([], 1)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "[Certificate](contentsOfFile:)") { path in
            do {
                return ([], try [Certificate](contentsOfFile: path).count)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "Certificate(pemEncoded:)", pemOnly: true) { path in
            do {
                _ = try Certificate(pemEncoded: String(decoding: bytes(path), as: UTF8.self))
                return ([], 1)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "[Certificate](pemEncoded:)", pemOnly: true) { path in
            do {
                return ([], try [Certificate](pemEncoded: bytes(path)).count)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "TrustStore(contentsOf:) file") { path in
            do {
                return ([], try TrustStore(contentsOf: [path]).count)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "TrustStore(contentsOf:problems:) file") { path in
            var problems: [ReadError] = []
            do {
                let store = try TrustStore(contentsOf: [path], problems: &problems)
                return (problems.map(\.description), store.count)
            } catch {
                return (problems.map(\.description) + ["\(error)"], 0)
            }
        },
        Loader(name: "TrustStore(contentsOf:problems:) directory") { path in
            let directory = directoryHolding(path)
            defer { try? FileManager.default.removeItem(at: directory) }
            var problems: [ReadError] = []
            do {
                let store = try TrustStore(contentsOf: [directory.path], problems: &problems)
                return (problems.map(\.description), store.count)
            } catch {
                return (problems.map(\.description) + ["\(error)"], 0)
            }
        },
        Loader(name: "TrustStore(contentsOf:) directory") { path in
            let directory = directoryHolding(path)
            defer { try? FileManager.default.removeItem(at: directory) }
            do {
                return ([], try TrustStore(contentsOf: [directory.path]).count)
            } catch {
                return (["\(error)"], 0)
            }
        },
        Loader(name: "Diagnosis (served chain)") { path in
            let report = Diagnosis.run(DiagnosisInput(certificates: [DiagnosisSource.read(path)], time: 1_795_000_000))
            let unreadable = report.findings.filter { [.derMalformed, .formatPKCS12, .formatUnknown].contains($0.code) }
            return (unreadable.map { "\($0.message) \($0.fix)" }, report.certificates.count)
        },
    ]

    static let inputs: [Input] = [
        // The second of two certificates is damaged: never "1 certificate, no error".
        Input(file: "two-one-damaged.pem", mentions: ["line 14", "subjectAltName"], readable: 1),
        // The first block is damaged (the leaf of a chain).
        Input(file: "damaged-first.pem", mentions: ["line 1", "notAfter"], readable: 1),
        Input(file: "bad-extension.pem", mentions: ["line 1", "subjectAltName"], readable: 0),
        Input(file: "truncated.der", mentions: ["truncated"], readable: 0),
        // A .p12 handed to a certificate loader says it is PKCS#12 and how to open it.
        Input(file: "leaf.p12", mentions: ["PKCS#12", "password"], readable: 0),
    ]

    static let pairs: [(Loader, Input)] = loaders.flatMap { loader in
        inputs.filter { !loader.pemOnly || $0.file.hasSuffix(".pem") }.map { (loader, $0) }
    }

    @Test(arguments: pairs)
    func reportsTheDamage(_ loader: Loader, _ input: Input) {
        let (reports, certificates) = loader.load(Self.damaged(input.file))
        #expect(!reports.isEmpty, "\(loader.name) loaded \(certificates) certificate(s) from \(input.file) and reported nothing")
        let text = reports.joined(separator: "\n")
        for phrase in input.mentions {
            #expect(text.contains(phrase), "\(loader.name) on \(input.file) does not say \"\(phrase)\":\n\(text)")
        }
        // Loaders that keep the rest keep exactly the readable certificates; none invents one.
        #expect(certificates <= input.readable)
    }

    /// The sound file loads everywhere with nothing reported (so the test above can fail).
    @Test(arguments: loaders)
    func soundFileReportsNothing(_ loader: Loader) {
        let (reports, certificates) = loader.load(Self.damaged("leaf.pem"))
        #expect(reports.isEmpty, "\(reports)")
        #expect(certificates == 1)
    }

    /// The typed error of `CertificateFile.load` names every block: position, PEM line,
    /// byte offset, typed reason.
    @Test func loadThrowsEveryBlockTyped() throws {
        let path = Self.damaged("two-one-damaged.pem")
        do {
            _ = try CertificateFile.load(path)
            Issue.record("loaded a file with a damaged block")
        } catch {
            guard case .unreadableBlocks(let file, let blocks) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
            #expect(blocks.count == 1)
            let block = try #require(blocks.first)
            #expect(block.position == 1)
            #expect(block.pemLine == 14)
            #expect(block.byteOffset > 700 && block.byteOffset < 800)
            #expect(block.label == "CERTIFICATE")
            #expect(block.error.kind == .malformed)
            #expect((block.error.offset ?? 0) > 0)
        }
    }

    /// The PKCS#12 file opens with its password through the same loader.
    @Test func pkcs12LoadsWithItsPassword() throws {
        #expect(try CertificateFile.load(Self.damaged("leaf.p12"), password: "secret").count == 1)
    }

    /// A file initialiser of one readable type, and the error it throws for a path.
    struct FileInitialiser: CustomTestStringConvertible, Sendable {
        let name: String
        let read: @Sendable (String) throws(ReadError) -> Void
        var testDescription: String { name }
    }

    static let fileInitialisers: [FileInitialiser] = [
        FileInitialiser(name: "Certificate") { path throws(ReadError) in _ = try Certificate(contentsOfFile: path) },
        FileInitialiser(name: "[Certificate]") { path throws(ReadError) in _ = try [Certificate](contentsOfFile: path) },
        FileInitialiser(name: "CertificateSigningRequest") { path throws(ReadError) in _ = try CertificateSigningRequest(contentsOfFile: path) },
        FileInitialiser(name: "CertificateRevocationList") { path throws(ReadError) in _ = try CertificateRevocationList(contentsOfFile: path) },
        FileInitialiser(name: "SubjectPublicKeyInfo") { path throws(ReadError) in _ = try SubjectPublicKeyInfo(contentsOfFile: path) },
        FileInitialiser(name: "PrivateKey") { path throws(ReadError) in _ = try PrivateKey(contentsOfFile: path) },
        FileInitialiser(name: "PKCS7Bundle") { path throws(ReadError) in _ = try PKCS7Bundle(contentsOfFile: path) },
        FileInitialiser(name: "PKCS12Bundle") { path throws(ReadError) in _ = try PKCS12Bundle(contentsOfFile: path) },
        FileInitialiser(name: "JavaKeyStore") { path throws(ReadError) in _ = try JavaKeyStore(contentsOfFile: path) },
    ]

    static let filePairs: [(FileInitialiser, Input)] = fileInitialisers.flatMap { reader in inputs.map { (reader, $0) } }

    /// Every file initialiser is a view of the one reader: for a damaged file, whatever type
    /// it reads, it throws the damage (never "not a private key"), and the blocks it names are
    /// exactly those ``InputContents`` reports for the same bytes.
    @Test(arguments: filePairs)
    func everyFileInitialiserReportsTheDamage(_ reader: FileInitialiser, _ input: Input) {
        let path = Self.damaged(input.file)
        do {
            try reader.read(path)
            Issue.record("\(reader.name) read \(input.file)")
        } catch {
            guard case .unreadableBlocks(let file, let blocks) = error else {
                Issue.record("\(reader.name) on \(input.file): \(error)")
                return
            }
            #expect(file == path)
            #expect(blocks == InputContents(bytes: Self.bytes(path), fileName: path).unreadable)
            for phrase in input.mentions {
                #expect(error.description.contains(phrase), "\(reader.name) on \(input.file) does not say \"\(phrase)\":\n\(error)")
            }
        }
    }

    /// The sound certificate file: its own initialisers read it, every other type says what
    /// it expected and what the file holds.
    @Test(arguments: fileInitialisers)
    func soundFileIsReadOrNamed(_ reader: FileInitialiser) {
        do {
            try reader.read(Self.damaged("leaf.pem"))
            #expect(["Certificate", "[Certificate]"].contains(reader.name), "\(reader.name) read a certificate file")
        } catch {
            guard case .unexpectedContents(_, let expected, let found, _) = error else {
                Issue.record("\(reader.name): \(error)")
                return
            }
            #expect(!["Certificate", "[Certificate]"].contains(reader.name))
            #expect(found == "a certificate")
            #expect(!expected.isEmpty)
        }
    }

    /// A .p12 given to the PKCS#12 initialiser with its password opens; to the certificate
    /// initialiser it says it is PKCS#12 and how to open it.
    @Test func pkcs12ThroughTheFileInitialisers() throws {
        let path = Self.damaged("leaf.p12")
        let bundle = try PKCS12Bundle(contentsOfFile: path, password: "secret")
        #expect(bundle.certificates.count == 1)
        #expect(try [Certificate](contentsOfFile: path, password: "secret") == bundle.certificates)
        #expect {
            try Certificate(contentsOfFile: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("this is PKCS#12") && text.contains("PKCS12Bundle(contentsOfFile:password:)")
        }
    }
}
