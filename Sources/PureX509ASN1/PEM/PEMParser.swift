/// The single pass behind `PEMDocument(parsing:)`: split the input into lines, find each
/// BEGIN line and its END line, decode the base64 between them straight into the block's
/// buffer. RFC 7468 section 2 (boundaries, explanatory text), section 3 (lax and strict
/// grammars); RFC 1421 section 4.6 (headers).
struct PEMParser {
    /// One line: content offsets without the line end.
    struct Line {
        let start: Int
        let end: Int
        var length: Int { end - start }
    }

    static let beginPrefix: [UInt8] = Array("-----BEGIN ".utf8)
    static let endPrefix: [UInt8] = Array("-----END ".utf8)

    let mode: PEMParsingMode
    var observations: [PEMObservation] = []

    static func parse(_ bytes: [UInt8], mode: PEMParsingMode) throws(PEMError) -> PEMDocument {
        var parser = PEMParser(mode: mode)
        do {
            let document = try bytes.withUnsafeBufferPointer { (buffer) throws(PEMError) -> PEMDocument in
                try parser.run(buffer)
            }
            return parser.splitLineNumbers.isEmpty ? document : parser.renumbered(document)
        } catch {
            throw parser.splitLineNumbers.isEmpty ? error : error.renumbered(parser.fileLine)
        }
    }

    /// The 1-based line numbers (as the parser counts them) of END boundaries that ran into
    /// the next BEGIN on the same line of the file; each shifts the file's line numbers
    /// after it by one.
    var splitLineNumbers: [Int] = []

    /// The line of the file for a line number as the parser counts it.
    func fileLine(_ line: Int) -> Int {
        line - splitLineNumbers.reduce(0) { $0 + ($1 < line ? 1 : 0) }
    }

    /// `document` with every line number as the file counts it.
    func renumbered(_ document: PEMDocument) -> PEMDocument {
        PEMDocument(
            blocks: document.blocks.map { block in
                PEMBlock(
                    label: block.label, der: block.der, beginLine: fileLine(block.beginLine), endLine: fileLine(block.endLine),
                    range: block.range, headers: block.headers.map { PEMHeader(name: $0.name, value: $0.value, line: fileLine($0.line)) },
                    precedingText: block.precedingText, precedingTextRange: block.precedingTextRange)
            },
            observations: document.observations.map { PEMObservation($0.kind, line: fileLine($0.line), blockIndex: $0.blockIndex) },
            trailingText: document.trailingText, trailingTextRange: document.trailingTextRange, mode: document.mode)
    }

    /// Lax mode: when the line starting at `lineStart` is an END boundary whose closing
    /// dashes are followed at once by `-----BEGIN `, ends it there (RFC 7468 wants a line
    /// end; `cat a.pem b.pem` with no final newline in a.pem leaves none).
    mutating func splitJoinedBoundary(_ buffer: UnsafeBufferPointer<UInt8>, _ table: inout LineTable, at lineStart: Int) -> Int {
        guard lax, lineStart < buffer.count, buffer[lineStart] == 0x2D else { return lineStart }
        let line = Line(start: lineStart, end: Self.lineEnd(buffer, from: lineStart))
        guard Self.hasPrefix(buffer, line, Self.endPrefix) else { return lineStart }
        var dashes = lineStart + Self.endPrefix.count
        while dashes + 5 <= line.end {
            if buffer[dashes] == 0x2D && buffer[dashes + 1] == 0x2D && buffer[dashes + 2] == 0x2D
                && buffer[dashes + 3] == 0x2D && buffer[dashes + 4] == 0x2D
            {
                break
            }
            dashes += 1
        }
        let next = dashes + 5
        guard next + Self.beginPrefix.count <= line.end,
            Self.hasPrefix(buffer, Line(start: next, end: line.end), Self.beginPrefix)
        else { return lineStart }
        table.endLineWithoutBreak(nextStart: next)
        splitLineNumbers.append(table.count)
        note(.missingLineBreak, line: table.count)
        return next
    }

    static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < buffer.count && buffer[index] != 0x0A && buffer[index] != 0x0D { index += 1 }
        return index
    }

    init(mode: PEMParsingMode) {
        self.mode = mode
    }

    var lax: Bool { mode == .lax }

    mutating func note(_ kind: PEMObservation.Kind, line: Int, block: Int? = nil) {
        observations.append(PEMObservation(kind, line: line, blockIndex: block))
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) throws(PEMError) -> PEMDocument {
        guard !buffer.isEmpty else { throw .emptyInput }
        var start = 0
        if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            guard lax else { throw .byteOrderMark }
            note(.byteOrderMark, line: 1)
            start = 3
            guard buffer.count > 3 else { throw .emptyInput }
        }
        let lines = splitLines(buffer, from: start)

        var blocks: [PEMBlock] = []
        var textStart = start
        var textFirstLine = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if Self.hasPrefix(buffer, line, Self.endPrefix) {
                let (label, _) = try boundaryLabel(buffer, line, prefix: Self.endPrefix, number: index + 1, block: blocks.count)
                throw .unexpectedEnd(line: index + 1, label: label)
            }
            guard Self.hasPrefix(buffer, line, Self.beginPrefix) else {
                index += 1
                continue
            }
            let blockIndex = blocks.count
            let (label, _) = try boundaryLabel(buffer, line, prefix: Self.beginPrefix, number: index + 1, block: blockIndex)
            if let textLine = firstNonBlankLine(buffer, lines, textFirstLine..<index) {
                note(blocks.isEmpty ? .textBeforeFirstBlock : .textBetweenBlocks, line: textLine + 1, block: blockIndex)
            }
            // Find the END line; another BEGIN first means this block lost its END.
            var endIndex = index + 1
            while endIndex < lines.count {
                let candidate = lines[endIndex]
                if Self.hasPrefix(buffer, candidate, Self.endPrefix) { break }
                if Self.hasPrefix(buffer, candidate, Self.beginPrefix) {
                    throw .missingEnd(label: label, beginLine: index + 1, nextBeginLine: endIndex + 1)
                }
                endIndex += 1
            }
            guard endIndex < lines.count else { throw .truncatedBlock(label: label, beginLine: index + 1) }
            let (endLabel, _) = try boundaryLabel(buffer, lines[endIndex], prefix: Self.endPrefix, number: endIndex + 1, block: blockIndex)
            guard endLabel == label else {
                throw .labelMismatch(begin: label, end: endLabel, beginLine: index + 1, endLine: endIndex + 1)
            }
            let (headers, bodyStart) = try readHeaders(buffer, lines, (index + 1)..<endIndex, block: blockIndex)
            let der = try decodeBody(buffer, lines, bodyStart..<endIndex, block: blockIndex, beginLine: index + 1)
            let textRange = textStart..<line.start
            blocks.append(PEMBlock(
                label: PEMLabel(label), der: der, beginLine: index + 1, endLine: endIndex + 1,
                range: line.start..<lines[endIndex].end, headers: headers,
                precedingText: String(decoding: UnsafeBufferPointer(rebasing: buffer[textRange]), as: UTF8.self),
                precedingTextRange: textRange))
            index = endIndex + 1
            textFirstLine = index
            textStart = index < lines.count ? lines[index].start : buffer.count
        }
        guard !blocks.isEmpty else { throw .noPEMBlock }
        if let textLine = firstNonBlankLine(buffer, lines, textFirstLine..<lines.count) {
            note(.textAfterLastBlock, line: textLine + 1)
        }
        let trailingRange = textStart..<buffer.count
        observations.sort { ($0.line, $0.blockIndex ?? -1) < ($1.line, $1.blockIndex ?? -1) }
        return PEMDocument(
            blocks: blocks, observations: observations,
            trailingText: String(decoding: UnsafeBufferPointer(rebasing: buffer[trailingRange]), as: UTF8.self),
            trailingTextRange: trailingRange, mode: mode)
    }

    /// Splits at LF, CR LF and bare CR (RFC 7468 `eol`), noting the line-end style. The
    /// lines are kept in a compact `LineTable` (4 bytes a line).
    mutating func splitLines(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Lines {
        var table = LineTable(buffer, from: start)
        var index = splitJoinedBoundary(buffer, &table, at: start)
        var lineStart = index
        let count = buffer.count
        var sawCRLF = false
        var sawBareCR = false
        while index < count {
            // Past the line's content, to its LF or CR.
            index = LineEndScan.next(buffer, from: index)
            guard index < count else { break }
            let byte = buffer[index]
            if byte == 0x0A {
                index &+= 1
                table.endLine(nextStart: index)
                index = splitJoinedBoundary(buffer, &table, at: index)
                lineStart = index
            } else if byte == 0x0D {
                if index + 1 < count && buffer[index + 1] == 0x0A {
                    if !sawCRLF { note(.crlfLineEndings, line: table.count + 1) }
                    sawCRLF = true
                    index &+= 2
                } else {
                    if !sawBareCR { note(.bareCarriageReturn, line: table.count + 1) }
                    sawBareCR = true
                    index &+= 1
                }
                table.endLine(nextStart: index)
                index = splitJoinedBoundary(buffer, &table, at: index)
                lineStart = index
            } else {
                index &+= 1
            }
        }
        if lineStart < count {
            table.endUnterminated()
            note(.missingFinalNewline, line: table.count)
        }
        return Lines(table: table, buffer: buffer)
    }

    static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line, _ prefix: [UInt8]) -> Bool {
        guard line.length >= prefix.count, buffer[line.start] == 0x2D else { return false }
        for offset in 1..<prefix.count where buffer[line.start + offset] != prefix[offset] { return false }
        return true
    }

    /// The label of a BEGIN or END line: the text up to the first `-----` after the prefix.
    mutating func boundaryLabel(
        _ buffer: UnsafeBufferPointer<UInt8>, _ line: Line, prefix: [UInt8], number: Int, block: Int
    ) throws(PEMError) -> (String, Range<Int>) {
        let labelStart = line.start + prefix.count
        var dashes = labelStart
        var found = false
        while dashes + 5 <= line.end {
            if buffer[dashes] == 0x2D && buffer[dashes + 1] == 0x2D && buffer[dashes + 2] == 0x2D
                && buffer[dashes + 3] == 0x2D && buffer[dashes + 4] == 0x2D
            {
                found = true
                break
            }
            dashes += 1
        }
        guard found else { throw .malformedBoundary(line: number) }
        var rest = dashes + 5
        if rest < line.end {
            guard lax else { throw .malformedBoundary(line: number) }
            while rest < line.end, buffer[rest] == 0x20 || buffer[rest] == 0x09 { rest += 1 }
            guard rest == line.end else { throw .malformedBoundary(line: number) }
            note(.whitespaceAfterBoundary, line: number, block: block)
        }
        let range = labelStart..<dashes
        let label = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        if !lax && !Self.isValidLabel(buffer, range) { throw .invalidLabel(line: number, label: label) }
        return (label, range)
    }

    /// RFC 7468 section 3: `label = [ labelchar *( ["-" / SP] labelchar ) ]`,
    /// `labelchar = %x21-2C / %x2E-7E`.
    static func isValidLabel(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var previousWasSeparator = true
        for index in range {
            let byte = buffer[index]
            if byte == 0x2D || byte == 0x20 {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else if byte >= 0x21 && byte <= 0x7E {
                previousWasSeparator = false
            } else {
                return false
            }
        }
        return range.isEmpty || !previousWasSeparator
    }

    static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        for index in line.start..<line.end where buffer[index] != 0x20 && buffer[index] != 0x09 { return false }
        return true
    }

    func firstNonBlankLine(_ buffer: UnsafeBufferPointer<UInt8>, _ lines: Lines, _ range: Range<Int>) -> Int? {
        range.first { !Self.isBlank(buffer, lines[$0]) }
    }

    /// RFC 1421 section 4.6 headers at the top of a block (lax mode), up to and including
    /// the blank line that ends them. Returns the headers and the first base64 line.
    mutating func readHeaders(
        _ buffer: UnsafeBufferPointer<UInt8>, _ lines: Lines, _ range: Range<Int>, block: Int
    ) throws(PEMError) -> ([PEMHeader], Int) {
        guard let first = range.first, Self.colon(buffer, lines[first]) != nil else { return ([], range.lowerBound) }
        guard lax else { throw .headersNotAllowed(line: first + 1) }
        note(.rfc1421Headers, line: first + 1, block: block)
        var headers: [PEMHeader] = []
        var index = first
        while index < range.upperBound {
            let line = lines[index]
            if Self.isBlank(buffer, line) {
                index += 1
                break
            }
            let firstByte = buffer[line.start]
            if (firstByte == 0x20 || firstByte == 0x09), let last = headers.last {
                // Folded continuation of the previous header.
                let more = Self.text(buffer, line.start..<line.end).trimmingSpaces
                headers[headers.count - 1] = PEMHeader(name: last.name, value: last.value + " " + more, line: last.line)
                index += 1
                continue
            }
            guard let colon = Self.colon(buffer, line) else { break }
            let name = Self.text(buffer, line.start..<colon).trimmingSpaces
            guard !name.isEmpty else { throw .malformedHeader(line: index + 1) }
            let value = Self.text(buffer, (colon + 1)..<line.end).trimmingSpaces
            headers.append(PEMHeader(name: String(name), value: String(value), line: index + 1))
            index += 1
        }
        if let procType = headers.first(where: { $0.name.lowercased() == "proc-type" }),
            procType.value.split(separator: ",").dropFirst().contains(where: { $0.trimmingSpaces == "ENCRYPTED" })
        {
            note(.legacyEncryption, line: procType.line, block: block)
        }
        return (headers, index)
    }

    static func colon(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Line) -> Int? {
        (line.start..<line.end).first { buffer[$0] == 0x3A }
    }

    static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
    }

    /// Decodes the base64 lines of a block into a buffer sized from their length.
    mutating func decodeBody(
        _ buffer: UnsafeBufferPointer<UInt8>, _ lines: Lines, _ range: Range<Int>, block: Int, beginLine: Int
    ) throws(PEMError) -> [UInt8] {
        var characters = 0
        var lastLine = -1
        for index in range where lines[index].length > 0 {
            characters += lines[index].length
            lastLine = index
        }
        if lax {
            while lastLine >= range.lowerBound && Self.isBlank(buffer, lines[lastLine]) { lastLine -= 1 }
        }
        guard lastLine >= range.lowerBound else {
            if !range.isEmpty && !lax { throw .blankLine(line: range.lowerBound + 1) }
            if !range.isEmpty { note(.blankLineInBase64, line: range.lowerBound + 1, block: block) }
            note(.emptyBlock, line: beginLine, block: block)
            return []
        }
        let strict = !lax
        var failure: PEMError?
        var blankLine: Int?
        var oddLength: Int?
        var whitespaceLine: Int?
        var end: Base64Decoder.End = .complete
        var decoder = Base64Decoder()
        let der = [UInt8](unsafeUninitializedCapacity: characters / 4 * 3 + 3) { out, written in
            guard let base = out.baseAddress else { return }
            for index in range {
                let line = lines[index]
                let length = line.length
                if length == 0 || (lax && (buffer[line.start] == 0x20 || buffer[line.start] == 0x09) && Self.isBlank(buffer, line)) {
                    if strict {
                        failure = .blankLine(line: index + 1)
                        break
                    }
                    if index < lastLine && blankLine == nil { blankLine = index + 1 }
                    continue
                }
                if length > 64 || (length != 64 && index != lastLine) {
                    if strict {
                        failure = .badLineLength(line: index + 1, length: length)
                        break
                    }
                    if oddLength == nil { oddLength = index + 1 }
                }
                let piece = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                if let stop = decoder.decode(piece, into: base, allowWhitespace: lax) {
                    switch stop {
                    case .invalidCharacter(let at):
                        failure = .badBase64Character(line: index + 1, column: at + 1, byte: piece[at])
                    case .misplacedPadding(let at):
                        failure = .badPadding(line: index + 1, column: at + 1)
                    }
                    break
                }
                if decoder.sawWhitespace && whitespaceLine == nil { whitespaceLine = index + 1 }
            }
            if failure == nil { end = decoder.finish(into: base) }
            written = decoder.written
        }
        if let failure { throw failure }
        let last = lines[lastLine]
        switch end {
        case .complete: break
        case .missingPadding:
            if strict { throw .badPadding(line: lastLine + 1, column: last.length + 1) }
            note(.missingPadding, line: lastLine + 1, block: block)
        case .incompletePadding:
            throw .badPadding(line: lastLine + 1, column: last.length + 1)
        case .danglingCharacter:
            throw .incompleteBase64(line: lastLine + 1)
        }
        if decoder.nonZeroPaddingBits {
            if strict { throw .badPadding(line: lastLine + 1, column: last.length) }
            note(.nonZeroPaddingBits, line: lastLine + 1, block: block)
        }
        if let blankLine { note(.blankLineInBase64, line: blankLine, block: block) }
        if let whitespaceLine { note(.whitespaceInBase64, line: whitespaceLine, block: block) }
        if let oddLength { note(.nonStandardLineLength, line: oddLength, block: block) }
        if der.isEmpty { note(.emptyBlock, line: beginLine, block: block) }
        return der
    }
}
