import PureX509ASN1

// Reader helpers the X.509 structures need beyond the universal primitives: identifiers
// located without building an `OID`, IMPLICIT-tagged primitives, named bit lists.

extension DERReader {
    /// Reads an OBJECT IDENTIFIER and validates it (X.690 8.19.2: minimal arcs, the last
    /// octet closes an arc; at most `OID.maximumEncodedLength` octets so that an `OID` can
    /// be made from it later), returning the element without building the `OID`.
    mutating func readObjectIdentifierElement() throws(DERError) -> DERElement {
        let element = try readElement(.objectIdentifier)
        try validateObjectIdentifier(element)
        return element
    }

    /// Validates the content of an element as OBJECT IDENTIFIER content octets.
    func validateObjectIdentifier(_ element: DERElement) throws(DERError) {
        let count = element.contentLength
        guard count > 0, count <= OID.maximumEncodedLength else { throw .invalidObjectIdentifier(offset: element.start) }
        let valid = bytes.withUnsafeBufferPointer { buffer -> Bool in
            // Each arc is minimal (no leading 0x80) and the last octet closes an arc.
            var arcStart = true
            for index in element.contentRange {
                let byte = buffer[index]
                if arcStart && byte == 0x80 { return false }
                arcStart = byte & 0x80 == 0
            }
            return arcStart
        }
        guard valid else { throw .invalidObjectIdentifier(offset: element.start) }
    }

    /// Validates BIT STRING content (X.690 8.6.2, 11.2.1) in `element` and returns its data
    /// offsets and unused-bit count. Used for IMPLICIT-tagged bit strings.
    func validateBitString(_ element: DERElement) throws(DERError) -> DERBitString {
        guard element.contentLength >= 1 else { throw .invalidBitString(offset: element.start) }
        let unused = bytes[element.contentStart]
        guard unused <= 7 else { throw .invalidBitString(offset: element.start) }
        if element.contentLength == 1 {
            guard unused == 0 else { throw .invalidBitString(offset: element.start) }
        } else if unused > 0 {
            let mask = UInt8((1 << Int(unused)) - 1)
            guard bytes[element.end - 1] & mask == 0 else { throw .invalidBitString(offset: element.start) }
        }
        return DERBitString(bytesRange: (element.contentStart + 1)..<element.end, unusedBits: unused)
    }

    /// Reads `[number] IMPLICIT BIT STRING` (primitive), e.g. the unique identifiers of
    /// RFC 5280 4.1.2.8.
    mutating func readImplicitBitString(_ number: UInt32) throws(DERError) -> DERBitString {
        let element = try readElement(.contextSpecificPrimitive(number))
        return try validateBitString(element)
    }

    /// Reads an optional BOOLEAN DEFAULT FALSE at the current position (DER forbids
    /// encoding the default, X.690 11.5).
    mutating func readOptionalDefaultFalse() throws(DERError) -> Bool {
        try readDefaultFalseBoolean()
    }

    /// The first `count` bits of a named bit list as an integer, bit 0 the most significant
    /// bit of the first octet (X.680 22.8 numbering). Bits beyond `count` are ignored.
    func namedBits(_ bits: DERBitString, count: Int) -> UInt32 {
        var value: UInt32 = 0
        var bit = 0
        var index = bits.bytesRange.lowerBound
        while index < bits.bytesRange.upperBound && bit < count {
            let byte = bytes[index]
            var mask: UInt8 = 0x80
            while mask != 0 && bit < count {
                if byte & mask != 0 { value |= 1 << UInt32(bit) }
                mask >>= 1
                bit += 1
            }
            index += 1
        }
        return value
    }

    /// Whether a named bit list is minimal (X.690 11.2.2: trailing zero bits removed, so the
    /// last significant bit is set, or the string is empty).
    func isMinimalNamedBitList(_ bits: DERBitString) -> Bool {
        guard !bits.bytesRange.isEmpty else { return true }
        let last = bytes[bits.bytesRange.upperBound - 1]
        return last & (UInt8(1) << bits.unusedBits) != 0
    }

    /// Reads an INTEGER that must lie in `range` (for small counters such as pathLen).
    mutating func readInt(in range: ClosedRange<Int>) throws(DERError) -> Int {
        let start = position
        let value = try readInt()
        guard range.contains(value) else { throw .integerOutOfRange(offset: start) }
        return value
    }

    /// Reads a string of exactly `kind`, returning its element (content already validated).
    mutating func readStringElement(_ kind: ASN1StringKind) throws(DERError) -> DERElement {
        let element = try readElement(kind.tag)
        let valid = bytes.withUnsafeBufferPointer { buffer in
            kind.isValid(UnsafeBufferPointer(rebasing: buffer[element.contentRange]))
        }
        guard valid else { throw .invalidString(offset: element.start, tag: element.tag) }
        return element
    }

    /// Reads an IMPLICIT-tagged string (`[number] IMPLICIT IA5String` and the like) and
    /// validates its content as `kind`.
    mutating func readImplicitString(_ number: UInt32, as kind: ASN1StringKind) throws(DERError) -> DERElement {
        let element = try readElement(.contextSpecificPrimitive(number))
        try validateString(element, as: kind)
        return element
    }

    /// Validates the content of `element` as `kind`.
    func validateString(_ element: DERElement, as kind: ASN1StringKind) throws(DERError) {
        let valid = bytes.withUnsafeBufferPointer { buffer in
            kind.isValid(UnsafeBufferPointer(rebasing: buffer[element.contentRange]))
        }
        guard valid else { throw .invalidString(offset: element.start, tag: element.tag) }
    }

    /// The OID whose content octets are `element`'s content (validated earlier).
    func oid(of element: DERElement) -> OID {
        OID.fromValidated(bytes, element.contentRange)
    }
}

extension OID {
    /// Builds an OID from content octets already validated by the reader.
    static func fromValidated(_ bytes: [UInt8], _ range: Range<Int>) -> OID {
        bytes.withUnsafeBufferPointer { buffer in
            // Cannot fail: the range was validated by `validateObjectIdentifier`.
            (try? OID(validating: UnsafeBufferPointer(rebasing: buffer[range]), offset: range.lowerBound)) ?? OID.invalidPlaceholder
        }
    }

    /// 0.0: stands in where an already-validated identifier is rebuilt (never reached).
    static let invalidPlaceholder: OID = OID.constant([0x00])

    /// An OID from constant content octets written in this source (never from input).
    static func constant(_ content: [UInt8]) -> OID {
        guard let oid = OID(derContent: content) else { preconditionFailure("invalid constant OID \(content)") }
        return oid
    }

    /// Whether the content octets equal `bytes[range]`.
    func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard encodedLength == range.count else { return false }
        return withEncodedBytes { raw in
            var index = range.lowerBound
            for byte in raw {
                if bytes[index] != byte { return false }
                index += 1
            }
            return true
        }
    }
}
