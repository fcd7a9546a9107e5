import PureX509

/// A file named on the command line, read whole (`-` is standard input).
///
/// Only regular files are read (a FIFO, socket or device fails at once instead of
/// blocking: see `RegularFile`); names keep their bytes (`RawPath`), so a file whose name
/// is not UTF-8 is read, not "no such file". At most 100 MiB per file and, in total, per
/// process (set in `ProcessLimits`).
struct InputFile {
    /// The name as given, for messages (`<stdin>` for standard input; bytes that are not
    /// UTF-8 written as `\xE9`).
    let name: String
    /// The bytes read.
    let bytes: [UInt8]

    /// The largest input read: far above any certificate bundle, and a bound on memory.
    static let maximumSize = RegularFile.maximumSize

    typealias ReadError = RegularFile.ReadError

    /// Reads `name` (or standard input for `-`). `allowingPipes` also reads a named pipe
    /// (a password file given as `<(command)`).
    static func read(_ name: String, allowingPipes: Bool = false) throws(ReadError) -> InputFile {
        if name == "-" {
            return InputFile(name: "<stdin>", bytes: try RegularFile.readStandardInput())
        }
        return InputFile(name: RawPath.display(name), bytes: try RegularFile.read(name, allowingPipes: allowingPipes))
    }
}
