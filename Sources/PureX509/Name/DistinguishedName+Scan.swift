import PureX509ASN1

extension DistinguishedName {
    /// The fast path of `parse(_:into:)`: checks the content of the `Name` element `name`
    /// and appends its attributes to `entries`, walking `buffer` once with index arithmetic
    /// (no reader copies, closures or per-element arrays).
    ///
    /// It accepts only the common shape: every RDN a non-empty SET of SEQUENCEs in DER SET
    /// OF order (X.690 11.6), each a valid OBJECT IDENTIFIER and a character string whose
    /// content is valid for its type (the checks of `ASN1StringKind.isValid`). Headers are
    /// decoded by `DERReader.decodeHeader`, so every X.690 header rule holds. Anything else
    /// (a malformed element, a value that is not a character string, too many attributes)
    /// returns false without throwing: the caller then discards what was appended and runs
    /// the reference parser, which accepts the valid rarities and throws the precise error
    /// (field and byte offset) for the rest. The scan therefore never accepts a name the
    /// reference parser rejects, and records exactly the entries it would record; the test
    /// `ScanEquivalenceTests` compares the two on every bit flip of real certificates.
    static func scanAttributes(
        _ buffer: UnsafeBufferPointer<UInt8>, name: DERElement, into entries: inout [NameAttributeEntry], firstEntry: Int
    ) -> Bool {
        // Every index below comes from `decodeHeader`, which keeps elements inside their
        // parent; the parent is inside the buffer, so no access leaves it.
        guard name.end <= buffer.count else { return false }
        var position = name.contentStart
        var rdnIndex = 0
        while position < name.end {
            guard let set = try? DERReader.decodeHeader(buffer, at: position, end: name.end),
                set.tag == .set, set.contentStart < set.end
            else { return false }
            var member = set.contentStart
            var previous = -1..<(-1)
            while member < set.end {
                guard let attribute = try? DERReader.decodeHeader(buffer, at: member, end: set.end),
                    attribute.tag == .sequence
                else { return false }
                if previous.lowerBound >= 0 && !isOrderedForSet(buffer, previous, attribute.fullRange) { return false }
                guard let type = try? DERReader.decodeHeader(buffer, at: attribute.contentStart, end: attribute.end),
                    type.tag == .objectIdentifier, isValidObjectIdentifier(buffer, type.contentRange),
                    let value = try? DERReader.decodeHeader(buffer, at: type.end, end: attribute.end),
                    value.end == attribute.end,
                    let kind = ASN1StringKind(tag: value.tag),
                    kind.isValid(UnsafeBufferPointer(rebasing: buffer[value.contentRange])),
                    entries.count &- firstEntry < maximumAttributes
                else { return false }
                entries.append(NameAttributeEntry(
                    typeStart: type.contentStart, typeLength: type.contentLength,
                    valueStart: value.start, valueContentStart: value.contentStart, valueEnd: value.end,
                    rdnIndex: rdnIndex))
                previous = attribute.fullRange
                member = attribute.end
            }
            rdnIndex &+= 1
            position = set.end
        }
        return true
    }

    /// `isOrderedForSet` over a buffer.
    @inline(__always)
    static func isOrderedForSet(_ buffer: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        var i = first.lowerBound
        var j = second.lowerBound
        while i < first.upperBound || j < second.upperBound {
            let a = i < first.upperBound ? buffer[i] : 0
            let b = j < second.upperBound ? buffer[j] : 0
            if a != b { return a < b }
            i &+= 1
            j &+= 1
        }
        return true
    }
}

/// Whether `buffer[range]` is valid OBJECT IDENTIFIER content, the rule of
/// `DERReader.validateObjectIdentifier` (X.690 8.19.2: non-empty, each arc minimal, the last
/// octet closes an arc; at most `OID.maximumEncodedLength` octets).
@inline(__always)
func isValidObjectIdentifier(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= OID.maximumEncodedLength else { return false }
    var arcStart = true
    for index in range {
        let byte = buffer[index]
        if arcStart && byte == 0x80 { return false }
        arcStart = byte & 0x80 == 0
    }
    return arcStart
}
