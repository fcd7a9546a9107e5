#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--password`, `--password-file` and `--password-env`: the password for encrypted keys and
/// PKCS#12 files. At most one may be given. `--password` is visible to other users in the
/// process list; the other two are not.
enum PasswordOption {
    /// The valued options, for a command's `OptionSpec`.
    static let names: Set<String> = ["--password", "--password-file", "--password-env"]

    /// The lines every command that reads passwords adds to its help.
    static let help = """
          --password PASS       password for encrypted keys and PKCS#12 files (visible in ps)
          --password-file FILE  read the password from the first line of FILE
          --password-env VAR    read the password from the environment variable VAR
        """

    /// The password given, or nil. Throws a usage error for more than one source, an
    /// unreadable file or an unset variable.
    static func resolve(_ arguments: ParsedArguments) throws -> String? {
        let given = names.filter { arguments.value($0) != nil }
        guard given.count <= 1 else {
            throw UsageError(message: "give only one of --password, --password-file and --password-env")
        }
        if let password = arguments.value("--password") { return password }
        if let variable = arguments.value("--password-env") {
            guard let value = getenv(variable) else {
                throw UsageError(message: "--password-env: the environment variable \(variable) is not set")
            }
            return String(cString: value)
        }
        if let path = arguments.value("--password-file") {
            let file: InputFile
            do {
                // A pipe too: `--password-file <(pass show key)` hands one over.
                file = try InputFile.read(path, allowingPipes: true)
            } catch {
                throw UsageError(message: "--password-file: \(error)")
            }
            // The first line, without its line end (as `openssl -passin file:` reads it).
            let line = file.bytes.prefix { $0 != 0x0A && $0 != 0x0D }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw UsageError(message: "--password-file: \(path) is not UTF-8 text")
            }
            return text
        }
        return nil
    }
}
