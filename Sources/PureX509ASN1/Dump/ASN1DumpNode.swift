/// One element of an `ASN1Dump`: where it is, what it holds, and its children (the
/// elements inside a constructed element, or the DER found inside a BIT STRING or OCTET
/// STRING, which `encapsulates` then flags).
public struct ASN1DumpNode: Hashable, Sendable {
    /// The element's location in the dumped buffer.
    public let element: DERElement
    /// Nesting depth, 0 for top-level elements (encapsulated DER counts as one deeper).
    public let depth: Int
    /// The decoded value.
    public let value: ASN1DumpValue
    /// The content rule this element's value breaks, if any (the walk goes on after it).
    public let error: DERError?
    /// Children, in order.
    public let children: [ASN1DumpNode]
    /// True when `children` were decoded from the content of a BIT STRING or OCTET STRING.
    public let encapsulates: Bool
    /// False when the walk failed inside this element, so `children` stop early.
    public let isComplete: Bool

    /// A node for `element` at `depth` with its decoded `value`, the rule it breaks (if any) and
    /// its children.
    public init(
        element: DERElement, depth: Int, value: ASN1DumpValue, error: DERError? = nil, children: [ASN1DumpNode] = [],
        encapsulates: Bool = false, isComplete: Bool = true
    ) {
        self.element = element
        self.depth = depth
        self.value = value
        self.error = error
        self.children = children
        self.encapsulates = encapsulates
        self.isComplete = isComplete
    }

    /// The element's tag.
    public var tag: ASN1Tag { element.tag }

    /// True when this node or any below it has a value error.
    public var hasErrors: Bool {
        error != nil || children.contains { $0.hasErrors }
    }
}
