extension PEMError {
    /// The same error with every line number passed through `line` (the parser counts an
    /// END boundary that ran into the next BEGIN as two lines; the file has one).
    func renumbered(_ line: (Int) -> Int) -> PEMError {
        switch self {
        case .emptyInput, .byteOrderMark, .noPEMBlock: return self
        case .malformedBoundary(let at): return .malformedBoundary(line: line(at))
        case .invalidLabel(let at, let label): return .invalidLabel(line: line(at), label: label)
        case .badBase64Character(let at, let column, let byte): return .badBase64Character(line: line(at), column: column, byte: byte)
        case .badPadding(let at, let column): return .badPadding(line: line(at), column: column)
        case .incompleteBase64(let at): return .incompleteBase64(line: line(at))
        case .missingEnd(let label, let begin, let next): return .missingEnd(label: label, beginLine: line(begin), nextBeginLine: line(next))
        case .truncatedBlock(let label, let begin): return .truncatedBlock(label: label, beginLine: line(begin))
        case .labelMismatch(let begin, let end, let beginLine, let endLine):
            return .labelMismatch(begin: begin, end: end, beginLine: line(beginLine), endLine: line(endLine))
        case .unexpectedEnd(let at, let label): return .unexpectedEnd(line: line(at), label: label)
        case .malformedHeader(let at): return .malformedHeader(line: line(at))
        case .headersNotAllowed(let at): return .headersNotAllowed(line: line(at))
        case .badLineLength(let at, let length): return .badLineLength(line: line(at), length: length)
        case .blankLine(let at): return .blankLine(line: line(at))
        }
    }
}
