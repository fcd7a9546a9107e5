/// A generic DER tree: every element with its location, and the children of constructed
/// ones. Used to display any input (`x509dump asn1`) and to check that the writer
/// reproduces an encoding byte for byte.
public struct ASN1Node: Hashable, Sendable {
    /// The element's location in the parsed buffer.
    public let element: DERElement
    /// Nesting depth (0 for top-level elements).
    public let depth: Int
    /// Children, for constructed elements; empty for primitive ones.
    public let children: [ASN1Node]

    /// The element's tag.
    public var tag: ASN1Tag { element.tag }

    /// Parses every top-level element of `bytes` (strict DER: the whole input must be a
    /// sequence of valid elements). More than `maximumElements` elements in all throws
    /// `tooManyElements`, so memory stays proportional to a bounded tree.
    public static func parseAll(
        _ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth,
        maximumElements: Int = DERReader.defaultMaximumElements
    ) throws(DERError) -> [ASN1Node] {
        var reader = DERReader(bytes, maximumDepth: maximumDepth)
        var budget = ElementBudget(limit: maximumElements)
        var nodes: [ASN1Node] = []
        while !reader.isAtEnd {
            nodes.append(try parse(&reader, depth: 0, budget: &budget))
        }
        return nodes
    }

    /// Parses exactly one element covering all of `bytes` (at most `maximumElements`
    /// elements in all).
    public static func parse(
        _ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth,
        maximumElements: Int = DERReader.defaultMaximumElements
    ) throws(DERError) -> ASN1Node {
        var reader = DERReader(bytes, maximumDepth: maximumDepth)
        var budget = ElementBudget(limit: maximumElements)
        let node = try parse(&reader, depth: 0, budget: &budget)
        try reader.finish()
        return node
    }

    /// Counts elements against a limit.
    struct ElementBudget {
        let limit: Int
        var count = 0

        mutating func take(at offset: Int) throws(DERError) {
            guard count < limit else { throw .tooManyElements(offset: offset, limit: limit) }
            count += 1
        }
    }

    static func parse(_ reader: inout DERReader, depth: Int, budget: inout ElementBudget) throws(DERError) -> ASN1Node {
        try budget.take(at: reader.position)
        let element = try reader.readElement()
        guard element.tag.isConstructed else {
            return ASN1Node(element: element, depth: depth, children: [])
        }
        guard depth < reader.maximumDepth else {  // same limit as DERReader.withContent
            throw .nestingTooDeep(offset: element.start, limit: reader.maximumDepth)
        }
        var inner = DERReader(reader.bytes, range: element.contentRange, depth: depth + 1, maximumDepth: reader.maximumDepth)
        var children: [ASN1Node] = []
        while !inner.isAtEnd {
            children.append(try parse(&inner, depth: depth + 1, budget: &budget))
        }
        return ASN1Node(element: element, depth: depth, children: children)
    }

    /// Re-encodes the tree with `DERWriter` from the original content octets of `bytes`.
    /// For valid DER the result equals the input byte for byte.
    public func encode(from bytes: [UInt8], into writer: inout DERWriter) {
        if tag.isConstructed {
            writer.writeConstructed(tag) { inner in
                for child in children { child.encode(from: bytes, into: &inner) }
            }
        } else {
            writer.writeElement(tag, content: bytes[element.contentRange])
        }
    }
}
