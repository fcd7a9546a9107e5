/// Why a PEM input could not be read. Every case that concerns a place names its 1-based
/// line (and column, counted in bytes from 1, where one character is at fault).
public enum PEMError: Error, Hashable, Sendable {
    /// The input has no bytes at all.
    case emptyInput
    /// Strict mode: the input starts with a UTF-8 byte order mark.
    case byteOrderMark
    /// No `-----BEGIN ...-----` line anywhere.
    case noPEMBlock
    /// A line starting `-----BEGIN ` or `-----END ` without the closing `-----`, or (strict)
    /// with anything after it.
    case malformedBoundary(line: Int)
    /// Strict mode: the label breaks RFC 7468's `label` rule.
    case invalidLabel(line: Int, label: String)
    /// A byte that is not base64 (in strict mode, spaces and tabs too).
    case badBase64Character(line: Int, column: Int, byte: UInt8)
    /// `=` where it cannot be, data after the padding, incomplete padding, or (strict)
    /// missing padding or non-zero unused bits.
    case badPadding(line: Int, column: Int)
    /// The base64 ends with one character of a quantum: not a whole byte.
    case incompleteBase64(line: Int)
    /// A block has no END line: another BEGIN came first.
    case missingEnd(label: String, beginLine: Int, nextBeginLine: Int)
    /// The input ends inside a block, before its END line.
    case truncatedBlock(label: String, beginLine: Int)
    /// The END line names a different label than the BEGIN line.
    case labelMismatch(begin: String, end: String, beginLine: Int, endLine: Int)
    /// An END line outside any block.
    case unexpectedEnd(line: Int, label: String)
    /// A header line that is not `Name: value`.
    case malformedHeader(line: Int)
    /// Strict mode: RFC 1421 headers are not part of RFC 7468.
    case headersNotAllowed(line: Int)
    /// Strict mode: a base64 line longer than 64 characters, or shorter and not the last.
    case badLineLength(line: Int, length: Int)
    /// Strict mode: a blank line inside the base64.
    case blankLine(line: Int)

    /// The line the error concerns, if any.
    public var line: Int? {
        switch self {
        case .emptyInput, .noPEMBlock: return nil
        case .byteOrderMark: return 1
        case .malformedBoundary(let line), .invalidLabel(let line, _), .badBase64Character(let line, _, _),
            .badPadding(let line, _), .incompleteBase64(let line), .unexpectedEnd(let line, _),
            .malformedHeader(let line), .headersNotAllowed(let line), .badLineLength(let line, _),
            .blankLine(let line):
            return line
        case .missingEnd(_, let beginLine, _), .truncatedBlock(_, let beginLine):
            return beginLine
        case .labelMismatch(_, _, _, let endLine):
            return endLine
        }
    }

    /// A short phrase naming the problem, with its place.
    public var reason: String {
        switch self {
        case .emptyInput: return "empty input"
        case .byteOrderMark: return "UTF-8 byte order mark at the start of the input"
        case .noPEMBlock: return "no PEM block (no -----BEGIN line)"
        case .malformedBoundary(let line): return "malformed BEGIN/END line at line \(line)"
        case .invalidLabel(let line, let label): return "invalid label \"\(label)\" at line \(line)"
        case .badBase64Character(let line, let column, let byte):
            return "bad base64 character \(PEMError.describe(byte)) at line \(line), column \(column)"
        case .badPadding(let line, let column): return "bad base64 padding at line \(line), column \(column)"
        case .incompleteBase64(let line): return "base64 ends inside a quantum at line \(line)"
        case .missingEnd(let label, let beginLine, let next):
            return "no END line for \"\(label)\" begun at line \(beginLine) (next BEGIN at line \(next))"
        case .truncatedBlock(let label, let beginLine):
            return "input ends inside the \"\(label)\" block begun at line \(beginLine)"
        case .labelMismatch(let begin, let end, let beginLine, let endLine):
            return "END \"\(end)\" at line \(endLine) does not match BEGIN \"\(begin)\" at line \(beginLine)"
        case .unexpectedEnd(let line, let label): return "END \"\(label)\" at line \(line) without a BEGIN"
        case .malformedHeader(let line): return "malformed header at line \(line)"
        case .headersNotAllowed(let line): return "RFC 1421 header at line \(line) (not allowed by RFC 7468)"
        case .badLineLength(let line, let length): return "base64 line of \(length) characters at line \(line) (strict: 64)"
        case .blankLine(let line): return "blank line inside the base64 at line \(line)"
        }
    }

    /// A byte as a person reads it: `'x' (0x78)` when printable, else `0x07`.
    static func describe(_ byte: UInt8) -> String {
        let hex = "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))' (\(hex))" }
        return hex
    }
}

extension PEMError: CustomStringConvertible {
    /// The `reason`.
    public var description: String { reason }
}
