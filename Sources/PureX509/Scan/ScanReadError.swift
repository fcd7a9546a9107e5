/// Something ``CertificateScan`` was meant to read and could not: a file named on the
/// command line, a file with a certificate-like name, or a damaged block inside a file.
public struct ScanReadError: Sendable, Hashable {
    /// The file (bytes of the name that are not UTF-8 kept as U+10FF00 + byte).
    public let path: String
    /// What went wrong, with the PEM line when there is one.
    public let message: String
    /// The PEM line of the damaged block, when the file is PEM.
    public let pemLine: Int?
    /// The byte offset of the damage, when known.
    public let offset: Int?

    /// An error about the whole file.
    init(path: String, message: String) {
        self.path = path
        self.message = message
        pemLine = nil
        offset = nil
    }

    /// An error about a part of the file, as the reader reported it.
    init(path: String, problem: KeyFileError) {
        self.path = path
        var text = ""
        if let line = problem.pemLine { text += "PEM line \(line): " }
        text += problem.context + ": " + problem.message
        if let offset = problem.offset { text += " (byte \(offset))" }
        if let hint = problem.hint { text += "; " + hint }
        message = text
        pemLine = problem.pemLine
        offset = problem.offset
    }
}
