/// PEM text that is not the one block an initialiser reads: what it expected and every block
/// it found, each with its label and BEGIN line.
///
/// `init(pemEncoded:)` of ``Certificate``, ``PrivateKey``, ``CertificateRevocationList`` and
/// the other readable types reads exactly one block of its own labels, as its
/// `init(contentsOfFile:)` does. Text with no such block, with a block of another label (an
/// `EC PARAMETERS` block before an EC key included), or with several is refused with this
/// value in the type's error, naming the label found and its line; ``InputContents`` reads
/// such text whole. A file of several certificates is read by
/// `[Certificate](pemEncoded:)` or ``CertificateFile/load(_:)``.
public struct PEMBlockMismatch: Hashable, Sendable, CustomStringConvertible {
    /// A block of the text.
    public struct Block: Hashable, Sendable {
        /// Its label ("CERTIFICATE").
        public let label: String
        /// Its BEGIN line (1-based).
        public let line: Int

        /// A block of `label` beginning at `line`.
        public init(label: String, line: Int) {
            self.label = label
            self.line = line
        }
    }

    /// The label the initialiser reads ("CERTIFICATE", "PRIVATE KEY").
    public let expected: String
    /// Every block of the text, in order.
    public let found: [Block]
    /// The BEGIN line of the block at fault (the first of another label, else the second of
    /// the expected one); nil when the text has no block.
    public let line: Int?

    /// "expected one PEM CERTIFICATE block, found PRIVATE KEY at line 1".
    public var description: String {
        let blocks = found.map { "\($0.label) at line \($0.line)" }
        let what = found.isEmpty ? "none" : found.count == 1 ? blocks[0] : "\(found.count) blocks: " + blocks.joined(separator: ", ")
        return "expected one PEM \(expected) block, found \(what)"
    }
}

/// Reading the one PEM block of an `init(pemEncoded:)`.
enum SinglePEMBlock {
    /// Why the text is not one block of the expected label.
    enum Failure: Error {
        /// The PEM itself is malformed.
        case pem(PEMError)
        /// The blocks are not the one expected.
        case mismatch(PEMBlockMismatch)

        /// The line of the fault, when there is one.
        var line: Int? {
            switch self {
            case .pem(let error): error.line
            case .mismatch(let mismatch): mismatch.line
            }
        }
    }

    /// The value of the one block of `bytes`, when its label is one that `accepts`, read by
    /// `parse`; `expected` names the label in the error, `failure` makes the type's error.
    ///
    /// Every block of an accepted label is parsed before the count is checked, so damage is
    /// reported first, as ``InputContents`` reports it for the same bytes: a damaged second
    /// certificate fails with its parse error and line, not with "2 blocks".
    static func read<T, E: Error>(
        _ bytes: [UInt8], expected: String, accepts: (PEMLabel) -> Bool, failure: (Failure) -> E,
        parse: (PEMBlock) throws(E) -> T
    ) throws(E) -> T {
        let document: PEMDocument
        do {
            document = try PEMDocument(parsing: bytes)
        } catch {
            throw failure(.pem(error))
        }
        let wanted = document.blocks.filter { accepts($0.label) }
        var values: [T] = []
        for block in wanted { values.append(try parse(block)) }
        let stray = document.blocks.first { !accepts($0.label) }
        if values.count == 1, stray == nil, let value = values.first { return value }
        let line = stray?.beginLine ?? (wanted.count > 1 ? wanted[1].beginLine : nil)
        throw failure(.mismatch(PEMBlockMismatch(
            expected: expected, found: document.blocks.map { PEMBlockMismatch.Block(label: $0.label.text, line: $0.beginLine) },
            line: line)))
    }
}

extension X509ParseError {
    /// The error of an `init(pemEncoded:)` whose text is not one block of `field`'s label.
    init(pemFailure failure: SinglePEMBlock.Failure, field: String) {
        switch failure {
        case .pem(let error): self.init(field: field, reason: .pem(error), offset: 0)
        case .mismatch(let mismatch): self.init(field: field, reason: .pemMismatch(mismatch), offset: 0)
        }
        pemLine = failure.line
    }
}

extension KeyFileError {
    /// The error of an `init(pemEncoded:)` whose text is not one block of the expected label.
    init(pemFailure failure: SinglePEMBlock.Failure, context: String) {
        switch failure {
        case .pem(let error): self.init(Reason.pem(error), context: context)
        case .mismatch(let mismatch): self.init(Reason.pemMismatch(mismatch), context: context, pemLine: mismatch.line)
        }
    }
}
