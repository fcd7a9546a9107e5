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
    /// sequence of valid elements).
    public static func parseAll(_ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth) throws(DERError) -> [ASN1Node] {
        var reader = DERReader(bytes, maximumDepth: maximumDepth)
        var nodes: [ASN1Node] = []
        while !reader.isAtEnd {
            nodes.append(try parse(&reader, depth: 0))
        }
        return nodes
    }

    /// Parses exactly one element covering all of `bytes`.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth) throws(DERError) -> ASN1Node {
        var reader = DERReader(bytes, maximumDepth: maximumDepth)
        let node = try parse(&reader, depth: 0)
        try reader.finish()
        return node
    }

    static func parse(_ reader: inout DERReader, depth: Int) throws(DERError) -> ASN1Node {
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
            children.append(try parse(&inner, depth: depth + 1))
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
