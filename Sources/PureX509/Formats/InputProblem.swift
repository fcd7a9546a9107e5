/// Something in an input that could not be read, and where: its block's position, PEM line
/// and byte offset, the typed reason (``KeyFileError``, which also carries the byte offset
/// of the fault inside the block's DER) and a hint when there is something to do about it.
/// What ``InputContents`` reports; every loader reports the same.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
    /// The position of the block in the input (0 is the first block).
    public let position: Int
    /// The BEGIN line of the block, nil for DER input.
    public let pemLine: Int?
    /// The byte offset of the block in the input (the first `-` of its BEGIN line; 0 for
    /// DER input).
    public let byteOffset: Int
    /// The block's PEM label ("CERTIFICATE"), nil for DER input or a block whose BEGIN
    /// line could not be read.
    public let label: String?
    /// What went wrong: the typed reason, the structure and the offset inside it.
    public let error: KeyFileError
    /// The decoded bytes of the block when they were decoded (the DER of a damaged
    /// certificate, for a best-effort display such as ``CertificateSketch``); nil when the
    /// PEM itself is broken.
    public let der: [UInt8]?
    /// The name of the input, when one was given.
    public let fileName: String?

    /// Makes a problem record.
    public init(position: Int, pemLine: Int?, byteOffset: Int, label: String?, error: KeyFileError, der: [UInt8]?, fileName: String?) {
        self.position = position
        self.pemLine = pemLine
        self.byteOffset = byteOffset
        self.label = label
        self.error = error
        self.der = der
        self.fileName = fileName
    }

    /// What to do about it, if there is advice (the error's hint).
    public var hint: String? { error.hint }

    /// The typed reason.
    public var reason: KeyFileError.Reason { error.reason }

    /// True when the problem is only that a key or container needs a password.
    public var needsPassword: Bool { error.kind == .passwordRequired }

    /// "chain.pem: block #1 (PEM line 14), block from byte 1302: CERTIFICATE: ...".
    public var description: String { (fileName.map { "\($0): " } ?? "") + summary }

    /// The description without the file name: "block #1 (PEM line 14), block from byte 1302: ...".
    public var summary: String {
        var place = "block #\(position)"
        // The line of the fault when the PEM itself is broken (a bad base64 line), else
        // the BEGIN line.
        if let line = error.pemLine ?? pemLine { place += " (PEM line \(line)), block from byte \(byteOffset)" }
        var text = place + ": "
        text += (error.context.isEmpty ? "" : error.context + ": ") + error.message
        if let offset = error.offset { text += " at byte \(offset)" + (pemLine == nil ? "" : " of the decoded block") }
        return text + (hint.map { "; hint: \($0)" } ?? "")
    }
}
