import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An `openssl s_server` on 127.0.0.1 for the live probe tests: started on a free port
/// (it binds port 0 and reports the port it got), serving certificates from
/// TestVectors/probe, stopped by `stop()` or when the value is released. Loopback only.
public final class OpenSSLServer: @unchecked Sendable {
    /// Why a server could not be started; tests record it and skip.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    public let port: UInt16
    private let process: Process

    /// The openssl executable on PATH, nil when absent.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/openssl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The message a test prints when it skips.
    public static let skipMessage = "openssl not found on PATH: the live probe tests against openssl s_server are skipped"

    /// TestVectors/probe.
    public static let vectors: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TestVectors/probe").path

    /// Starts `openssl s_server` with `arguments` (paths relative to TestVectors/probe are
    /// resolved there) on `address` (127.0.0.1, or [::1]) and waits until it listens.
    public init(_ arguments: [String], address: String = "127.0.0.1") throws {
        guard let openssl = OpenSSLServer.executable else { throw Unavailable(description: OpenSSLServer.skipMessage) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl)
        process.currentDirectoryURL = URL(fileURLWithPath: OpenSSLServer.vectors)
        process.arguments = ["s_server", "-accept", "\(address):0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = Pipe()
        try process.run()
        self.process = process
        // Read until "ACCEPT 127.0.0.1:PORT" (at most 10 s).
        let fd = output.fileHandleForReading.fileDescriptor
        var seen = ""
        let start = Date()
        var port: UInt16?
        while port == nil, Date().timeIntervalSince(start) < 10 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            seen += String(decoding: buffer[0..<count], as: UTF8.self)
            if let line = seen.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT") }),
               let colon = line.lastIndex(of: ":") {
                port = UInt16(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let port else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw Unavailable(description: "openssl s_server \(arguments.joined(separator: " ")) did not start: \(seen)")
        }
        self.port = port
        // Keep draining its output so it never blocks on a full pipe.
        output.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
    }

    /// Stops the server. SIGKILL: a child started from a test thread may inherit a signal
    /// mask that blocks SIGTERM (Process.terminate), and would then never stop.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}
