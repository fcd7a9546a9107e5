import Foundation
import PureX509

/// One folder of TestVectors/scenarios (made by TestVectors/gen/40-scenarios.sh): the files
/// a server is configured with and `expected.json`, the findings `x509dump diagnose` must
/// report for them, exactly.
public struct DiagnosisScenario: Sendable, CustomStringConvertible {
    public struct Expected: Hashable, Sendable, Comparable, CustomStringConvertible {
        public let code: String
        public let severity: String
        public let certificate: Int?

        public init(code: String, severity: String, certificate: Int?) {
            self.code = code
            self.severity = severity
            self.certificate = certificate
        }

        public static func < (lhs: Expected, rhs: Expected) -> Bool {
            (lhs.code, lhs.severity, lhs.certificate ?? -1) < (rhs.code, rhs.severity, rhs.certificate ?? -1)
        }

        public var description: String { "\(severity) \(code) \(certificate.map { "#\($0)" } ?? "-")" }
    }

    /// A finding a real-life case requires or forbids: its code, and where given its
    /// severity and the certificate position it is about (`.some(nil)`: about none).
    public struct Pattern: Sendable, CustomStringConvertible {
        public let code: String
        public let severity: String?
        public let certificate: Int??

        /// True when `finding` is this pattern.
        public func matches(_ finding: Expected) -> Bool {
            finding.code == code && (severity == nil || severity == finding.severity)
                && (certificate == nil || certificate! == finding.certificate)
        }

        public var description: String {
            "\(severity ?? "any") \(code) \(certificate.map { $0.map { "#\($0)" } ?? "-" } ?? "anywhere")"
        }
    }

    public let name: String
    /// The folder the case lives in (TestVectors/scenarios or TestVectors/real-life).
    public let root: URL
    public let arguments: [String]
    public let modes: [String: Int]
    public let exitCode: Int32
    /// Exactly the findings expected (scenarios); for real-life cases, `required` holds the
    /// findings that must appear and this is empty unless `isExact`.
    public let findings: [Expected]
    /// True when `findings` is the whole list (scenarios), false when only `required` and
    /// `forbidden` are checked (real-life cases).
    public let isExact: Bool
    public let required: [Pattern]
    public let forbidden: [Pattern]
    /// Text both the text report and the JSON report (any string in it) must contain.
    public let mentions: [String]
    /// Text neither report may contain.
    public let omits: [String]
    public let fixedChain: [String]?
    /// Environment variables of the run (`"env"`: SSL_CERT_FILE, VIRTUAL_ENV, ...); their
    /// non-empty values are paths in the folder.
    public var environment: [String: String] = [:]

    public var description: String { name }

    public static let folder = scenarioPackageRoot.appendingPathComponent("TestVectors/scenarios")
    /// The real-life corpus (made by TestVectors/gen/45-real-life.sh).
    public static let realLifeFolder = scenarioPackageRoot.appendingPathComponent("TestVectors/real-life")

    /// Every scenario, by folder name.
    public static func all() -> [DiagnosisScenario] { all(in: folder) }

    /// Every real-life case, by folder name.
    public static func realLife() -> [DiagnosisScenario] { all(in: realLifeFolder) }

    static func all(in root: URL) -> [DiagnosisScenario] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { try? load($0, in: root) }
    }

    public static func load(_ name: String, in root: URL = folder) throws -> DiagnosisScenario {
        let data = try Data(contentsOf: root.appendingPathComponent(name).appendingPathComponent("expected.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let arguments = object["args"] as? [String], let exit = object["exit"] as? Int
        else { throw CocoaError(.fileReadCorruptFile) }
        let findings = object["findings"] as? [[String: Any]]
        guard findings != nil || object["expect"] != nil || object["forbid"] != nil else { throw CocoaError(.fileReadCorruptFile) }
        let modes = (object["modes"] as? [String: String] ?? [:]).compactMapValues { Int($0, radix: 8) }
        func patterns(_ key: String) -> [Pattern] {
            (object[key] as? [[String: Any]] ?? []).map { entry in
                let certificate: Int?? = entry.keys.contains("certificate") ? .some(entry["certificate"] as? Int) : nil
                return Pattern(code: entry["code"] as? String ?? "?", severity: entry["severity"] as? String, certificate: certificate)
            }
        }
        return DiagnosisScenario(
            name: name, root: root, arguments: arguments, modes: modes, exitCode: Int32(exit),
            findings: (findings ?? []).map {
                Expected(code: $0["code"] as? String ?? "?", severity: $0["severity"] as? String ?? "?", certificate: $0["certificate"] as? Int)
            }.sorted(),
            isExact: findings != nil, required: patterns("expect"), forbidden: patterns("forbid"),
            mentions: object["mentions"] as? [String] ?? [], omits: object["omits"] as? [String] ?? [],
            fixedChain: object["fixedChain"] as? [String],
            environment: object["env"] as? [String: String] ?? [:])
    }

    /// The environment with its paths made absolute under `directory`.
    public func absoluteEnvironment(in directory: URL) -> [String: String] {
        environment.mapValues { $0.isEmpty ? $0 : directory.appendingPathComponent($0).path }
    }

    /// What is wrong with `found` for this case: a required finding missing, a forbidden one
    /// present, or (exact cases) any difference; empty when it is right.
    public func problems(with found: [Expected]) -> [String] {
        if isExact { return found.sorted() == findings ? [] : ["expected exactly \(findings), found \(found.sorted())"] }
        var problems: [String] = []
        for pattern in required where !found.contains(where: pattern.matches) {
            problems.append("missing \(pattern)")
        }
        for pattern in forbidden {
            for finding in found where pattern.matches(finding) { problems.append("forbidden \(finding)") }
        }
        return problems
    }

    /// Copies the folder to a fresh temporary directory with the file modes a careful
    /// administrator would set (600), except those `modes` names; returns the copy.
    public func materialize() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-scenario-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: target)
        if let walker = FileManager.default.enumerator(atPath: target.path) {
            for case let path as String in walker {
                var isDirectory: ObjCBool = false
                let full = target.appendingPathComponent(path).path
                let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil
                if !isLink, FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    try FileManager.default.setAttributes([.posixPermissions: modes[path] ?? 0o600], ofItemAtPath: full)
                }
            }
        }
        return target
    }

    /// The arguments with file names made absolute under `directory` (tests run in
    /// parallel, so none may change the working directory).
    public func absoluteArguments(in directory: URL) -> [String] {
        let pathOptions: Set<String> = ["--cert", "--key", "--ca", "--repair-from", "--tf-serving-config", "--password-file"]
        var result: [String] = []
        var previous = ""
        for argument in arguments {
            if pathOptions.contains(previous) || (!argument.hasPrefix("-") && !previous.hasPrefix("-")) {
                result.append(directory.appendingPathComponent(argument).path)
            } else {
                result.append(argument)
            }
            previous = argument
        }
        return result
    }
}

/// The package root (this file is Tests/PureX509ScenarioSupport/DiagnosisScenario.swift).
let scenarioPackageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
