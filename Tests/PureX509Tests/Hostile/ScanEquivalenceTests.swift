import Testing
import PureX509ASN1
@testable import PureX509

/// The fast paths of certificate parsing (`DistinguishedName.scanAttributes`,
/// `Extensions.scan`) must decide exactly as the reference parsers they stand in front of:
/// accept the same inputs, record the same name attributes, extensions and leniencies, and
/// (because they hand every doubtful input to the reference) throw the same errors. Each
/// input is parsed both ways and the results compared: every committed certificate, the
/// system CA bundle when present, and every bit flip and truncation of a few certificates.
@Suite("Scan fast paths match the reference parsers")
struct ScanEquivalenceTests {
    /// The parts of a parse the fast paths influence, or the error.
    enum Outcome: Equatable, CustomStringConvertible {
        case parsed(names: [NameAttributeEntry], issuerEntryCount: Int, extensions: [ExtensionEntry], leniencies: Leniencies)
        case failed(X509ParseError)

        init(_ der: [UInt8], scanning: Bool) {
            do {
                let storage = try CertificateStorage.parse(der, scanning: scanning)
                self = .parsed(
                    names: storage.nameEntries, issuerEntryCount: storage.issuerEntryCount,
                    extensions: storage.extensions, leniencies: storage.leniencies)
            } catch {
                self = .failed(error)
            }
        }

        var description: String {
            switch self {
            case .parsed(let names, _, let extensions, let leniencies):
                return "parsed: \(names.count) attributes, \(extensions.count) extensions, \(leniencies)"
            case .failed(let error): return "failed: \(error)"
            }
        }

        var isParsed: Bool { if case .parsed = self { return true } else { return false } }
    }

    /// Every certificate committed under TestVectors/ (PEM and DER), and the system bundle.
    static func corpus() throws -> [(name: String, der: [UInt8])] {
        var result: [(String, [UInt8])] = []
        let paths = [
            "certs/leaf-p256.der", "certs/leaf-p256.pem", "certs/leaf-p521.pem", "certs/leaf-rsa2048.pem",
            "certs/leaf-ed25519.pem", "certs/root-rsa4096.pem", "certs/inter-p384.pem",
            "keys/ca-root.cert.pem", "keys/ca-intermediate.cert.pem", "keys/chain.pem",
            "malformed/base-cert.der",
        ]
        for path in paths {
            let bytes = try testVector(path)
            if path.hasSuffix(".pem") {
                for (index, der) in pemBlocks(String(decoding: bytes, as: UTF8.self)).enumerated() {
                    result.append(("\(path)#\(index)", der))
                }
            } else {
                result.append((path, bytes))
            }
        }
        if let bundle = systemBundle() {
            for (index, der) in bundle.enumerated() { result.append(("\(systemBundlePath)#\(index)", der)) }
        }
        return result
    }

    @Test("committed certificates and the system bundle parse the same both ways")
    func corpusAgrees() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 10)
        var parsed = 0
        for (name, der) in corpus {
            let fast = Outcome(der, scanning: true)
            let reference = Outcome(der, scanning: false)
            #expect(fast == reference, "\(name): scan \(fast), reference \(reference)")
            if fast.isParsed { parsed += 1 }
        }
        // The corpus is real certificates: nearly all parse (the bundle may hold a few the
        // strict parser refuses, and both paths must refuse them alike, checked above).
        #expect(parsed * 10 >= corpus.count * 9)
    }

    static let mutationSamples = [
        "malformed/base-cert.der", "certs/leaf-rsa2048.pem", "keys/ca-intermediate.cert.pem", "certs/leaf-ed25519.pem",
    ]

    static func sample(_ path: String) throws -> [UInt8] {
        let bytes = try testVector(path)
        guard path.hasSuffix(".pem") else { return bytes }
        return try #require(pemBlocks(String(decoding: bytes, as: UTF8.self)).first)
    }

    @Test("every bit flip and truncation parses the same both ways", arguments: mutationSamples)
    func mutantsAgree(_ path: String) throws {
        let der = try Self.sample(path)
        var outcomes = (parsed: 0, failed: 0)
        var disagreements: [String] = []
        func compare(_ mutant: [UInt8], _ label: @autoclosure () -> String) {
            let fast = Outcome(mutant, scanning: true)
            let reference = Outcome(mutant, scanning: false)
            if fast != reference { disagreements.append("\(label()): scan \(fast), reference \(reference)") }
            if fast.isParsed { outcomes.parsed += 1 } else { outcomes.failed += 1 }
        }
        for index in der.indices {
            for bit in 0..<8 {
                var mutant = der
                mutant[index] ^= 1 << bit
                compare(mutant, "byte \(index) bit \(bit)")
            }
        }
        for length in 0..<der.count { compare(Array(der[..<length]), "truncated to \(length)") }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.prefix(5))")
        // Both outcomes occur, so both paths were exercised on accepting and refusing input.
        #expect(outcomes.parsed > 0 && outcomes.failed > 0)
    }

    /// Hand-made names and extension lists on the edges the fast paths hand to the
    /// reference: multi-valued RDNs in and out of order, non-string values, an explicit
    /// FALSE, repeats, pathLen forms.
    struct EdgeCase: CustomTestStringConvertible, Sendable {
        let name: String
        let der: [UInt8]
        var testDescription: String { name }
    }

    static let nameEdges: [EdgeCase] = [
        EdgeCase(name: "one CN", der: hex("300f 310d 300b 0603550403 0c04 74657374")),
        EdgeCase(name: "multi-valued RDN in order", der: hex("301c 311a 300b 0603550403 0c04 74657374 300b 060355040a 0c04 74657374")),
        EdgeCase(name: "multi-valued RDN out of order", der: hex("301c 311a 300b 060355040a 0c04 74657374 300b 0603550403 0c04 74657374")),
        EdgeCase(name: "empty RDN", der: hex("3002 3100")),
        EdgeCase(name: "empty name", der: hex("3000")),
        EdgeCase(name: "INTEGER value", der: hex("300e 310c 300a 0603550403 0203 010203")),
        EdgeCase(name: "constructed value", der: hex("3010 310e 300c 0603550403 3005 0c03 616263")),
        EdgeCase(name: "bad PrintableString", der: hex("300f 310d 300b 0603550403 1304 7465 7340")),
        EdgeCase(name: "OID with 0x80 arc", der: hex("300f 310d 300b 0603558003 0c04 74657374")),
        EdgeCase(name: "trailing byte in attribute", der: hex("3010 310e 300c 0603550403 0c04 74657374 00")),
        EdgeCase(name: "long-form length in RDN", der: hex("3010 31810d 300b 0603550403 0c04 74657374")),
    ]

    @Test("names: scan and reference agree", arguments: nameEdges)
    func namesAgree(_ edge: EdgeCase) {
        func outcome(scanning: Bool) -> Result<[NameAttributeEntry], X509ParseError> {
            do throws(X509ParseError) {
                var entries: [NameAttributeEntry] = []
                try parsingField("name") {
                    var reader = DERReader(edge.der)
                    _ = try DistinguishedName.parse(&reader, into: &entries, scanning: scanning)
                    try reader.finish()
                }
                return .success(entries)
            } catch {
                return .failure(error)
            }
        }
        #expect(outcome(scanning: true) == outcome(scanning: false))
    }

    static let extensionEdges: [EdgeCase] = [
        EdgeCase(name: "basicConstraints CA", der: hex("3011 300f 0603551d13 0101ff 0405 30030101ff")),
        EdgeCase(name: "basicConstraints CA pathLen 0", der: hex("3014 3012 0603551d13 0101ff 0408 30060101ff020100")),
        EdgeCase(name: "basicConstraints pathLen 200", der: hex("3012 3010 0603551d13 0409 3007 0101ff 02 0200c8")),
        EdgeCase(name: "basicConstraints explicit FALSE", der: hex("300e 300c 0603551d13 0405 3003010100")),
        EdgeCase(name: "basicConstraints negative pathLen", der: hex("3011 300f 0603551d13 0408 30060101ff0201ff")),
        EdgeCase(name: "basicConstraints empty", der: hex("300b 3009 0603551d13 0402 3000")),
        EdgeCase(name: "critical FALSE", der: hex("300e 300c 0603551d13 010100 0402 3000")),
        EdgeCase(name: "critical 01", der: hex("300e 300c 0603551d13 010101 0402 3000")),
        EdgeCase(name: "repeated known", der: hex("3016 3009 0603551d13 0402 3000 3009 0603551d13 0402 3000")),
        EdgeCase(name: "repeated unknown", der: hex("3016 3009 0603551d63 0402 0500 3009 0603551d63 0402 0500")),
        EdgeCase(name: "two unknown", der: hex("3016 3009 0603551d63 0402 0500 3009 0603551d64 0402 0500")),
        EdgeCase(name: "subjectKeyIdentifier", der: hex("300f 300d 0603551d0e 0406 0404 01020304")),
        EdgeCase(name: "subjectKeyIdentifier trailing", der: hex("3010 300e 0603551d0e 0407 0404 01020304 00")),
        EdgeCase(name: "keyUsage not minimal (leniency)", der: hex("300e 300c 0603551d0f 0405 0303070600")),
        EdgeCase(name: "missing value", der: hex("3007 3005 0603551d13")),
        EdgeCase(name: "constructed OCTET STRING", der: hex("300b 3009 0603551d13 2402 0400")),
    ]

    @Test("extensions: scan and reference agree", arguments: extensionEdges)
    func extensionsAgree(_ edge: EdgeCase) {
        func outcome(scanning: Bool) -> (Result<[ExtensionEntry], X509ParseError>, Leniencies) {
            var leniencies = Leniencies()
            do throws(X509ParseError) {
                let entries = try parsingField("extensions") {
                    var reader = DERReader(edge.der)
                    let entries = try Extensions.parse(&reader, leniencies: &leniencies, scanning: scanning)
                    try reader.finish()
                    return entries
                }
                return (.success(entries), leniencies)
            } catch {
                return (.failure(error), leniencies)
            }
        }
        let fast = outcome(scanning: true)
        let reference = outcome(scanning: false)
        #expect(fast == reference)
    }
}
