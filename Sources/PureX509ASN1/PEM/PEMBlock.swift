/// One `-----BEGIN label-----` ... `-----END label-----` block of a PEM file, decoded, with
/// where it was found and the explanatory text that preceded it.
public struct PEMBlock: Hashable, Sendable {
    /// The label.
    public let label: PEMLabel
    /// The decoded content: DER for every label X.509 and PKCS use.
    public let der: [UInt8]
    /// The 1-based line of the BEGIN line.
    public let beginLine: Int
    /// The 1-based line of the END line.
    public let endLine: Int
    /// Byte offsets in the input from the first `-` of the BEGIN line to the last `-` of
    /// the END line (line end excluded).
    public let range: Range<Int>
    /// RFC 1421 headers (lax mode only), in order.
    public let headers: [PEMHeader]
    /// The text between the previous block (or the start of the input) and this block's
    /// BEGIN line, as written (RFC 7468 section 2 "explanatory text"); may be empty.
    public let precedingText: String
    /// Byte offsets of `precedingText` in the input.
    public let precedingTextRange: Range<Int>

    /// A block labelled `label` holding `der`, written from line `beginLine` to `endLine` at byte
    /// offsets `range` of the input.
    public init(
        label: PEMLabel, der: [UInt8], beginLine: Int, endLine: Int, range: Range<Int>,
        headers: [PEMHeader] = [], precedingText: String = "", precedingTextRange: Range<Int> = 0..<0
    ) {
        self.label = label
        self.der = der
        self.beginLine = beginLine
        self.endLine = endLine
        self.range = range
        self.headers = headers
        self.precedingText = precedingText
        self.precedingTextRange = precedingTextRange
    }

    /// The value of the first header with this name (case-insensitive), if any.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// True when the block carries `Proc-Type: 4,ENCRYPTED` (RFC 1421 section 4.6.1.1):
    /// OpenSSL's legacy password-encrypted key, whose `der` is ciphertext.
    public var isLegacyEncrypted: Bool {
        guard let procType = header("Proc-Type") else { return false }
        return procType.split(separator: ",").dropFirst().contains { $0.trimmingSpaces == "ENCRYPTED" }
    }

    /// The `DEK-Info` header (cipher and IV of a legacy encrypted key), if any.
    public var dekInfo: String? { header("DEK-Info") }

    /// The block written out again in canonical form (64 columns, LF, no headers).
    public var pemText: String { PEMWriter.encode(der, label: label) }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
