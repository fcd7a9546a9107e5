/// One x509dump subcommand. Each lives in Commands/, one file each.
protocol Command {
    /// The word that selects it (`show`, `asn1`, ...).
    static var name: String { get }
    /// One line for the global help.
    static var summary: String { get }
    /// The full `--help` text.
    static var usage: String { get }
    /// Which options take a value and which are flags.
    static var options: OptionSpec { get }
    /// Runs the command and returns the exit code (see `ExitCode`).
    static func run(_ arguments: ParsedArguments) -> Int32
}

/// Exit codes shared by every subcommand (DESIGN.md).
enum ExitCode {
    /// Everything read and nothing wrong.
    static let ok: Int32 = 0
    /// Input read, problems found (malformed data, failed verification, error findings).
    static let problems: Int32 = 1
    /// Bad usage or unreadable input.
    static let usage: Int32 = 2
}
