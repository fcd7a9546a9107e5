/// `ASN1Dump` without the tree: the same elements, values, errors and limits, reported one
/// by one to a visitor in document order, so that `x509dump asn1` writes a dump of a
/// million elements in memory proportional to the input, not to the output.
///
/// `init` walks the buffer once to learn what a renderer needs before it writes an element:
/// whether the input is valid, where the walk stops and why, which BIT and OCTET STRINGs
/// hold DER (one bit per input byte), and how many children the elements around the
/// failure got. `walk` then reports every element without trying anything again. The
/// result is the same as `ASN1Dump` on the same input (tests compare both on every vector).
public struct ASN1DumpStream: Sendable {
    /// The buffer walked; element offsets point into it.
    public let bytes: [UInt8]
    /// The structural error that stopped the walk, if any.
    public let failure: DERError?
    /// The depth at which `failure` happened.
    public let failureDepth: Int
    /// The elements counted against the limit (including those tried inside OCTET and
    /// BIT STRINGs that turned out not to be DER, and `alreadyCounted`), as `ASN1Dump`
    /// counts them.
    public let elementCount: Int
    /// True when the input is valid DER throughout: no structural failure, no value error.
    public var isValid: Bool { failure == nil && valueErrors == 0 }

    let valueErrors: Int
    let encapsulating: BitSet
    /// For each constructed element the walk stopped inside (keyed by its start; -1 for
    /// the top level): how many children it got. At most `maximumDepth + 1` entries.
    let stoppedLevels: [Int: Int]
    let maximumDepth: Int

    /// Analyzes `bytes` with the limits of `ASN1Dump`. `alreadyCounted` elements of the
    /// limit are spent already (by earlier blocks of the same input): `elementCount` then
    /// includes them, and the limit error names the whole limit.
    public init(
        _ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth,
        maximumElements: Int = DERReader.defaultMaximumElements, alreadyCounted: Int = 0
    ) {
        let shared = ASN1DumpStream.Shared(bitCount: bytes.count)
        var analyzer = Analyzer(bytes: bytes, maximumDepth: maximumDepth, maximumElements: maximumElements, shared: shared,
                                isAttempt: false)
        analyzer.elementCount = alreadyCounted
        let (count, stopped) = analyzer.level(0..<bytes.count, depth: 0)
        if stopped { shared.stoppedLevels[-1] = count }
        self.bytes = bytes
        self.failure = analyzer.failure
        self.failureDepth = analyzer.failureDepth
        self.elementCount = analyzer.elementCount
        self.valueErrors = analyzer.valueErrors
        self.encapsulating = shared.encapsulating
        self.stoppedLevels = shared.stoppedLevels
        self.maximumDepth = maximumDepth
    }

    /// Reports every element in document order: `enter` before its children, `leave` after.
    public func walk(enter: (ASN1DumpEntry) -> Void, leave: (ASN1DumpEntry) -> Void) {
        _ = emit(0..<bytes.count, depth: 0, limit: stoppedLevels[-1], enter: enter, leave: leave)
    }

    /// Reports the elements of `range`, at most `limit` when the walk stopped in it;
    /// returns true when it stopped.
    private func emit(
        _ range: Range<Int>, depth: Int, limit: Int?, enter: (ASN1DumpEntry) -> Void, leave: (ASN1DumpEntry) -> Void
    ) -> Bool {
        var reader = DERReader(bytes, range: range, depth: depth, maximumDepth: maximumDepth)
        var emitted = 0
        while !reader.isAtEnd {
            if let limit, emitted >= limit { return true }
            guard let element = try? reader.readElement() else { return true }  // not reached: the analysis stopped first
            emitted += 1
            if element.tag.isConstructed {
                let stoppedCount = stoppedLevels[element.start]
                if depth >= maximumDepth {
                    let entry = ASN1DumpEntry(element: element, depth: depth, value: .constructed, error: nil, childCount: 0,
                                              encapsulates: false, isComplete: false)
                    enter(entry)
                    leave(entry)
                    return true
                }
                let entry = ASN1DumpEntry(
                    element: element, depth: depth, value: .constructed, error: nil,
                    childCount: stoppedCount ?? childCount(element.contentRange, depth: depth + 1),
                    encapsulates: false, isComplete: stoppedCount == nil)
                enter(entry)
                let stopped = emit(element.contentRange, depth: depth + 1, limit: stoppedCount, enter: enter, leave: leave)
                leave(entry)
                if stopped { return true }
            } else {
                let (value, error) = ASN1DumpStream.decode(bytes, element, depth: depth, maximumDepth: maximumDepth)
                var inner: Range<Int>?
                if encapsulating.contains(element.start) {
                    switch value {
                    case .bitString: inner = (element.contentStart + 1)..<element.contentRange.upperBound
                    case .octetString: inner = element.contentRange
                    default: break
                    }
                }
                let entry = ASN1DumpEntry(
                    element: element, depth: depth, value: value, error: error,
                    childCount: inner.map { childCount($0, depth: depth + 1) } ?? 0, encapsulates: inner != nil, isComplete: true)
                enter(entry)
                if let inner { _ = emit(inner, depth: depth + 1, limit: nil, enter: enter, leave: leave) }
                leave(entry)
            }
        }
        return limit != nil
    }

    /// The number of elements in `range` (all readable: the analysis walked them).
    private func childCount(_ range: Range<Int>, depth: Int) -> Int {
        var reader = DERReader(bytes, range: range, depth: depth, maximumDepth: maximumDepth)
        var count = 0
        while !reader.isAtEnd, (try? reader.readElement()) != nil { count += 1 }
        return count
    }

    /// A primitive element's value, decoded with the reader's own strict functions (the
    /// same as `ASN1Dump`).
    static func decode(_ bytes: [UInt8], _ element: DERElement, depth: Int, maximumDepth: Int) -> (ASN1DumpValue, DERError?) {
        var reader = DERReader(bytes, range: element.fullRange, depth: depth, maximumDepth: maximumDepth)
        do {
            switch element.tag {
            case .boolean: return (.boolean(try reader.readBoolean()), nil)
            case .integer:
                let integer = try reader.readIntegerElement()
                return (.integer(small: integer.contentLength <= 8 ? try reader.intValue(of: integer) : nil), nil)
            case .enumerated:
                let enumerated = try reader.readElement(.enumerated)
                try reader.checkInteger(enumerated)
                return (.integer(small: enumerated.contentLength <= 8 ? try reader.intValue(of: enumerated) : nil), nil)
            case .null:
                try reader.readNull()
                return (.null, nil)
            case .objectIdentifier: return (.objectIdentifier(try reader.readObjectIdentifier()), nil)
            case .utcTime, .generalizedTime: return (.time(try reader.readTime()), nil)
            case .bitString: return (.bitString(unusedBits: try reader.readBitString().unusedBits), nil)
            case .octetString: return (.octetString, nil)
            default:
                if let kind = ASN1StringKind(tag: element.tag) {
                    return (.string(kind, try reader.readString().string(in: bytes)), nil)
                }
                return (.other, nil)
            }
        } catch {
            return (.invalid, error)
        }
    }

    /// What the analysis shares with the walks it tries inside OCTET and BIT STRINGs.
    final class Shared {
        var encapsulating: BitSet
        var stoppedLevels: [Int: Int] = [:]
        init(bitCount: Int) { encapsulating = BitSet(count: bitCount) }
    }

    /// The first pass: `ASN1Dump.Walker` without nodes.
    struct Analyzer {
        let bytes: [UInt8]
        let maximumDepth: Int
        let maximumElements: Int
        let shared: Shared
        /// True inside an attempt to read an OCTET or BIT STRING as DER, whose elements are
        /// shown only when the whole attempt succeeds (and then never stopped).
        let isAttempt: Bool
        var elementCount = 0
        var valueErrors = 0
        var failure: DERError?
        var failureDepth = 0

        init(bytes: [UInt8], maximumDepth: Int, maximumElements: Int, shared: Shared, isAttempt: Bool) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
            self.maximumElements = maximumElements
            self.shared = shared
            self.isAttempt = isAttempt
        }

        var isOverBudget: Bool {
            if case .tooManyElements = failure { return true }
            return false
        }

        mutating func fail(_ error: DERError, depth: Int) {
            if failure == nil {
                failure = error
                failureDepth = depth
            }
        }

        /// Walks the elements of `range`: how many there were, and whether a failure
        /// stopped the walk.
        mutating func level(_ range: Range<Int>, depth: Int) -> (Int, Bool) {
            var reader = DERReader(bytes, range: range, depth: depth, maximumDepth: maximumDepth)
            var count = 0
            while !reader.isAtEnd {
                guard elementCount < maximumElements else {
                    fail(.tooManyElements(offset: reader.position, limit: maximumElements), depth: depth)
                    return (count, true)
                }
                elementCount += 1
                let element: DERElement
                do {
                    element = try reader.readElement()
                } catch {
                    fail(error, depth: depth)
                    return (count, true)
                }
                count += 1
                if element.tag.isConstructed {
                    guard depth < maximumDepth else {  // same limit as DERReader.withContent
                        if !isAttempt { shared.stoppedLevels[element.start] = 0 }
                        fail(.nestingTooDeep(offset: element.start, limit: maximumDepth), depth: depth + 1)
                        return (count, true)
                    }
                    let (children, stopped) = level(element.contentRange, depth: depth + 1)
                    if stopped {
                        if !isAttempt { shared.stoppedLevels[element.start] = children }
                        return (count, true)
                    }
                } else {
                    primitive(element, depth: depth)
                    if isOverBudget { return (count, true) }
                }
            }
            return (count, false)
        }

        mutating func primitive(_ element: DERElement, depth: Int) {
            let (value, error) = ASN1DumpStream.decode(bytes, element, depth: depth, maximumDepth: maximumDepth)
            if error != nil {
                valueErrors += 1
                return
            }
            switch value {
            case .bitString(let unused) where unused == 0:
                tryEncapsulated(element, (element.contentStart + 1)..<element.contentRange.upperBound, depth: depth + 1)
            case .octetString:
                tryEncapsulated(element, element.contentRange, depth: depth + 1)
            default:
                break
            }
        }

        /// Marks `element` as holding DER when `range` is entirely valid DER; the elements
        /// tried count against the budget, and running out stops the walk.
        mutating func tryEncapsulated(_ element: DERElement, _ range: Range<Int>, depth: Int) {
            guard range.count >= 2, depth < maximumDepth, !isOverBudget else { return }
            var inner = Analyzer(bytes: bytes, maximumDepth: maximumDepth, maximumElements: maximumElements, shared: shared,
                                 isAttempt: true)
            inner.elementCount = elementCount
            let (count, stopped) = inner.level(range, depth: depth)
            elementCount = inner.elementCount
            if inner.isOverBudget, let error = inner.failure {
                fail(error, depth: inner.failureDepth)
                return
            }
            if !stopped && count > 0 && inner.valueErrors == 0 { shared.encapsulating.insert(element.start) }
        }
    }
}

/// One bit per input byte.
struct BitSet: Sendable {
    private var words: [UInt64]

    init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

    func contains(_ index: Int) -> Bool { words[index >> 6] & (1 << UInt64(index & 63)) != 0 }

    mutating func insert(_ index: Int) { words[index >> 6] |= 1 << UInt64(index & 63) }
}
