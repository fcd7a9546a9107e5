import Foundation
import PureX509
import Testing

/// The code of the DocC articles (Sources/PureX509/PureX509.docc), compiled and run here
/// against real files; `everyArticleExampleIsHere` fails when an article's code block is
/// not in this file word for word (leading spaces aside), so the two cannot drift apart.
@Suite struct DocumentationExampleTests {
    static let vectors = packageRoot.appendingPathComponent("TestVectors").path
    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: vectors + "/" + path))) }

    @Test func gettingStarted() throws {
        let fileBytes = try Self.bytes("server-configs/ssl/shop-fullchain.pem")
        let root = try #require(InputContents(bytes: try Self.bytes("server-configs/ssl/root.pem")).allCertificates.first)

        // GettingStarted.md: Read any input
        let contents = InputContents(bytes: fileBytes, fileName: "fullchain.pem")
        for certificate in contents.allCertificates {
            print(certificate)  // subject, issuer, validity, key
        }
        for problem in contents.unreadable {
            print(problem)  // "fullchain.pem: block 2 (PEM line 28): ..."
        }
        #expect(contents.allCertificates.count == 2)

        let chainPath = Self.vectors + "/server-configs/ssl/shop-fullchain.pem"
        let keyPath = Self.vectors + "/server-configs/ssl/shop.key"
        let p12Path = Self.vectors + "/scan/tree/site/keystore.p12"
        // GettingStarted.md: Read a file of a known kind
        let chain = try [Certificate](contentsOfFile: chainPath)
        let key = try PrivateKey(contentsOfFile: keyPath)
        do {
            _ = try Certificate(contentsOfFile: p12Path)
        } catch {
            print(error)  // "keystore.p12: a block could not be read: ... this is PKCS#12 (.p12/.pfx): give its password ..."
        }
        #expect(chain.count == 2 && key.matches(chain[0]).isMatch)
        #expect { try Certificate(contentsOfFile: p12Path) } throws: { "\($0)".contains("this is PKCS#12") }

        // GettingStarted.md: Check a chain
        let leaf = contents.allCertificates[0]
        let intermediates = Array(contents.allCertificates.dropFirst())
        let anchors = TrustStore(certificates: [root])
        let policy = VerificationPolicy(time: ASN1Time.nowSecondsSince1970, peerNames: [.dns("www.example.com")])
        let result = ChainVerifier(trustStore: anchors, policy: policy).verify(leaf, intermediates: intermediates)
        print(result)  // "valid: CN=www.example.com -> ... (client profile)"
        // www.example.com is not a name of this leaf: the example prints why.
        #expect(!result.isValid)
    }

    @Test func verifyingChains() throws {
        let chain = InputContents(bytes: try Self.bytes("server-configs/ssl/shop-fullchain.pem")).allCertificates
        let leaf = chain[0]
        let intermediates = Array(chain.dropFirst())
        let rootPath = Self.vectors + "/server-configs/ssl/root.pem"

        // VerifyingChains.md: Trust anchors
        var problems: [ReadError] = []
        let fromFile = try TrustStore(contentsOf: [rootPath], problems: &problems)  // "/etc/pki/corp/root.pem"
        let system = TrustStore.system()
        #expect(problems.isEmpty)
        _ = system

        // VerifyingChains.md: Profiles
        var policy = VerificationPolicy(time: ASN1Time.nowSecondsSince1970, peerNames: [.dns("shop.example.com")])
        policy.profile = .webPKI
        let result = ChainVerifier(trustStore: fromFile, policy: policy).verify(leaf, intermediates: intermediates)
        if let failure = result.primaryFailure {
            print(failure)  // "expired at 2026-03-01T00:00:00Z (checked at ...)"
        }
        #expect(result.profile == .webPKI)
    }

    @Test func diagnosingServers() throws {
        let directory = Self.vectors + "/server-configs"
        let certificatePath = directory + "/ssl/shop.pem", keyPath = directory + "/ssl/shop.key"
        let caPath = directory + "/ssl/root.pem", configPath = directory + "/apache/apache2.conf"
        // DiagnosingServers.md: A server's files
        var input = DiagnosisInput(
            certificates: [DiagnosisSource.read(certificatePath)],
            key: DiagnosisSource.read(keyPath),
            host: "shop.example.com", time: ASN1Time.nowSecondsSince1970)
        input.trustAnchors = [DiagnosisSource.read(caPath)]
        let report = Diagnosis.run(input)
        for finding in report.findings {
            print(finding)  // "error missing-intermediate #0 CN=www.example.com ...: ..."
        }
        #expect(report.findings.contains { $0.code == .missingIntermediate })

        // DiagnosingServers.md: A server's configuration
        let configuration = ServerConfiguration(path: configPath)  // "/etc/nginx/nginx.conf"
        for site in configuration.sites {
            for diagnosis in SiteDiagnosis.run(site, base: input) {
                print(site.title, diagnosis.report.verdict)
            }
        }
        #expect(configuration.sites.count == 1)
    }

    @Test func keysAndContainers() throws {
        let keyText = String(decoding: try Self.bytes("server-configs/ssl/other.key"), as: UTF8.self)
        let leaf = try #require(InputContents(bytes: try Self.bytes("server-configs/ssl/shop.pem")).allCertificates.first)
        let p12Bytes = try Self.bytes("scan/tree/site/keystore.p12")

        // KeysAndContainers.md: Private keys
        let key = try PrivateKey(pemEncoded: keyText)
        if !key.matches(leaf).isMatch {
            print("this key belongs to another certificate")
        }
        #expect(!key.matches(leaf).isMatch)

        // KeysAndContainers.md: Containers
        let bundle = try PKCS12Bundle(derEncoded: p12Bytes, password: "secret")
        print(bundle.certificates.count, bundle.privateKeys.count)
        #expect(bundle.certificates.count == 1 && bundle.privateKeys.count == 1)

        let certificateText = String(decoding: try Self.bytes("server-configs/ssl/shop.pem"), as: UTF8.self)
        // KeysAndContainers.md: Errors
        do {
            _ = try PrivateKey(pemEncoded: certificateText)
        } catch {
            print(error)  // "PEM: expected one PEM PRIVATE KEY block, found CERTIFICATE at line 1 (PEM block at line 1)"
        }
        #expect {
            try PrivateKey(pemEncoded: certificateText)
        } throws: {
            "\($0)" == "PEM: expected one PEM PRIVATE KEY block, found CERTIFICATE at line 1 (PEM block at line 1)"
        }
    }

    /// Every ```swift block of every article, line by line (leading spaces removed), is a
    /// run of consecutive lines of this file.
    @Test func everyArticleExampleIsHere() throws {
        let catalog = packageRoot.appendingPathComponent("Sources/PureX509/PureX509.docc")
        let articles = try FileManager.default.contentsOfDirectory(atPath: catalog.path).filter { $0.hasSuffix(".md") }
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var blocks = 0
        for article in articles {
            let text = try String(contentsOf: catalog.appendingPathComponent(article), encoding: .utf8)
            var block: [String]?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "```swift" { block = []; continue }
                if line == "```", let lines = block {
                    blocks += 1
                    #expect(Self.contains(source, lines.map { $0.trimmingCharacters(in: .whitespaces) }), "\(article): a code block is not in DocumentationExampleTests:\n\(lines.joined(separator: "\n"))")
                    block = nil
                    continue
                }
                block?.append(String(line))
            }
        }
        #expect(blocks >= 7)
    }

    /// True when `lines` occur consecutively in `source`.
    static func contains(_ source: [String], _ lines: [String]) -> Bool {
        guard !lines.isEmpty, lines.count <= source.count else { return lines.isEmpty }
        return (0...(source.count - lines.count)).contains { start in Array(source[start..<(start + lines.count)]) == lines }
    }
}
