import PureX509ASN1

extension PEMError {
    /// The same error with every line moved down by `offset`: for an error found while
    /// reading one part of a file on its own (a block cut out at its BEGIN line), so that it
    /// names the line of the whole file.
    func shifted(by offset: Int) -> PEMError {
        guard offset != 0 else { return self }
        switch self {
        case .emptyInput, .byteOrderMark, .noPEMBlock: return self
        case .malformedBoundary(let line): return .malformedBoundary(line: line + offset)
        case .invalidLabel(let line, let label): return .invalidLabel(line: line + offset, label: label)
        case .badBase64Character(let line, let column, let byte):
            return .badBase64Character(line: line + offset, column: column, byte: byte)
        case .badPadding(let line, let column): return .badPadding(line: line + offset, column: column)
        case .incompleteBase64(let line): return .incompleteBase64(line: line + offset)
        case .missingEnd(let label, let beginLine, let nextBeginLine):
            return .missingEnd(label: label, beginLine: beginLine + offset, nextBeginLine: nextBeginLine + offset)
        case .truncatedBlock(let label, let beginLine): return .truncatedBlock(label: label, beginLine: beginLine + offset)
        case .labelMismatch(let begin, let end, let beginLine, let endLine):
            return .labelMismatch(begin: begin, end: end, beginLine: beginLine + offset, endLine: endLine + offset)
        case .unexpectedEnd(let line, let label): return .unexpectedEnd(line: line + offset, label: label)
        case .malformedHeader(let line): return .malformedHeader(line: line + offset)
        case .headersNotAllowed(let line): return .headersNotAllowed(line: line + offset)
        case .badLineLength(let line, let length): return .badLineLength(line: line + offset, length: length)
        case .blankLine(let line): return .blankLine(line: line + offset)
        }
    }
}
