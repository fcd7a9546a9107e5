import PureX509ASN1

extension DistinguishedName {
    /// The largest number of attributes in one name: far above real names (about 10),
    /// a bound on work for hostile input.
    static let maximumAttributes = 1024

    /// Reads a `Name` (RFC 5280 4.1.2.4) at the reader's position, appending its
    /// attributes to `entries`, and returns the element's offsets.
    ///
    /// ```
    /// Name ::= CHOICE { rdnSequence RDNSequence }
    /// RDNSequence ::= SEQUENCE OF RelativeDistinguishedName
    /// RelativeDistinguishedName ::= SET SIZE (1..MAX) OF AttributeTypeAndValue
    /// AttributeTypeAndValue ::= SEQUENCE { type AttributeType, value AttributeValue }
    /// ```
    /// Every value is checked: a character string type must hold valid content for its
    /// type; any other value must be well-formed DER. A multi-valued RDN must list its
    /// members in DER SET OF order (X.690 11.6).
    ///
    /// `scanning` false skips the fast path (`scanAttributes`): tests compare the two.
    static func parse(
        _ reader: inout DERReader, into entries: inout [NameAttributeEntry], scanning: Bool = true
    ) throws -> DERElement {
        let name = try reader.readElement(.sequence)
        // `entries` may already hold another name's attributes (a certificate keeps issuer
        // and subject in one array); the limit is per name.
        let firstEntry = entries.count
        // Fast path for the common shape (see `scanAttributes`); the nesting it skips is
        // within the depth limit, which the reference path below checks at each level.
        if scanning && reader.depth &+ 2 < reader.maximumDepth {
            let scanned = reader.bytes.withUnsafeBufferPointer { buffer in
                scanAttributes(buffer, name: name, into: &entries, firstEntry: firstEntry)
            }
            if scanned { return name }
            entries.removeSubrange(firstEntry...)
        }
        var rdnIndex = 0
        try reader.withContent(of: name) { sequence in
            while !sequence.isAtEnd {
                let set = try sequence.readElement(.set)
                try parseRelativeName(&sequence, set: set, rdnIndex: rdnIndex, into: &entries, firstEntry: firstEntry)
                rdnIndex &+= 1
            }
        }
        return name
    }

    /// Reads the attributes of one RDN, whose SET (or IMPLICIT tag over a SET) is `set`,
    /// an element `reader` has just passed.
    /// `firstEntry` is where this name's attributes start in `entries`.
    static func parseRelativeName(
        _ reader: inout DERReader, set: DERElement, rdnIndex: Int, into entries: inout [NameAttributeEntry],
        firstEntry: Int = 0
    ) throws {
        guard set.contentLength > 0 else {
            throw X509ParseError(field: "", reason: .empty, offset: set.start)
        }
        var previousStart = -1
        var previousEnd = -1
        try reader.withContent(of: set) { members in
            while !members.isAtEnd {
                let attribute = try members.readElement(.sequence)
                if previousStart >= 0 && !isOrderedForSet(members.bytes, previousStart..<previousEnd, attribute.fullRange) {
                    throw X509ParseError(
                        field: "", reason: .invalid("SET OF members not in DER order (X.690 11.6)"), offset: attribute.start)
                }
                previousStart = attribute.start
                previousEnd = attribute.end
                try members.withContent(of: attribute) { pair in
                    let type = try pair.readObjectIdentifierElement()
                    let value = try pair.readElement()
                    if let kind = ASN1StringKind(tag: value.tag) {
                        try pair.validateString(value, as: kind)
                    } else if value.tag.isConstructed {
                        try validateDER(pair.bytes, value.contentRange, depth: pair.depth + 1)
                    }
                    guard entries.count - firstEntry < maximumAttributes else {
                        throw X509ParseError(field: "", reason: .invalid("more than \(maximumAttributes) attributes"), offset: attribute.start)
                    }
                    entries.append(NameAttributeEntry(
                        typeStart: type.contentStart, typeLength: type.contentLength,
                        valueStart: value.start, valueContentStart: value.contentStart, valueEnd: value.end,
                        rdnIndex: rdnIndex))
                }
            }
        }
    }

    /// DER SET OF order (X.690 11.6): encodings compared as octet strings, the shorter one
    /// padded with zeros at the end; equal encodings may repeat.
    static func isOrderedForSet(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        var i = first.lowerBound
        var j = second.lowerBound
        while i < first.upperBound || j < second.upperBound {
            let a = i < first.upperBound ? bytes[i] : 0
            let b = j < second.upperBound ? bytes[j] : 0
            if a != b { return a < b }
            i += 1
            j += 1
        }
        return true
    }
}

/// Checks that `range` holds a sequence of well-formed DER elements, recursively.
func validateDER(_ bytes: [UInt8], _ range: Range<Int>, depth: Int) throws(DERError) {
    var reader = DERReader(bytes, range: range, depth: depth)
    while !reader.isAtEnd {
        let element = try reader.readElement()
        if element.tag.isConstructed {
            guard depth < reader.maximumDepth else { throw .nestingTooDeep(offset: element.start, limit: reader.maximumDepth) }
            try validateDER(bytes, element.contentRange, depth: depth + 1)
        }
    }
}
