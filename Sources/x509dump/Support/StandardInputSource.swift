import PureX509

/// Reads the files `diagnose` and `fix-chain` are given, where `-` is standard input (as for
/// `show`). Standard input can be read once: naming `-` twice is a usage error.
struct StandardInputSource {
    /// The option that took standard input, if one did.
    private(set) var takenBy: String?

    /// The name standard input goes by in findings and output.
    static let name = "<stdin>"

    /// The source for `path` (`-`: standard input, read whole and bounded in size).
    mutating func read(_ path: String, option: String) throws -> DiagnosisSource {
        guard path == "-" else { return DiagnosisSource.read(path) }
        if let takenBy {
            throw UsageError(message: "standard input (-) can be read only once: \(takenBy) already reads it, so \(option) cannot")
        }
        takenBy = option
        do {
            return DiagnosisSource(name: Self.name, bytes: try InputFile.read("-").bytes)
        } catch {
            throw UsageError(message: "\(option) -: \(error)")
        }
    }
}
