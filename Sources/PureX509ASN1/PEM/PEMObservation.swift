/// Something the lax reader accepted that a strict RFC 7468 reader would not, or that a
/// person may want to know about (text around the blocks). Observations are data: a
/// diagnosis turns them into findings.
public struct PEMObservation: Hashable, Sendable {
    /// What was observed.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The input starts with a UTF-8 byte order mark (EF BB BF), skipped.
        case byteOrderMark
        /// Lines end in CR LF (reported once, at the first such line).
        case crlfLineEndings
        /// A line ends in a bare CR (reported once).
        case bareCarriageReturn
        /// The last line has no line end.
        case missingFinalNewline
        /// An END line runs straight into the next BEGIN line
        /// (`-----END CERTIFICATE----------BEGIN CERTIFICATE-----`): two files were joined
        /// with `cat` and the first had no final newline. The lax reader reads both blocks.
        case missingLineBreak
        /// Non-blank text before the first block (RFC 7468 section 2 explanatory text).
        case textBeforeFirstBlock
        /// Non-blank text between two blocks.
        case textBetweenBlocks
        /// Non-blank text after the last block, often trailing garbage.
        case textAfterLastBlock
        /// Spaces or tabs inside the base64 lines (reported once per block).
        case whitespaceInBase64
        /// Blank lines inside the base64 (reported once per block).
        case blankLineInBase64
        /// Base64 lines not of 64 characters (reported once per block).
        case nonStandardLineLength
        /// Whitespace after the closing dashes of a BEGIN or END line.
        case whitespaceAfterBoundary
        /// RFC 1421 headers in the block.
        case rfc1421Headers
        /// `Proc-Type: 4,ENCRYPTED`: OpenSSL's legacy encrypted key format.
        case legacyEncryption
        /// The final base64 quantum has no `=` padding.
        case missingPadding
        /// The character before the padding has non-zero unused bits (RFC 4648 3.5).
        case nonZeroPaddingBits
        /// A block with no content at all.
        case emptyBlock
    }

    /// What was observed.
    public let kind: Kind
    /// The 1-based line where it was seen.
    public let line: Int
    /// The index of the block it concerns, if any.
    public let blockIndex: Int?

    /// An observation of `kind` at 1-based `line`, about block `blockIndex` when it concerns one.
    public init(_ kind: Kind, line: Int, blockIndex: Int? = nil) {
        self.kind = kind
        self.line = line
        self.blockIndex = blockIndex
    }

    /// A short sentence for people.
    public var message: String {
        switch kind {
        case .byteOrderMark: return "input starts with a UTF-8 byte order mark"
        case .crlfLineEndings: return "lines end in CR LF"
        case .bareCarriageReturn: return "a line ends in a bare CR"
        case .missingFinalNewline: return "the last line has no line end"
        case .missingLineBreak: return "an END line runs into the next BEGIN line (missing line break)"
        case .textBeforeFirstBlock: return "text before the first PEM block"
        case .textBetweenBlocks: return "text between PEM blocks"
        case .textAfterLastBlock: return "text after the last PEM block"
        case .whitespaceInBase64: return "spaces or tabs inside the base64"
        case .blankLineInBase64: return "blank line inside the base64"
        case .nonStandardLineLength: return "base64 lines are not 64 characters"
        case .whitespaceAfterBoundary: return "whitespace after the boundary line's dashes"
        case .rfc1421Headers: return "RFC 1421 headers inside the block"
        case .legacyEncryption: return "legacy OpenSSL encryption (Proc-Type: 4,ENCRYPTED)"
        case .missingPadding: return "base64 padding missing"
        case .nonZeroPaddingBits: return "non-zero unused bits before the base64 padding"
        case .emptyBlock: return "empty PEM block"
        }
    }
}

extension PEMObservation: CustomStringConvertible {
    /// "line 3: lines end in CR LF".
    public var description: String { "line \(line): \(message)" }
}
