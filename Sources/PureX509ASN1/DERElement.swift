/// One TLV (tag, length, value) located inside a reader's buffer. It holds offsets only,
/// so it is free to copy; read its content through the reader or buffer it came from.
public struct DERElement: Hashable, Sendable {
    /// The element's tag.
    public let tag: ASN1Tag
    /// Offset of the identifier octet.
    public let start: Int
    /// Offset of the first content octet.
    public let contentStart: Int
    /// Offset one past the last content octet.
    public let end: Int

    /// An element with `tag` whose identifier octet is at `start`, content at `contentStart..<end`.
    @inlinable
    public init(tag: ASN1Tag, start: Int, contentStart: Int, end: Int) {
        self.tag = tag
        self.start = start
        self.contentStart = contentStart
        self.end = end
    }

    /// The content octets (V of TLV).
    @inlinable public var contentRange: Range<Int> { contentStart..<end }
    /// The whole encoding (T, L and V).
    @inlinable public var fullRange: Range<Int> { start..<end }
    /// Number of content octets.
    @inlinable public var contentLength: Int { end - contentStart }
    /// Number of identifier and length octets.
    @inlinable public var headerLength: Int { contentStart - start }
}
