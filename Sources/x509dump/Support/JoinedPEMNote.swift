import PureX509

/// Files joined by `cat` when the first lacked its final newline leave an END line that runs
/// into the next BEGIN (`-----END CERTIFICATE----------BEGIN CERTIFICATE-----`). x509dump
/// reads both blocks; OpenSSL reads nothing from such a file, so servers built on it refuse
/// it. `show`, `verify` and `pem` say so at the line where it happens.
enum JoinedPEMNote {
    /// The PEM lines (1-based) where an END line runs into a BEGIN. The PEM is parsed a
    /// second time, for its observations, only when the bytes hold ten dashes and BEGIN.
    static func lines(in bytes: [UInt8]) -> [Int] {
        guard ByteSearch.contains(bytes, "----------BEGIN ") else { return [] }
        let observations = (try? PEMDocument(parsing: bytes))?.observations ?? []
        return observations.filter { $0.kind == .missingLineBreak }.map(\.line)
    }

    /// The note for `show` and `verify`, which read the file as it is.
    static func note(command: String, file: String, line: Int) -> String {
        "x509dump \(command): note: \(file) line \(line): an END line runs into the next BEGIN (files joined by cat, the first"
            + " without its final newline). Both blocks are read here, but OpenSSL reads no certificate from this file, so nginx,"
            + " Apache and HAProxy refuse it: `x509dump pem \(file)` writes it with the line break."
    }
}
