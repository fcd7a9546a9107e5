import Foundation
import PureX509
import PureX509ASN1
import Testing
@testable import x509dump

/// `x509dump show`: every kind of input through `FileContents`, text and JSON from the same
/// values, `--pem`, key matching, passwords, problems with their place, exit codes. Expected
/// values come from what OpenSSL recorded for the committed vectors.
@Suite("x509dump show")
struct ShowCommandTests {
    static let at = ["--at", "2026-11-22T12:00:00Z"]

    /// Runs show in-process (pinned time) and returns what it would write.
    static func show(_ arguments: [String]) throws -> ShowCommand.Result {
        ShowCommand.execute(try ParsedArguments(arguments + at, spec: ShowCommand.options))
    }

    /// Runs `show --json` and returns the parsed inputs.
    static func json(_ arguments: [String]) throws -> (inputs: [[String: Any]], exitCode: Int32) {
        let result = try show(["--json"] + arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return (try #require(object["inputs"] as? [[String: Any]]), result.exitCode)
    }

    static func items(_ input: [String: Any]) -> [[String: Any]] { input["items"] as? [[String: Any]] ?? [] }
    static func problems(_ input: [String: Any]) -> [[String: Any]] { input["problems"] as? [[String: Any]] ?? [] }
    static func kinds(_ input: [String: Any]) -> [String] { items(input).map { $0["kind"] as? String ?? "?" } }

    // MARK: Certificates against OpenSSL

    /// One `[file]` section of TestVectors/certs/expected.txt (recorded with `openssl x509`).
    struct Recorded: CustomTestStringConvertible, Sendable {
        let file: String
        let fields: [String: String]
        var testDescription: String { file }

        static func all() -> [Recorded] {
            guard let text = try? String(contentsOfFile: vectorPath("certs/expected.txt"), encoding: .utf8) else { return [] }
            var result: [Recorded] = []
            var file: String?
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    if let file { result.append(Recorded(file: file, fields: fields)) }
                    file = String(line.dropFirst().dropLast())
                    fields = [:]
                } else if let colon = line.firstIndex(of: ":"), file != nil {
                    fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                }
            }
            if let file { result.append(Recorded(file: file, fields: fields)) }
            return result
        }
    }

    @Test func openSSLRecordsWereFound() {
        #expect(Recorded.all().count >= 7)
    }

    @Test(arguments: Recorded.all())
    func jsonAgreesWithOpenSSL(_ recorded: Recorded) throws {
        let (inputs, exitCode) = try Self.json([vectorPath("certs/" + recorded.file)])
        #expect(exitCode == 0)
        let input = try #require(inputs.first)
        let certificate = try #require(Self.items(input).first { $0["kind"] as? String == "certificate" })
        let subject = try #require(certificate["subject"] as? [String: Any])
        let issuer = try #require(certificate["issuer"] as? [String: Any])
        let f = recorded.fields
        #expect(subject["text"] as? String == f["subject"])
        #expect(subject["rfc4514"] as? String == f["subject_rfc2253"])
        #expect(issuer["text"] as? String == f["issuer"])
        #expect(issuer["rfc4514"] as? String == f["issuer_rfc2253"])
        func bare(_ hex: String?) -> String? {
            hex.map { String($0.filter { $0 != ":" }.lowercased().drop { $0 == "0" }) }
        }
        #expect(bare(certificate["serialNumber"] as? String) == bare(f["serial"]))
        #expect(certificate["notBefore"] as? String == f["notBefore"]?.replacingOccurrences(of: " ", with: "T"))
        #expect(certificate["notAfter"] as? String == f["notAfter"]?.replacingOccurrences(of: " ", with: "T"))
        #expect(certificate["sha256"] as? String == f["sha256"]?.replacingOccurrences(of: ":", with: "").lowercased())
        #expect(certificate["sha1"] as? String == f["sha1"]?.replacingOccurrences(of: ":", with: "").lowercased())
        let key = try #require(certificate["subjectPublicKeyInfo"] as? [String: Any])
        if let bits = f["keyBits"].flatMap({ Int($0) }) { #expect(key["bits"] as? Int == bits) }
        #expect(key["algorithmName"] as? String == f["keyAlgorithm"])
        // DNS names and e-mail addresses, in order, as OpenSSL printed them.
        let recordedSAN = (f["san"] ?? "").components(separatedBy: ", ").filter { $0.hasPrefix("DNS:") || $0.hasPrefix("email:") }
        let extensions = certificate["extensions"] as? [[String: Any]] ?? []
        let san = (extensions.first { $0["oid"] as? String == "2.5.29.17" }?["value"] as? [[String: Any]]) ?? []
        let shown = san.compactMap { name -> String? in
            switch name["type"] as? String {
            case "dNSName": return "DNS:" + (name["value"] as? String ?? "")
            case "rfc822Name": return "email:" + (name["value"] as? String ?? "")
            default: return nil
            }
        }
        #expect(shown == recordedSAN)
        #expect((certificate["source"] as? [String: Any])?["certificate"] as? Int == 1)
    }

    @Test func textIsReadAtAGlance() throws {
        let recorded = try #require(Recorded.all().first { $0.file == "leaf-rsa2048.pem" })
        let path = vectorPath("certs/leaf-rsa2048.pem")
        let result = try Self.show([path])
        #expect(result.exitCode == 0)
        let text = result.standardOutput
        #expect(text.hasPrefix(path + ": PEM text with 1 CERTIFICATE block\n"))
        #expect(text.contains("Certificate #1 (\(path), line 1)"))
        #expect(text.contains("  Subject:       " + (recorded.fields["subject"] ?? "?")))
        #expect(text.contains("valid, expires in 8 years"))  // 2035-01-01 seen from 2026-11-22
        #expect(text.contains("DNS:www.example.test"))
        #expect(text.contains("  SHA-256:       " + (recorded.fields["sha256"] ?? "?")))
        #expect(text.contains("  Role:          leaf"))
        #expect(result.standardError.isEmpty)
        // Validity is judged at --at.
        let later = ShowCommand.execute(try ParsedArguments([path, "--at", "2036-06-01"], spec: ShowCommand.options))
        #expect(later.standardOutput.contains("expired 517 days ago"))
    }

    // MARK: Keys

    struct KeyCase: CustomTestStringConvertible, Sendable {
        let key: String
        let certificates: [String]
        /// The certificate file the key belongs to, nil when none.
        let match: String?
        let pinName: String
        /// PureX509 cannot derive this key's public key (an Ed448 key file without it).
        var undetermined = false
        var testDescription: String { "\(key) with \(certificates.joined(separator: ", "))" }
    }

    static let keyCases: [KeyCase] = [
        KeyCase(key: "rsa-2048.pem", certificates: ["ec-p256.cert.pem", "rsa-2048.cert.pem"], match: "rsa-2048.cert.pem", pinName: "rsa-2048"),
        KeyCase(key: "rsa-2048.pkcs1.pem", certificates: ["rsa-2048.cert.pem"], match: "rsa-2048.cert.pem", pinName: "rsa-2048"),
        KeyCase(key: "rsa-2048-other.pem", certificates: ["rsa-2048.cert.pem"], match: nil, pinName: "rsa-2048-other"),
        KeyCase(key: "ec-p256.sec1-nopub.pem", certificates: ["ec-p256.cert.pem"], match: "ec-p256.cert.pem", pinName: "ec-p256"),
        KeyCase(key: "ec-p256-other.pem", certificates: ["ec-p256.cert.pem"], match: nil, pinName: "ec-p256-other"),
        KeyCase(key: "ec-p384.der", certificates: ["ec-p384.cert.pem", "ec-p521.cert.pem"], match: "ec-p384.cert.pem", pinName: "ec-p384"),
        KeyCase(key: "ed25519.pem", certificates: ["ed25519.cert.pem"], match: "ed25519.cert.pem", pinName: "ed25519"),
        KeyCase(key: "ed25519-other.pem", certificates: ["ed25519.cert.pem"], match: nil, pinName: "ed25519-other"),
        KeyCase(key: "ed448.v2.pem", certificates: ["ed448.cert.pem"], match: "ed448.cert.pem", pinName: "ed448"),
        KeyCase(key: "rsa-pss.pem", certificates: ["rsa-pss.cert.pem"], match: "rsa-pss.cert.pem", pinName: "rsa-pss"),
        KeyCase(key: "dsa.pem", certificates: ["rsa-2048.cert.pem", "dsa.cert.pem"], match: "dsa.cert.pem", pinName: "dsa"),
        KeyCase(key: "ed448.pem", certificates: ["ed448.cert.pem"], match: nil, pinName: "ed448", undetermined: true),
    ]

    /// pin-sha256 of each public key as OpenSSL computed it (TestVectors/keys/pins.txt).
    static func pins() throws -> [String: String] {
        let text = try String(contentsOfFile: vectorPath("keys/pins.txt"), encoding: .utf8)
        return Dictionary(text.split(separator: "\n").compactMap { line -> (String, String)? in
            let words = line.split(separator: " ")
            return words.count == 2 ? (String(words[0]), String(words[1])) : nil
        }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: keyCases)
    func keyMatchesItsCertificate(_ keyCase: KeyCase) throws {
        let keyPath = vectorPath("keys/" + keyCase.key)
        let certificatePaths = keyCase.certificates.map { vectorPath("keys/" + $0) }
        let (inputs, exitCode) = try Self.json([keyPath] + certificatePaths)
        #expect(exitCode == 0)
        let input = try #require(inputs.first)
        let key = try #require(Self.items(input).first)
        #expect(key["kind"] as? String == "privateKey")
        let matches = key["matches"] as? [[String: Any]] ?? []
        let text = try Self.show([keyPath] + certificatePaths).standardOutput
        if keyCase.undetermined {
            #expect(key["pinSHA256"] is NSNull)
            #expect(matches.map { $0["result"] as? String }.allSatisfy { $0?.hasPrefix("cannot tell") == true })
            #expect(matches.count == keyCase.certificates.count)
            #expect(text.contains("  Certificate:   cannot tell: "))
            return
        }
        #expect(key["pinSHA256"] as? String == (try Self.pins())[keyCase.pinName])
        #expect(matches.map { $0["file"] as? String } == (keyCase.match.map { [vectorPath("keys/" + $0)] } ?? []))
        #expect(matches.allSatisfy { $0["result"] as? String == "matches" && $0["certificate"] as? Int == 1 })
        if let match = keyCase.match {
            #expect(text.contains("  Certificate:   matches #1 in \(vectorPath("keys/" + match)) ("))
        } else {
            let count = keyCase.certificates.count
            #expect(text.contains("  Certificate:   matches none of the \(count) certificate\(count == 1 ? "" : "s") given"))
        }
    }

    @Test func requestMatchesItsCertificate() throws {
        let (inputs, _) = try Self.json([vectorPath("keys/ec-p256.csr.pem"), vectorPath("keys/ec-p256.cert.pem"),
                                         vectorPath("keys/rsa-2048.cert.pem")])
        let request = try #require(Self.items(inputs[0]).first)
        #expect(request["kind"] as? String == "certificateRequest")
        let matches = request["matches"] as? [[String: Any]] ?? []
        #expect(matches.map { $0["file"] as? String } == [vectorPath("keys/ec-p256.cert.pem")])
    }

    /// Private key values never appear: no 16-byte run of the key's DER (past its first 32
    /// bytes of framing and algorithm identifiers), in hex of either case, with or without
    /// colons, nor any line of its base64, in the text or the JSON.
    @Test(arguments: ["rsa-2048.pem", "ec-p256.sec1.pem", "ed25519.pem", "ed448.pem", "x25519.pem", "dsa.pem",
                      "rsa-2048.der", "ec-p256.pbes2-aes256-sha256.pem"])
    func privateKeyValuesAreNeverPrinted(_ name: String) throws {
        let path = vectorPath("keys/" + name)
        let bytes = try vectorBytes("keys/" + name)
        var der = bytes
        var base64Lines: [String] = []
        if let document = try? PEMDocument(parsing: bytes), let block = document.blocks.first {
            der = block.der
            base64Lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
                .filter { !$0.hasPrefix("-----") && $0.count >= 16 }
        }
        let arguments = [path, "--password", "test-password"]
        let outputs = [try Self.show(arguments).standardOutput, try Self.show(["--json"] + arguments).standardOutput]
        #expect(outputs.allSatisfy { $0.contains("Private key") || $0.contains("privateKey") })
        for output in outputs {
            let squeezed = output.lowercased().filter { $0 != ":" && $0 != " " }
            for start in stride(from: 32, to: der.count - 16, by: 8) {
                let run = der[start..<(start + 16)].map { String(format: "%02x", $0) }.joined()
                #expect(!squeezed.contains(run), "bytes \(start)..<\(start + 16) of the key appear in the output")
            }
            for line in base64Lines { #expect(!output.contains(line)) }
        }
    }

    @Test func encryptedKeyNeedsItsPassword() throws {
        let path = vectorPath("keys/rsa-2048.pbes2-aes256-sha256.pem")
        let (locked, lockedExit) = try Self.json([path])
        #expect(lockedExit == 1)
        #expect(Self.kinds(locked[0]) == ["encryptedPrivateKey"])
        #expect(Self.problems(locked[0]).first?["kind"] as? String == "passwordRequired")
        #expect(Self.problems(locked[0]).first?["line"] as? Int == 1)
        let (open, openExit) = try Self.json([path, "--password", "test-password"])
        #expect(openExit == 0)
        let key = try #require(Self.items(open[0]).first)
        #expect(key["kind"] as? String == "privateKey")
        #expect(key["bits"] as? Int == 2048)
        #expect((key["encryption"] as? String)?.hasPrefix("PBES2") == true)
    }

    /// A CRL names its issuer among the inputs and the certificates it revokes; a revoked
    /// certificate says so (TestVectors/keys/intermediate.crl.* revokes the ec-p384 leaf).
    @Test func crlRevocationsAcrossInputs() throws {
        let crlPath = vectorPath("keys/intermediate.crl.pem")
        let arguments = [crlPath, vectorPath("keys/ec-p384.cert.pem"), vectorPath("keys/chain.pem")]
        let (inputs, exitCode) = try Self.json(arguments)
        #expect(exitCode == 0)
        let crl = try #require(Self.items(inputs[0]).first)
        #expect(crl["kind"] as? String == "crl")
        let issuedBy = crl["issuedBy"] as? [[String: Any]] ?? []
        #expect(issuedBy.map { $0["file"] as? String } == [vectorPath("keys/chain.pem")])
        #expect(issuedBy.first?["certificate"] as? Int == 2)
        let revokes = crl["revokes"] as? [[String: Any]] ?? []
        #expect(revokes.map { $0["file"] as? String } == [vectorPath("keys/ec-p384.cert.pem")])
        let revoked = try #require(Self.items(inputs[1]).first)
        #expect((revoked["revokedBy"] as? [[String: Any]])?.first?["reason"] as? String == "keyCompromise")
        let leaves = Self.items(inputs[2]).map { ($0["revokedBy"] as? [Any])?.count }
        #expect(leaves == [0, 0, 0])
        let text = try Self.show(arguments).standardOutput
        #expect(text.contains("  REVOKED:       by the CRL in \(crlPath) since "))
        #expect(text.contains("  Revokes:       #1 in \(vectorPath("keys/ec-p384.cert.pem")) (O=PureX509 tests,CN=ec-p384)"))
    }

    // MARK: Containers

    /// The DER of every certificate in a PEM file (what OpenSSL extracted).
    static func certificateDERs(_ path: String) throws -> [[UInt8]] {
        try PEMDocument(parsing: try vectorBytes(path)).blocks.filter { $0.label == .certificate }.map(\.der)
    }

    static func certificateDERs(pem text: String) throws -> [[UInt8]] {
        try PEMDocument(parsing: Array(text.utf8)).blocks.map(\.der)
    }

    struct PasswordCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let environment: [String: String]
        let exitCode: Int32
        let problem: String?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let passwordCases: [PasswordCase] = [
        PasswordCase(arguments: ["--password", "test-password"], environment: [:], exitCode: 0, problem: nil),
        PasswordCase(arguments: ["--password-env", "X509DUMP_TEST_P12"], environment: ["X509DUMP_TEST_P12": "test-password"],
                     exitCode: 0, problem: nil),
        PasswordCase(arguments: ["--password", "wrong"], environment: [:], exitCode: 1, problem: "wrongPassword"),
        PasswordCase(arguments: [], environment: [:], exitCode: 1, problem: "passwordRequired"),
        PasswordCase(arguments: ["--password", "a", "--password-env", "HOME"], environment: [:], exitCode: 2, problem: nil),
        PasswordCase(arguments: ["--password-env", "X509DUMP_TEST_UNSET_VARIABLE"], environment: [:], exitCode: 2, problem: nil),
    ]

    /// PKCS#12 with the right, wrong or no password (the real command line, so that
    /// `--password-env` reads a real environment).
    @Test(arguments: passwordCases)
    func pkcs12Password(_ passwordCase: PasswordCase) throws {
        let run = try Tool.run(["show", "--json", vectorPath("keys/default.p12")] + passwordCase.arguments + Self.at,
                               environment: passwordCase.environment)
        #expect(run.exitCode == passwordCase.exitCode, "\(run.standardError)")
        guard passwordCase.exitCode != 2 else {
            #expect(run.standardOutput.isEmpty)
            #expect(run.standardError.contains("password"))
            return
        }
        let object = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let input = try #require((object["inputs"] as? [[String: Any]])?.first)
        if let problem = passwordCase.problem {
            #expect(Self.kinds(input).isEmpty)
            #expect(Self.problems(input).map { $0["kind"] as? String } == [problem])
            if problem == "passwordRequired" {
                #expect((Self.problems(input).first?["hint"] as? String)?.contains("--password") == true)
            }
        } else {
            #expect(Self.problems(input).isEmpty)
            #expect(Self.kinds(input) == ["pkcs12", "certificate", "certificate"])
            let pkcs12 = Self.items(input)[0]
            let bags = pkcs12["bags"] as? [[String: Any]] ?? []
            let key = try #require(bags.first { ($0["kind"] as? String)?.contains("private key") == true })
            #expect(key["bits"] as? Int == 2048)
            #expect((key["matches"] as? [[String: Any]])?.count == 1)
        }
    }

    /// A key inside a PKCS#12 file is matched against the certificates of every input.
    @Test func pkcs12KeyMatchesAcrossInputs() throws {
        func keyBag(_ arguments: [String]) throws -> [String: Any] {
            let (inputs, exitCode) = try Self.json(arguments + ["--password", "test-password"])
            #expect(exitCode == 0)
            let pkcs12 = try #require(Self.items(inputs[0]).first)
            let bags = pkcs12["bags"] as? [[String: Any]] ?? []
            return try #require(bags.first { ($0["kind"] as? String)?.contains("private key") == true })
        }
        let lonely = try keyBag([vectorPath("keys/key-only.p12"), vectorPath("keys/ec-p256.cert.pem"), vectorPath("keys/ec-p384.cert.pem")])
        #expect((lonely["matches"] as? [[String: Any]])?.map { $0["file"] as? String } == [vectorPath("keys/ec-p384.cert.pem")])
        let mismatched = try keyBag([vectorPath("keys/mismatched.p12")])
        #expect((mismatched["matches"] as? [[String: Any]])?.isEmpty == true)
        let text = try Self.show([vectorPath("keys/mismatched.p12"), "--password", "test-password"]).standardOutput
        #expect(text.contains("; matches none of the 1 certificate given"))
    }

    @Test func pkcs12WithAUnicodePasswordFromAFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let passwordFile = directory.appendingPathComponent("password.txt")
        try Data("pässwörd-😀\n".utf8).write(to: passwordFile)
        let path = vectorPath("keys/unicode-password.p12")
        let result = try Self.show(["--pem", path, "--password-file", passwordFile.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(try Self.certificateDERs(pem: result.standardOutput) == (try Self.certificateDERs("keys/unicode-password.p12.extracted-certs.pem")))
    }

    struct ContainerCase: CustomTestStringConvertible, Sendable {
        let file: String
        let extracted: String
        let kinds: [String]
        var testDescription: String { file }
    }

    static let containerCases: [ContainerCase] = [
        ContainerCase(file: "chain.p7b", extracted: "chain.p7b.extracted-certs.pem",
                      kinds: ["pkcs7", "certificate", "certificate", "certificate"]),
        ContainerCase(file: "chain-crl.p7b", extracted: "chain-crl.p7b.extracted-certs.pem",
                      kinds: ["pkcs7", "certificate", "certificate", "certificate", "crl"]),
        ContainerCase(file: "chain.p7b.der", extracted: "chain.p7b.der.extracted-certs.pem",
                      kinds: ["pkcs7", "certificate", "certificate", "certificate"]),
        ContainerCase(file: "single.p7b", extracted: "single.p7b.extracted-certs.pem", kinds: ["pkcs7", "certificate"]),
        ContainerCase(file: "legacy.p12", extracted: "legacy.p12.extracted-certs.pem", kinds: ["pkcs12", "certificate", "certificate"]),
    ]

    /// The certificates of a container are shown after it and written by --pem, equal to
    /// those OpenSSL extracts.
    @Test(arguments: containerCases)
    func containerCertificates(_ container: ContainerCase) throws {
        let path = vectorPath("keys/" + container.file)
        let (inputs, exitCode) = try Self.json([path, "--password", "test-password"])
        #expect(exitCode == 0)
        #expect(Self.kinds(inputs[0]) == container.kinds)
        let inside = Self.items(inputs[0]).dropFirst().compactMap { $0["source"] as? [String: Any] }
        #expect(inside.allSatisfy { $0["container"] as? String == container.kinds[0] })
        let pem = try Self.show(["--pem", path, "--password", "test-password"])
        #expect(pem.exitCode == 0)
        #expect(try Self.certificateDERs(pem: pem.standardOutput) == (try Self.certificateDERs("keys/" + container.extracted)))
    }

    @Test func pemRoundTrips() throws {
        let source = vectorPath("keys/chain.pem")
        let first = try Self.show(["--pem", source])
        #expect(first.exitCode == 0)
        #expect(try Self.certificateDERs(pem: first.standardOutput) == (try Self.certificateDERs("keys/chain.pem")))
        #expect(first.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 64 })
        // Its own output reads back to the same bytes.
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("copy.pem")
        try Data(first.standardOutput.utf8).write(to: copy)
        #expect(try Self.show(["--pem", copy.path]).standardOutput == first.standardOutput)
    }

    // MARK: Formats and problems

    struct FormatCase: CustomTestStringConvertible, Sendable {
        let file: String
        let kinds: [String]
        let description: String
        /// A word the conversion advice must contain, nil when there is none.
        let advice: String?
        var testDescription: String { file }
    }

    static let formatCases: [FormatCase] = [
        FormatCase(file: "rsa-2048.cert.der", kinds: ["certificate"], description: "a DER (binary) X.509 certificate", advice: "openssl x509 -inform DER"),
        FormatCase(file: "rsa-2048.der", kinds: ["privateKey"], description: "a DER (binary) PKCS#8 private key", advice: "openssl pkey"),
        FormatCase(file: "ec-p256.sec1.der", kinds: ["privateKey"], description: "a DER (binary) SEC 1 private key", advice: "openssl"),
        FormatCase(file: "rsa-2048.pub.der", kinds: ["publicKey"], description: "a DER (binary) public key (SubjectPublicKeyInfo)", advice: "-pubin"),
        FormatCase(file: "rsa-2048.csr.der", kinds: ["certificateRequest"], description: "a DER (binary) PKCS#10 certificate request (CSR)", advice: "openssl req"),
        FormatCase(file: "intermediate.crl.der", kinds: ["crl"], description: "a DER (binary) X.509 certificate revocation list (CRL)", advice: "openssl crl"),
        FormatCase(file: "rsa-2048.rsapub.pem", kinds: ["publicKey"], description: "PEM text with 1 RSA PUBLIC KEY block", advice: nil),
    ]

    @Test(arguments: formatCases)
    func derAndOtherInputs(_ format: FormatCase) throws {
        let path = vectorPath("keys/" + format.file)
        let (inputs, exitCode) = try Self.json([path])
        #expect(exitCode == 0)
        #expect(Self.kinds(inputs[0]) == format.kinds)
        let description = (inputs[0]["format"] as? [String: Any])?["description"] as? String
        #expect(description == format.description)
        let advice = (inputs[0]["format"] as? [String: Any])?["advice"] as? String
        if let word = format.advice {
            #expect(advice?.contains(word) == true && advice?.contains(path) == true, "\(advice ?? "nil")")
        } else {
            #expect(advice == nil)
        }
        let source = Self.items(inputs[0]).first?["source"] as? [String: Any]
        #expect((source?["line"] is NSNull) == !format.file.hasSuffix(".pem"))
        let text = try Self.show([path]).standardOutput
        #expect(text.hasPrefix(path + ": " + format.description))
    }

    struct UnreadableCase: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let description: String
        let advice: String?
        var testDescription: String { name }
    }

    static let unreadableCases: [UnreadableCase] = [
        UnreadableCase(name: "empty.pem", bytes: [], description: "an empty file", advice: nil),
        UnreadableCase(name: "keystore.jks", bytes: [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 0],
                       description: "a Java KeyStore (JKS), which only Java tools read", advice: "keytool -importkeystore"),
        UnreadableCase(name: "id_ed25519", bytes: Array("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n".utf8),
                       description: "an OpenSSH private key (openssh-key-v1), not a PEM/PKCS#8 key", advice: "ssh-keygen"),
        UnreadableCase(name: "notes.txt", bytes: Array("this is a note\nwith two lines\n".utf8),
                       description: "text without any PEM block (no -----BEGIN line)", advice: "BEGIN CERTIFICATE"),
        UnreadableCase(name: "garbage.bin", bytes: (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) },
                       description: "binary data of an unknown format", advice: nil),
    ]

    @Test(arguments: unreadableCases)
    func unreadableFormatsAreNamed(_ unreadable: UnreadableCase) throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(unreadable.name).path
        try Data(unreadable.bytes).write(to: URL(fileURLWithPath: path))
        let (inputs, exitCode) = try Self.json([path])
        #expect(exitCode == 1)
        #expect(Self.kinds(inputs[0]).isEmpty)
        let format = inputs[0]["format"] as? [String: Any]
        #expect(format?["description"] as? String == unreadable.description)
        if let word = unreadable.advice {
            #expect((format?["advice"] as? String)?.contains(word) == true)
        }
        #expect(Self.problems(inputs[0]).first?["kind"] as? String == "wrongFormat")
        let result = try Self.show([path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.hasPrefix(path + ": " + unreadable.description))
        #expect(result.standardOutput.contains("Nothing shown:"))
    }

    @Test func damagedBase64IsReportedAtItsLineAndTheRestIsShown() throws {
        var lines = String(decoding: try vectorBytes("keys/chain.pem"), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let blockStarts = lines.indices.filter { lines[$0].hasPrefix("-----BEGIN") }.map { $0 + 1 }
        #expect(blockStarts.count == 3)
        // Damage the fourth base64 line of the second block.
        let damaged = blockStarts[1] + 4
        var line = Array(lines[damaged - 1])
        line[10] = "!"
        lines[damaged - 1] = Substring(String(line))
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chain.pem").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))

        let (inputs, exitCode) = try Self.json([path])
        #expect(exitCode == 1)
        let certificates = Self.items(inputs[0]).filter { $0["kind"] as? String == "certificate" }
        #expect(certificates.compactMap { ($0["source"] as? [String: Any])?["line"] as? Int } == [blockStarts[0], blockStarts[2]])
        let problem = try #require(Self.problems(inputs[0]).first)
        #expect(Self.problems(inputs[0]).count == 1)
        #expect(problem["kind"] as? String == "malformed")
        #expect(problem["line"] as? Int == damaged)
        #expect((problem["message"] as? String)?.contains("line \(damaged), column 11") == true)

        let text = try Self.show([path]).standardOutput
        #expect(text.contains("Problem (\(path), line \(damaged)): PEM: bad base64 character '!'"))
        // In file order: certificate, problem, certificate.
        let order = ["Certificate #1 (", "Problem (", "Certificate #2 ("].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    /// Windows line ends (CR LF) are PEM like any other.
    @Test func crlfPEMIsRead() throws {
        let text = String(decoding: try vectorBytes("keys/chain.pem"), as: UTF8.self)
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chain-crlf.pem").path
        try Data(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        let (inputs, exitCode) = try Self.json([path])
        #expect(exitCode == 0)
        #expect(Self.kinds(inputs[0]) == ["certificate", "certificate", "certificate"])
        #expect((inputs[0]["format"] as? [String: Any])?["description"] as? String == "PEM text with 3 CERTIFICATE blocks")
    }

    @Test func truncatedDERCertificateSaysWhere() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cut.der").path
        try Data(try vectorBytes("keys/rsa-2048.cert.der").prefix(500)).write(to: URL(fileURLWithPath: path))
        let (inputs, exitCode) = try Self.json([path])
        #expect(exitCode == 1)
        let located = Self.problems(inputs[0]).filter { $0["offset"] is Int }
        #expect(located.count == 1)
        #expect((located.first?["message"] as? String)?.contains("truncated") == true)
    }

    // MARK: Command line

    @Test func defaultCommandIsShow() throws {
        let path = vectorPath("keys/chain.pem")
        let plain = try Tool.run([path] + Self.at)
        let show = try Tool.run(["show", path] + Self.at)
        #expect(plain.exitCode == 0)
        #expect(plain.standardOutput == show.standardOutput)
        #expect(plain.text.contains("Certificate #3 (\(path), line "))
        // Standard input.
        let piped = try Tool.run(["-", "--json"] + Self.at, input: Data(try vectorBytes("keys/chain.pem")))
        #expect(piped.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: piped.standardOutput) as? [String: Any])
        #expect((object["inputs"] as? [[String: Any]])?.first?["file"] as? String == "<stdin>")
    }

    @Test func exitCodes() throws {
        let chain = vectorPath("keys/chain.pem")
        #expect(try Tool.run(["show"]).exitCode == 2)
        #expect(try Tool.run(["show", chain, "--at", "yesterday"]).exitCode == 2)
        #expect(try Tool.run(["show", chain, "--bogus"]).exitCode == 2)
        let missing = try Tool.run(["show", chain, "/nonexistent/file.pem"] + Self.at)
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("/nonexistent/file.pem: no such file"))
        #expect(missing.text.contains("Certificate #1"), "the readable input is still shown")
        #expect(try Tool.run(["show", chain, vectorPath("keys/corrupt.p12"), "--password", "test-password"] + Self.at).exitCode == 1)
        let help = try Tool.run(["show", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.text.contains("--password-file"))
        #expect(help.text.contains("exit codes: 0"))
    }

    @Test func pemModeKeepsStandardOutputClean() throws {
        // A key and a damaged file alongside: stdout has only the certificates; the
        // problem goes to standard error.
        let run = try Tool.run(["show", "--pem", vectorPath("keys/rsa-2048.pem"), vectorPath("keys/chain.pem"),
                                vectorPath("keys/truncated.p12")] + Self.at)
        #expect(run.exitCode == 1)
        #expect(try Self.certificateDERs(pem: run.text) == (try Self.certificateDERs("keys/chain.pem")))
        #expect(!run.text.contains("PRIVATE KEY"))
        #expect(run.standardError.contains("truncated.p12"))
    }
}

/// Damaged inputs of every kind go through the whole of `show` (read, text, JSON, PEM)
/// without a trap, and every input that is not read whole says why.
@Suite("x509dump show on damaged input")
struct ShowDamagedInputTests {
    static func render(_ bytes: [UInt8], password: String? = nil) -> (readWhole: Bool, explained: Bool) {
        let contents = FileContents(bytes: bytes, password: password)
        let renderer = ShowRenderer(inputs: [ShowRenderer.Input(name: "input", contents: contents)], now: 1_795_000_000)
        _ = (renderer.text(), renderer.jsonText(), renderer.pem())
        return (contents.problems.isEmpty, !contents.problems.isEmpty || !contents.entries.isEmpty)
    }

    @Test(arguments: ["keys/chain.p7b.der", "keys/rsa-2048.cert.der", "keys/ec-p256.sec1.der", "keys/intermediate.crl.der",
                      "keys/rsa-2048.csr.der", "keys/chain.pem"])
    func everyTruncation(_ path: String) throws {
        let bytes = try vectorBytes(path)
        // Every byte of the small files, every third of the larger ones (time on a shared machine).
        for length in stride(from: 0, to: bytes.count, by: bytes.count > 1500 ? 3 : 1) {
            let result = Self.render(Array(bytes.prefix(length)))
            #expect(result.explained, "\(path) cut at \(length): nothing read and no problem")
        }
        #expect(Self.render(bytes).readWhole)
    }

    @Test(arguments: ["keys/chain.p7b.der", "keys/rsa-2048.cert.der", "keys/ed25519.der"])
    func everyByteFlipped(_ path: String) throws {
        let bytes = try vectorBytes(path)
        for index in stride(from: 0, to: bytes.count, by: bytes.count > 1500 ? 3 : 1) {
            var damaged = bytes
            damaged[index] ^= 0x5A
            #expect(Self.render(damaged).explained, "\(path) byte \(index) flipped: nothing read and no problem")
        }
    }

    @Test func pkcs12CutEvery97Bytes() throws {
        let bytes = try vectorBytes("keys/default.p12")
        for length in stride(from: 0, to: bytes.count, by: 97) {
            #expect(Self.render(Array(bytes.prefix(length)), password: "test-password").explained)
        }
        #expect(Self.render(bytes, password: "test-password").readWhole)
    }
}
