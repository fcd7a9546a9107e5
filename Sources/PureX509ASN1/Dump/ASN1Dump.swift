/// A forgiving walk over DER for display (`x509dump asn1`): every element up to the first
/// structural error, each decoded and checked against its type's DER rules.
///
/// A value that breaks its type's rules (a non-minimal INTEGER, an impossible time) is
/// marked on its node and the walk goes on, since its length is still known. A header that
/// cannot be read (bad length, truncation, nesting too deep) stops the walk: `failure`
/// holds the error and the depth it happened at, and `nodes` everything read before it.
/// BIT STRING and OCTET STRING contents that are themselves valid DER are shown nested.
public struct ASN1Dump: Sendable {
    /// The buffer walked; node offsets point into it.
    public let bytes: [UInt8]
    /// The top-level elements read.
    public let nodes: [ASN1DumpNode]
    /// The structural error that stopped the walk, if any.
    public let failure: DERError?
    /// The depth at which `failure` happened.
    public let failureDepth: Int

    /// Walks `bytes` (any number of top-level elements). The walk stops with
    /// `tooManyElements` after `maximumElements` elements (counting those tried inside
    /// OCTET and BIT STRINGs), which bounds the memory the tree takes.
    public init(
        _ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth,
        maximumElements: Int = DERReader.defaultMaximumElements
    ) {
        var walker = Walker(bytes: bytes, maximumDepth: maximumDepth, maximumElements: maximumElements)
        let (nodes, _) = walker.level(0..<bytes.count, depth: 0)
        self.bytes = bytes
        self.nodes = nodes
        self.failure = walker.failure
        self.failureDepth = walker.failureDepth
    }

    /// True when the input is valid DER throughout: no structural failure, no value error.
    public var isValid: Bool { failure == nil && !nodes.contains { $0.hasErrors } }

    /// Every error: value errors in tree order, then the structural failure.
    public var errors: [DERError] {
        var result: [DERError] = []
        func collect(_ node: ASN1DumpNode) {
            if let error = node.error { result.append(error) }
            node.children.forEach(collect)
        }
        nodes.forEach(collect)
        if let failure { result.append(failure) }
        return result
    }

    struct Walker {
        let bytes: [UInt8]
        let maximumDepth: Int
        let maximumElements: Int
        var elementCount = 0
        var failure: DERError?
        var failureDepth = 0

        init(bytes: [UInt8], maximumDepth: Int, maximumElements: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
            self.maximumElements = maximumElements
        }

        var isOverBudget: Bool {
            if case .tooManyElements = failure { return true }
            return false
        }

        /// Reads the elements of `range`; the flag is true when a failure stopped it.
        mutating func level(_ range: Range<Int>, depth: Int) -> ([ASN1DumpNode], Bool) {
            var reader = DERReader(bytes, range: range, depth: depth, maximumDepth: maximumDepth)
            var nodes: [ASN1DumpNode] = []
            while !reader.isAtEnd {
                guard elementCount < maximumElements else {
                    fail(.tooManyElements(offset: reader.position, limit: maximumElements), depth: depth)
                    return (nodes, true)
                }
                elementCount += 1
                let element: DERElement
                do {
                    element = try reader.readElement()
                } catch {
                    fail(error, depth: depth)
                    return (nodes, true)
                }
                if element.tag.isConstructed {
                    guard depth < maximumDepth else {  // same limit as DERReader.withContent
                        nodes.append(ASN1DumpNode(element: element, depth: depth, value: .constructed, isComplete: false))
                        fail(.nestingTooDeep(offset: element.start, limit: maximumDepth), depth: depth + 1)
                        return (nodes, true)
                    }
                    let (children, stopped) = level(element.contentRange, depth: depth + 1)
                    nodes.append(ASN1DumpNode(element: element, depth: depth, value: .constructed, children: children, isComplete: !stopped))
                    if stopped { return (nodes, true) }
                } else {
                    nodes.append(primitive(element, depth: depth))
                    if isOverBudget { return (nodes, true) }
                }
            }
            return (nodes, false)
        }

        mutating func fail(_ error: DERError, depth: Int) {
            if failure == nil {
                failure = error
                failureDepth = depth
            }
        }

        /// Decodes a primitive element with the reader's own strict functions.
        mutating func primitive(_ element: DERElement, depth: Int) -> ASN1DumpNode {
            var reader = DERReader(bytes, range: element.fullRange, depth: depth, maximumDepth: maximumDepth)
            let value: ASN1DumpValue
            do {
                switch element.tag {
                case .boolean: value = .boolean(try reader.readBoolean())
                case .integer:
                    let integer = try reader.readIntegerElement()
                    value = .integer(small: integer.contentLength <= 8 ? try reader.intValue(of: integer) : nil)
                case .enumerated:
                    let enumerated = try reader.readElement(.enumerated)
                    try reader.checkInteger(enumerated)
                    value = .integer(small: enumerated.contentLength <= 8 ? try reader.intValue(of: enumerated) : nil)
                case .null:
                    try reader.readNull()
                    value = .null
                case .objectIdentifier: value = .objectIdentifier(try reader.readObjectIdentifier())
                case .utcTime, .generalizedTime: value = .time(try reader.readTime())
                case .bitString:
                    let bits = try reader.readBitString()
                    let inner = bits.unusedBits == 0 ? encapsulated(bits.bytesRange, depth: depth + 1) : nil
                    return ASN1DumpNode(
                        element: element, depth: depth, value: .bitString(unusedBits: bits.unusedBits),
                        children: inner ?? [], encapsulates: inner != nil)
                case .octetString:
                    let inner = encapsulated(element.contentRange, depth: depth + 1)
                    return ASN1DumpNode(element: element, depth: depth, value: .octetString, children: inner ?? [], encapsulates: inner != nil)
                default:
                    if let kind = ASN1StringKind(tag: element.tag) {
                        let string = try reader.readString()
                        value = .string(kind, string.string(in: bytes))
                    } else {
                        value = .other
                    }
                }
            } catch {
                return ASN1DumpNode(element: element, depth: depth, value: .invalid, error: error)
            }
            return ASN1DumpNode(element: element, depth: depth, value: value)
        }

        /// The content as DER when it is entirely valid DER (at least two octets, every
        /// element well-formed, every value valid), else nil.
        /// Elements tried here count against the walk's budget; running out stops the walk.
        mutating func encapsulated(_ range: Range<Int>, depth: Int) -> [ASN1DumpNode]? {
            guard range.count >= 2, depth < maximumDepth, !isOverBudget else { return nil }
            var inner = Walker(bytes: bytes, maximumDepth: maximumDepth, maximumElements: maximumElements)
            inner.elementCount = elementCount
            let (nodes, stopped) = inner.level(range, depth: depth)
            elementCount = inner.elementCount
            if inner.isOverBudget, let error = inner.failure {
                fail(error, depth: inner.failureDepth)
                return nil
            }
            guard !stopped, !nodes.isEmpty, !nodes.contains(where: { $0.hasErrors }) else { return nil }
            return nodes
        }
    }
}
