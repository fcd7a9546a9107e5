import Foundation

/// The package root (found from this file's path).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A committed test vector's path (`TestVectors/` + `path`).
func vectorPath(_ path: String) -> String {
    packageRoot.appendingPathComponent("TestVectors").appendingPathComponent(path).path
}

/// The bytes of a committed test vector.
func vectorBytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: vectorPath(path))))
}

/// A scratch directory for one test, removed by the caller.
func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("x509dump-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Makes the file at `path` mode 0600, as a careful administrator keeps files with keys: git
/// checks files out at 0644, which `diagnose` rightly reports (`key-world-readable`).
func makePrivate(_ path: String) throws {
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
}

/// `arguments` with each one that names a test vector (`locate(argument)` exists, and it is
/// not an option) replaced by the path of a copy in `directory` at mode 0600 (``makePrivate(_:)``).
func privateCopies(of arguments: [String], in directory: URL, locate: (String) -> String) throws -> [String] {
    try arguments.map { argument in
        let source = locate(argument)
        guard !argument.hasPrefix("-"), FileManager.default.fileExists(atPath: source) else { return argument }
        let target = directory.appendingPathComponent(argument).path
        try FileManager.default.copyItem(atPath: source, toPath: target)
        try makePrivate(target)
        return target
    }
}

/// The built `x509dump` executable, run as a separate process: for what only the real
/// command line shows (the default command, standard input, bytes on stdout, exit codes).
enum Tool {
    struct Run {
        let exitCode: Int32
        let standardOutput: Data
        let standardError: String
        var text: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "the x509dump executable was not found (looked at \(searched.joined(separator: ", ")))" }
    }

    /// Next to the test bundle (SwiftPM builds both into the same directory), else the
    /// package's debug or release build.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("x509dump"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("x509dump"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("x509dump"))
        for configuration in ["debug", "release"] {
            candidates.append(packageRoot.appendingPathComponent(".build/\(configuration)/x509dump"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `x509dump arguments...` with `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        variables.merge(environment) { $1 }
        process.environment = variables
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return Run(exitCode: process.terminationStatus, standardOutput: output,
                   standardError: String(decoding: errorData.value, as: UTF8.self))
    }

    /// Data handed from the stderr reader thread.
    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        var isSet: Bool { lock.withLock { data != nil } }
        var value: Data { lock.withLock { data ?? Data() } }
    }
}
