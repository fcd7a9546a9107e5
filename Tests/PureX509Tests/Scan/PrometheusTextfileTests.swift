import Foundation
import PureX509
import Testing

/// `ScanReport.prometheusTextfile` against the text exposition format's rules (metric and
/// label names, HELP/TYPE before samples, label value escaping, one series per label set,
/// the same label names across a family) and enix's metric names.
@Suite struct PrometheusTextfileTests {
    static let time = ASN1Time(rfc3339: "2026-12-10")!.secondsSince1970

    /// The scan of the tree and of a file holding the root twice (as a careless `cat` makes
    /// it): those two have the same labels, so discriminators are needed.
    static func textfile() throws -> String {
        var options = ScanOptions()
        options.password = "secret"
        let tree = CertificateScanTests.scanRoot + "/tree"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scan-prom-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = try Data(contentsOf: URL(fileURLWithPath: tree + "/root.pem"))
        try (root + root).write(to: directory.appendingPathComponent("twice.pem"))
        return CertificateScan(options: options).run([tree, directory.path]).prometheusTextfile(at: time)
    }

    /// A sample line: name, labels (in order), value.
    struct Sample {
        let name: String
        let labels: [(String, String)]
        let value: String
    }

    /// Parses one sample line by the exposition format's grammar; nil when it breaks it.
    static func parseSample(_ line: String) -> Sample? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || c == ":" }
        func isNameChar(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) }
        var name = ""
        guard index < scalars.count, isNameStart(scalars[index]) else { return nil }
        while index < scalars.count, isNameChar(scalars[index]) { name.unicodeScalars.append(scalars[index]); index += 1 }
        var labels: [(String, String)] = []
        if index < scalars.count, scalars[index] == "{" {
            index += 1
            while index < scalars.count, scalars[index] != "}" {
                var label = ""
                guard isNameStart(scalars[index]), scalars[index] != ":" else { return nil }
                while index < scalars.count, isNameChar(scalars[index]), scalars[index] != ":" { label.unicodeScalars.append(scalars[index]); index += 1 }
                guard index + 1 < scalars.count, scalars[index] == "=", scalars[index + 1] == "\"" else { return nil }
                index += 2
                var value = ""
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\" {
                        guard index + 1 < scalars.count else { return nil }
                        switch scalars[index + 1] {
                        case "\\": value += "\\"
                        case "\"": value += "\""
                        case "n": value += "\n"
                        default: return nil
                        }
                        index += 2
                    } else {
                        guard scalars[index] != "\n" else { return nil }
                        value.unicodeScalars.append(scalars[index]); index += 1
                    }
                }
                guard index < scalars.count else { return nil }
                index += 1
                labels.append((label, value))
                if index < scalars.count, scalars[index] == "," { index += 1 }
            }
            guard index < scalars.count else { return nil }
            index += 1
        }
        guard index < scalars.count, scalars[index] == " " else { return nil }
        let value = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        guard Double(value) != nil else { return nil }
        return Sample(name: name, labels: labels, value: value)
    }

    @Test func theOutputFollowsTheExpositionFormat() throws {
        let text = try Self.textfile()
        #expect(text.hasSuffix("\n"))
        var declared: [String: (help: Bool, type: String?)] = [:]
        var seenFamilies: [String] = []
        var series: Set<String> = []
        var labelNames: [String: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) {
            if line.hasPrefix("# HELP ") {
                let name = String(line.dropFirst(7).prefix { $0 != " " })
                #expect(declared[name] == nil, "HELP twice for \(name)")
                declared[name] = (true, nil)
                seenFamilies.append(name)
                continue
            }
            if line.hasPrefix("# TYPE ") {
                let parts = line.dropFirst(7).split(separator: " ")
                #expect(parts.count == 2 && parts[1] == "gauge")
                #expect(declared[String(parts[0])]?.help == true, "TYPE before HELP for \(parts[0])")
                declared[String(parts[0])]?.type = String(parts[1])
                continue
            }
            guard let sample = Self.parseSample(line) else {
                Issue.record("not a valid sample line: \(line)")
                continue
            }
            #expect(seenFamilies.last == sample.name, "sample of \(sample.name) outside its family block")
            #expect(declared[sample.name]?.type == "gauge")
            let key = sample.name + "{" + sample.labels.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
            #expect(series.insert(key).inserted, "duplicate series \(key)")
            let names = sample.labels.map(\.0)
            #expect(Set(names).count == names.count, "repeated label in \(line)")
            if let known = labelNames[sample.name] { #expect(known == names, "label names differ within \(sample.name)") } else { labelNames[sample.name] = names }
        }
        for name in ["x509_cert_not_after", "x509_cert_not_before", "x509_cert_expired", "x509_cert_expires_in_seconds",
                     "x509_cert_valid_since_seconds", "x509_read_errors", "x509_crl_next_update", "x509_crl_this_update", "x509_crl_stale"] {
            #expect(declared[name] != nil, "missing \(name)")
        }
    }

    @Test func labelsCarryEnixsNamesAndEscapedValues() throws {
        let text = try Self.textfile()
        let samples = text.split(separator: "\n").map(String.init).compactMap(Self.parseSample)
        let quote = try #require(samples.first { $0.name == "x509_cert_not_after" && $0.labels.contains { $0.0 == "subject_CN" && $0.1.hasPrefix("Quote") } })
        #expect(quote.labels.first { $0.0 == "subject_CN" }?.1 == "Quote \" and back\\slash")
        #expect(text.contains(#"subject_CN="Quote \" and back\\slash""#))
        let names = Set(quote.labels.map(\.0))
        #expect(names.isSuperset(of: ["serial_number", "subject_C", "subject_ST", "subject_L", "subject_O", "subject_OU", "subject_CN",
                                      "issuer_C", "issuer_ST", "issuer_L", "issuer_O", "issuer_OU", "issuer_CN", "filename", "filepath"]))
        #expect(quote.labels.first { $0.0 == "serial_number" }?.1 == "4101")  // 0x1005
        #expect(quote.value == String(ASN1Time(rfc3339: "2027-06-01")!.secondsSince1970))
        // The root twice in twice.pem: told apart by the discriminator.
        let roots = samples.filter { $0.name == "x509_cert_not_after" && $0.labels.contains { $0 == ("filename", "twice.pem") } }
        #expect(roots.count == 2)
        #expect(Set(roots.map { $0.labels.first { $0.0 == "discriminator" }?.1 ?? "" }).count == 2)
        let expired = samples.filter { $0.name == "x509_cert_expired" && $0.value == "1" }
        #expect(expired.count == 1)
        #expect(samples.first { $0.name == "x509_read_errors" }?.value == "0")
    }
}
