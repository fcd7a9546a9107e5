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

    public let name: String
    public let arguments: [String]
    public let modes: [String: Int]
    public let exitCode: Int32
    public let findings: [Expected]
    public let fixedChain: [String]?
    /// Environment variables of the run (`"env"`: SSL_CERT_FILE, VIRTUAL_ENV, ...); their
    /// non-empty values are paths in the folder.
    public var environment: [String: String] = [:]

    public var description: String { name }

    public static let folder = scenarioPackageRoot.appendingPathComponent("TestVectors/scenarios")

    /// Every scenario, by folder name.
    public static func all() -> [DiagnosisScenario] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { try? load($0) }
    }

    public static func load(_ name: String) throws -> DiagnosisScenario {
        let data = try Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("expected.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let arguments = object["args"] as? [String], let exit = object["exit"] as? Int,
            let findings = object["findings"] as? [[String: Any]]
        else { throw CocoaError(.fileReadCorruptFile) }
        let modes = (object["modes"] as? [String: String] ?? [:]).compactMapValues { Int($0, radix: 8) }
        return DiagnosisScenario(
            name: name, arguments: arguments, modes: modes, exitCode: Int32(exit),
            findings: findings.map {
                Expected(code: $0["code"] as? String ?? "?", severity: $0["severity"] as? String ?? "?", certificate: $0["certificate"] as? Int)
            }.sorted(),
            fixedChain: object["fixedChain"] as? [String],
            environment: object["env"] as? [String: String] ?? [:])
    }

    /// The environment with its paths made absolute under `directory`.
    public func absoluteEnvironment(in directory: URL) -> [String: String] {
        environment.mapValues { $0.isEmpty ? $0 : directory.appendingPathComponent($0).path }
    }

    /// Copies the folder to a fresh temporary directory with the file modes a careful
    /// administrator would set (600), except those `modes` names; returns the copy.
    public func materialize() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-scenario-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: DiagnosisScenario.folder.appendingPathComponent(name), to: target)
        if let walker = FileManager.default.enumerator(atPath: target.path) {
            for case let path as String in walker {
                var isDirectory: ObjCBool = false
                let full = target.appendingPathComponent(path).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
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
