import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The x509dump binary run with byte-exact arguments (file names that are not UTF-8, which
/// `Process` cannot pass), its output to files, a time limit (killed when over it, so a
/// test that would block fails instead of hanging), and its own peak memory from `wait4`.
enum MeasuredRun {
    struct Result {
        let exitCode: Int32
        /// True when the time limit killed it.
        let timedOut: Bool
        let seconds: Double
        /// Peak resident memory of the child alone, in bytes.
        let maxRSS: Int
        let standardOutputBytes: Int
        let standardError: String
    }

    static func run(_ arguments: [[UInt8]], timeLimit: Double = 60, keepOutput: URL? = nil) throws -> Result {
        let binary = try Tool.binary().path
        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = keepOutput?.path ?? scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [[UInt8]] = [Array(binary.utf8)] + arguments
        var cStrings: [UnsafeMutablePointer<CChar>?] = argv.map { bytes in
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
            pointer[bytes.count] = 0
            return pointer
        }
        cStrings.append(nil)
        defer { for pointer in cStrings { pointer?.deallocate() } }
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup("NO_COLOR=1"), strdup("PATH=/usr/bin:/bin"), nil]
        defer { for pointer in environment { free(pointer) } }
        var pid: pid_t = 0
        let started = Date()
        let status = posix_spawn(&pid, binary, &actions, nil, &cStrings, &environment)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        var waitStatus: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let result = wait4(pid, &waitStatus, WNOHANG, &usage)
            if result == pid { break }
            if Date().timeIntervalSince(started) > timeLimit && !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(10_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let exited = (waitStatus & 0x7F) == 0
        let exitCode: Int32 = exited ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F)
        let outSize = (try? FileManager.default.attributesOfItem(atPath: outPath)[.size] as? Int) ?? 0
        let errorText = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(exitCode: exitCode, timedOut: timedOut, seconds: seconds, maxRSS: Int(usage.ru_maxrss) * 1024,
                      standardOutputBytes: outSize, standardError: errorText)
    }

    /// `run` with string arguments.
    static func run(_ arguments: [String], timeLimit: Double = 60, keepOutput: URL? = nil) throws -> Result {
        try run(arguments.map { Array($0.utf8) }, timeLimit: timeLimit, keepOutput: keepOutput)
    }
}
