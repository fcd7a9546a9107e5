/// Something wrong in a server configuration: a syntax error, an include that names
/// nothing, a directive out of place. Always with the file and line, and the column for
/// syntax errors.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    /// The configuration file (as resolved).
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, for syntax errors.
    public let column: Int?
    /// What is wrong.
    public let message: String

    /// A problem at `file`:`line`(:`column`).
    package init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// "nginx.conf:12:5: unexpected \"}\"".
    public var description: String {
        "\(RawPath.display(file)):\(line)" + (column.map { ":\($0)" } ?? "") + ": " + message
    }
}
