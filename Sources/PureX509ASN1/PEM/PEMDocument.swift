/// A PEM file (RFC 7468) read whole: every block with its label, place and decoded bytes,
/// the text around the blocks, and what the lax reader had to forgive.
///
/// ```swift
/// let document = try PEMDocument(parsing: bytes)
/// for block in document.blocks where block.label == .certificate {
///     let node = try ASN1Node.parse(block.der)
/// }
/// ```
public struct PEMDocument: Hashable, Sendable {
    /// Every block, in file order.
    public let blocks: [PEMBlock]
    /// What the reader accepted but a strict reader would not, or a person should know,
    /// in file order.
    public let observations: [PEMObservation]
    /// The text after the last block's END line (RFC 7468 explanatory text, or trailing
    /// garbage), as written; may be empty.
    public let trailingText: String
    /// Byte offsets of `trailingText` in the input.
    public let trailingTextRange: Range<Int>
    /// The mode the document was read in.
    public let mode: PEMParsingMode

    /// Reads every block of `bytes`.
    public init(parsing bytes: [UInt8], mode: PEMParsingMode = .lax) throws(PEMError) {
        self = try PEMParser.parse(bytes, mode: mode)
    }

    /// Reads every block of `text`.
    public init(parsing text: String, mode: PEMParsingMode = .lax) throws(PEMError) {
        try self.init(parsing: Array(text.utf8), mode: mode)
    }

    init(blocks: [PEMBlock], observations: [PEMObservation], trailingText: String, trailingTextRange: Range<Int>, mode: PEMParsingMode) {
        self.blocks = blocks
        self.observations = observations
        self.trailingText = trailingText
        self.trailingTextRange = trailingTextRange
        self.mode = mode
    }

    /// True when the input's lines end in CR LF.
    public var usedCRLF: Bool { has(.crlfLineEndings) }

    /// True when the input started with a UTF-8 byte order mark (lax mode skips it).
    public var hadByteOrderMark: Bool { has(.byteOrderMark) }

    /// True when some observation is of `kind`.
    public func has(_ kind: PEMObservation.Kind) -> Bool {
        observations.contains { $0.kind == kind }
    }

    /// The blocks carrying `label`.
    public func blocks(labelled label: PEMLabel) -> [PEMBlock] {
        blocks.filter { $0.label == label }
    }
}
