/// A strict DER cursor (X.690 section 10) over a byte buffer.
///
/// The reader walks the bytes once and never copies them: elements are returned as
/// offsets, and nested structures are read by narrowing the reader's own bounds for the
/// duration of a closure (`readSequence`, `readConstructed`, `readExplicit`). Every error
/// is a `DERError` carrying the absolute byte offset.
///
/// ```swift
/// var reader = DERReader(bytes)
/// let (version, serial) = try reader.readSequence { seq in
///     (try seq.readInt(), try seq.readUnsignedIntegerBytes())
/// }
/// try reader.finish()
/// ```
public struct DERReader: Sendable {
    /// The whole buffer; offsets everywhere are relative to its first byte.
    public let bytes: [UInt8]
    /// Offset of the next unread byte.
    @inlinable public var position: Int { _position }
    /// Offset one past the last byte this reader may read (the end of the current structure).
    @inlinable public var end: Int { _end }
    /// How many constructed elements enclose the current position.
    @inlinable public var depth: Int { _depth }
    @usableFromInline var _position: Int
    @usableFromInline var _end: Int
    @usableFromInline var _depth: Int
    /// The deepest nesting accepted before `DERError.nestingTooDeep`.
    public let maximumDepth: Int

    /// The default nesting limit: far above any real certificate (which nests about 10 deep),
    /// low enough that hostile input cannot exhaust the stack of a recursive consumer.
    public static let defaultMaximumDepth = 64

    /// The default element limit of the readers that build a tree of every element
    /// (`ASN1Node`, `ASN1Dump`): one million, about 40 times the elements of the largest
    /// certificate seen, while a hostile input of two-byte elements could otherwise make a
    /// tree tens of times its own size. The cursor itself allocates nothing and has no such
    /// limit.
    public static let defaultMaximumElements = 1_000_000

    /// A reader over all of `bytes`.
    @inlinable
    public init(_ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth) {
        self.bytes = bytes
        _position = 0
        _end = bytes.count
        _depth = 0
        self.maximumDepth = maximumDepth
    }

    /// A reader over `range` of `bytes` (for example the content of an element found
    /// earlier). `depth` lets a consumer carry the nesting count across readers.
    @inlinable
    public init(_ bytes: [UInt8], range: Range<Int>, depth: Int = 0, maximumDepth: Int = DERReader.defaultMaximumDepth) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "DERReader range outside buffer")
        self.bytes = bytes
        _position = range.lowerBound
        _end = range.upperBound
        _depth = depth
        self.maximumDepth = maximumDepth
    }

    /// True when no bytes remain in the current structure.
    @inlinable public var isAtEnd: Bool { position >= end }
    /// Bytes left in the current structure.
    @inlinable public var remainingCount: Int { end - position }

    /// Throws `trailingData` unless everything has been read.
    @inlinable
    public func finish() throws(DERError) {
        if position < end { throw .trailingData(offset: position, count: end - position) }
    }

    // MARK: Headers

    /// Decodes the identifier and length octets at `position` without moving
    /// (X.690 8.1.2, 8.1.3 with the DER restrictions of 10.1).
    @inlinable @inline(__always)
    public func peekElement() throws(DERError) -> DERElement {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DERError) -> DERElement in
            try Self.decodeHeader(buffer, at: position, end: end)
        }
    }

    /// The tag of the next element, or nil at the end of the current structure.
    @inlinable
    public func peekTag() throws(DERError) -> ASN1Tag? {
        if isAtEnd { return nil }
        return try peekElement().tag
    }

    /// Decodes the identifier and length octets of the element at `start`, which must end
    /// by `end` (at most `buffer.count`), with every rule `peekElement` applies. For scanners
    /// that walk a buffer with index arithmetic instead of a reader; inlined into them.
    @inlinable @inline(__always)
    package static func decodeHeader(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) throws(DERError) -> DERElement {
        // Fast path: low tag number, short-form length, no rule to check beyond the
        // universal constructed bit (X.690 8.1.2.2, 8.1.3.4).
        if end - start >= 2 {
            let first = buffer[start]
            let lengthByte = buffer[start + 1]
            // (first & 0xDF == 0 is universal tag 0, end-of-contents: left to the slow path.)
            if first & 0x1F != 0x1F && lengthByte < 0x80 && first & 0xDF != 0 {
                let tag = ASN1Tag(packed: UInt32(first >> 6) << 30 | UInt32(first & 0x20) << 24 | UInt32(first & 0x1F))
                let contentStart = start + 2
                let contentEnd = contentStart + Int(lengthByte)
                if contentEnd <= end && (first >> 6 != 0 || !(tag.isConstructed ? tag.mustBePrimitive : tag.mustBeConstructed)) {
                    return DERElement(tag: tag, start: start, contentStart: contentStart, end: contentEnd)
                }
            }
        }
        return try decodeHeaderSlow(buffer, at: start, end: end)
    }

    @usableFromInline
    static func decodeHeaderSlow(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) throws(DERError) -> DERElement {
        var index = start
        guard index < end else { throw .truncated(offset: start, needed: 2, available: 0) }
        let first = buffer[index]
        index &+= 1
        let tagClass = ASN1Tag(packed: UInt32(first >> 6) << 30).tagClass
        let constructed = first & 0x20 != 0
        var number = UInt32(first & 0x1F)
        if number == 0x1F {
            // High-tag-number form (X.690 8.1.2.4): base-128, first octet not 0x80.
            number = 0
            var octets = 0
            while true {
                guard index < end else { throw .truncated(offset: start, needed: index - start + 1, available: end - start) }
                let byte = buffer[index]
                index &+= 1
                if octets == 0 && byte == 0x80 { throw .nonMinimalTag(offset: start) }
                octets &+= 1
                if octets > 4 { throw .tagNumberTooLarge(offset: start) }
                number = (number << 7) | UInt32(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            if number < 31 { throw .nonMinimalTag(offset: start) }
        }
        let tag = ASN1Tag(tagClass, number: number, constructed: constructed)
        if tagClass == .universal {
            if number == 0 { throw .endOfContentsTag(offset: start) }
            if constructed ? tag.mustBePrimitive : tag.mustBeConstructed {
                throw .wrongConstructedBit(offset: start, tag: tag)
            }
        }

        guard index < end else { throw .truncated(offset: start, needed: index - start + 1, available: end - start) }
        let lengthOffset = index
        let lengthByte = buffer[index]
        index &+= 1
        var length: Int
        if lengthByte < 0x80 {
            length = Int(lengthByte)
        } else if lengthByte == 0x80 {
            throw .indefiniteLength(offset: lengthOffset)
        } else {
            let count = Int(lengthByte & 0x7F)
            // 0xFF is reserved (8.1.3.5 c); more than 4 octets exceeds any supported size.
            guard count <= 4 else { throw .lengthTooLarge(offset: lengthOffset) }
            guard end - index >= count else {
                throw .truncated(offset: start, needed: index - start + count, available: end - start)
            }
            if buffer[index] == 0 { throw .nonMinimalLength(offset: lengthOffset) }
            length = 0
            for _ in 0..<count {
                length = (length << 8) | Int(buffer[index])
                index &+= 1
            }
            if length < 0x80 { throw .nonMinimalLength(offset: lengthOffset) }
        }
        guard length <= end - index else {
            throw .truncated(offset: start, needed: index - start + length, available: end - start)
        }
        return DERElement(tag: tag, start: start, contentStart: index, end: index + length)
    }

    // MARK: Elements

    /// Reads the next element, whatever its tag.
    @inlinable
    public mutating func readElement() throws(DERError) -> DERElement {
        let element = try peekElement()
        _position = element.end
        return element
    }

    /// Reads the next element, which must carry `tag`.
    @inlinable
    public mutating func readElement(_ tag: ASN1Tag) throws(DERError) -> DERElement {
        guard position < end else { throw .missingElement(offset: position, expected: tag) }
        let element = try peekElement()
        guard element.tag == tag else {
            throw .unexpectedTag(offset: element.start, expected: tag, found: element.tag)
        }
        _position = element.end
        return element
    }

    /// Reads the next element if it carries `tag`; returns nil (reading nothing) otherwise.
    @inlinable
    public mutating func readOptionalElement(_ tag: ASN1Tag) throws(DERError) -> DERElement? {
        guard position < end else { return nil }
        let element = try peekElement()
        guard element.tag == tag else { return nil }
        _position = element.end
        return element
    }

    /// Skips the next element.
    @inlinable
    public mutating func skipElement() throws(DERError) {
        _ = try readElement()
    }

    // MARK: Constructed types

    /// Runs `body` over the content of `element` (which this reader returned earlier and
    /// has already passed), then checks that `body` consumed all of it.
    @inlinable
    public mutating func withContent<T>(
        of element: DERElement, _ body: (inout DERReader) throws -> T
    ) throws -> T {
        guard depth < maximumDepth else { throw DERError.nestingTooDeep(offset: element.start, limit: maximumDepth) }
        let savedPosition = position
        let savedEnd = end
        _position = element.contentStart
        _end = element.end
        _depth += 1
        defer {
            _position = savedPosition
            _end = savedEnd
            _depth -= 1
        }
        let result = try body(&self)
        if position < end { throw DERError.trailingData(offset: position, count: end - position) }
        return result
    }

    /// Reads an element with `tag` and runs `body` over its content, which it must consume.
    @inlinable
    public mutating func readConstructed<T>(_ tag: ASN1Tag, _ body: (inout DERReader) throws -> T) throws -> T {
        let element = try readElement(tag)
        return try withContent(of: element, body)
    }

    /// Like `readConstructed`, but returns nil when the next element does not carry `tag`.
    @inlinable
    public mutating func readOptionalConstructed<T>(_ tag: ASN1Tag, _ body: (inout DERReader) throws -> T) throws -> T? {
        guard let element = try readOptionalElement(tag) else { return nil }
        return try withContent(of: element, body)
    }

    /// Reads a SEQUENCE and runs `body` over its content.
    @inlinable
    public mutating func readSequence<T>(_ body: (inout DERReader) throws -> T) throws -> T {
        try readConstructed(.sequence, body)
    }

    /// Reads a SET and runs `body` over its content.
    @inlinable
    public mutating func readSet<T>(_ body: (inout DERReader) throws -> T) throws -> T {
        try readConstructed(.set, body)
    }

    /// Reads `[number] EXPLICIT` and runs `body` over the content (the inner element).
    @inlinable
    public mutating func readExplicit<T>(_ number: UInt32, _ body: (inout DERReader) throws -> T) throws -> T {
        try readConstructed(.contextSpecific(number), body)
    }

    /// Reads an optional `[number] EXPLICIT`; nil when absent.
    @inlinable
    public mutating func readOptionalExplicit<T>(_ number: UInt32, _ body: (inout DERReader) throws -> T) throws -> T? {
        try readOptionalConstructed(.contextSpecific(number), body)
    }

    /// The bytes of `range` as a slice of the shared buffer (no copy).
    @inlinable
    public func slice(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }
}
