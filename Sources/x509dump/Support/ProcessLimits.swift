import PureX509

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The limits x509dump sets for the whole process before running a command (README,
/// "Resource limits").
enum ProcessLimits {
    /// 100 MiB read in total, whatever the number of files: a bound on memory.
    static let totalInputBytes = 100 * 1024 * 1024
    /// Key-derivation work in total: three files at the per-file limit (about 12 s of
    /// PBKDF2 at most, however many encrypted files are named).
    static let keyDerivationIterations = 3 * KeyDerivationBudget.perFileLimit

    static func apply() {
        RegularFile.setProcessLimit(totalInputBytes)
        KeyDerivationBudget.process.setLimit(keyDerivationIterations)
    }

    /// The command-line arguments with their bytes kept (`RawPath`): a file name that is
    /// not UTF-8 survives to `open`, where `CommandLine.arguments` would have replaced its
    /// bytes with U+FFFD.
    static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
            let length = strlen(pointer)
            return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                RawPath.decode(UnsafeBufferPointer(start: $0, count: length))
            }
        }
    }
}
