/// One element as `ASN1DumpStream` reports it: what an `ASN1DumpNode` holds, with the
/// number of its children instead of the children themselves (they follow as their own
/// entries), so that a dump of any size is written without keeping a tree.
public struct ASN1DumpEntry: Hashable, Sendable {
    /// The element's location in the dumped buffer.
    public let element: DERElement
    /// Nesting depth, 0 for top-level elements (encapsulated DER counts as one deeper).
    public let depth: Int
    /// The decoded value.
    public let value: ASN1DumpValue
    /// The content rule this element's value breaks, if any.
    public let error: DERError?
    /// How many children follow (elements inside a constructed element, or the DER found
    /// inside a BIT STRING or OCTET STRING).
    public let childCount: Int
    /// True when the children were decoded from the content of a BIT STRING or OCTET STRING.
    public let encapsulates: Bool
    /// False when the walk failed inside this element, so its children stop early.
    public let isComplete: Bool

    /// The element's tag.
    public var tag: ASN1Tag { element.tag }

    /// True when children follow or the element is constructed (JSON writes `children`).
    public var hasChildList: Bool { childCount > 0 || element.tag.isConstructed }
}
