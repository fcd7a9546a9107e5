// Readers for the primitive universal types, each enforcing the DER rule of X.690
// section 10/11 that applies to it.

extension DERReader {
    /// BOOLEAN: exactly one octet, 0x00 (false) or 0xFF (true) (X.690 11.1).
    @inlinable
    public mutating func readBoolean() throws(DERError) -> Bool {
        let element = try readElement(.boolean)
        guard element.contentLength == 1 else { throw .invalidBoolean(offset: element.start) }
        switch bytes[element.contentStart] {
        case 0x00: return false
        case 0xFF: return true
        default: throw .invalidBoolean(offset: element.start)
        }
    }

    /// Reads an optional BOOLEAN whose DEFAULT is FALSE. DER forbids encoding the default
    /// (X.690 11.5), so an explicit FALSE is rejected.
    @inlinable
    public mutating func readDefaultFalseBoolean() throws(DERError) -> Bool {
        guard try peekTag() == .boolean else { return false }
        let offset = position
        let value = try readBoolean()
        if !value { throw .invalidBoolean(offset: offset) }
        return true
    }

    /// Checks the content of an INTEGER or ENUMERATED: non-empty and minimal (X.690 8.3.2).
    @inlinable
    func checkInteger(_ element: DERElement) throws(DERError) {
        guard element.contentLength > 0 else { throw .emptyInteger(offset: element.start) }
        if element.contentLength > 1 {
            let first = bytes[element.contentStart]
            let second = bytes[element.contentStart + 1]
            if (first == 0x00 && second & 0x80 == 0) || (first == 0xFF && second & 0x80 != 0) {
                throw .nonMinimalInteger(offset: element.start)
            }
        }
    }

    /// Reads an INTEGER of any size and returns the element; its content is the minimal
    /// two's-complement big-endian encoding.
    @inlinable
    public mutating func readIntegerElement() throws(DERError) -> DERElement {
        let element = try readElement(.integer)
        try checkInteger(element)
        return element
    }

    /// Reads an INTEGER that must fit in `Int` (64-bit signed).
    @inlinable
    public mutating func readInt() throws(DERError) -> Int {
        let element = try readIntegerElement()
        return try intValue(of: element)
    }

    /// Reads an ENUMERATED (same content rules as INTEGER, X.690 8.4).
    @inlinable
    public mutating func readEnumerated() throws(DERError) -> Int {
        let element = try readElement(.enumerated)
        try checkInteger(element)
        return try intValue(of: element)
    }

    @inlinable
    func intValue(of element: DERElement) throws(DERError) -> Int {
        guard element.contentLength <= 8 else { throw .integerOutOfRange(offset: element.start) }
        var value: Int = bytes[element.contentStart] & 0x80 != 0 ? -1 : 0
        for index in element.contentRange {
            value = (value << 8) | Int(bytes[index])
        }
        return value
    }

    /// Reads a non-negative INTEGER and returns the offsets of its magnitude, without the
    /// sign octet (for RSA moduli, ECDSA r and s, serial numbers shown as unsigned).
    /// A negative value throws `integerOutOfRange`. Zero is returned as one 0x00 octet.
    @inlinable
    public mutating func readUnsignedIntegerBytes() throws(DERError) -> Range<Int> {
        let element = try readIntegerElement()
        if bytes[element.contentStart] & 0x80 != 0 { throw .integerOutOfRange(offset: element.start) }
        if bytes[element.contentStart] == 0 && element.contentLength > 1 {
            return (element.contentStart + 1)..<element.end
        }
        return element.contentRange
    }

    /// BIT STRING (X.690 8.6, 11.2): a leading unused-bits octet 0...7, zero when the
    /// string is empty, and the unused bits themselves zero.
    @inlinable
    public mutating func readBitString() throws(DERError) -> DERBitString {
        let element = try readElement(.bitString)
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

    /// OCTET STRING; returns the content offsets.
    @inlinable
    public mutating func readOctetString() throws(DERError) -> Range<Int> {
        try readElement(.octetString).contentRange
    }

    /// NULL: no content (X.690 8.8.2).
    @inlinable
    public mutating func readNull() throws(DERError) {
        let element = try readElement(.null)
        guard element.contentLength == 0 else { throw .invalidNull(offset: element.start) }
    }

    /// OBJECT IDENTIFIER (X.690 8.19).
    @inlinable
    public mutating func readObjectIdentifier() throws(DERError) -> OID {
        let element = try readElement(.objectIdentifier)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DERError) -> OID in
            try OID(validating: UnsafeBufferPointer(rebasing: buffer[element.contentRange]), offset: element.start)
        }
    }

    /// UTCTime or GeneralizedTime, whichever comes next (RFC 5280 4.1.2.5 `Time`).
    @inlinable
    public mutating func readTime() throws(DERError) -> ASN1Time {
        let element = try readElement()
        let kind: ASN1Time.Encoding
        switch element.tag {
        case .utcTime: kind = .utcTime
        case .generalizedTime: kind = .generalizedTime
        default: throw .unexpectedTag(offset: element.start, expected: .utcTime, found: element.tag)
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DERError) -> ASN1Time in
            try ASN1Time(parsing: UnsafeBufferPointer(rebasing: buffer[element.contentRange]), encoding: kind, offset: element.start)
        }
    }

    /// Any of the character string types X.509 uses, with its content validated for the type.
    @inlinable
    public mutating func readString() throws(DERError) -> DERString {
        let element = try peekElement()
        guard let kind = ASN1StringKind(tag: element.tag) else {
            throw .unexpectedTag(offset: element.start, expected: .utf8String, found: element.tag)
        }
        _position = element.end
        let valid = bytes.withUnsafeBufferPointer { buffer in
            kind.isValid(UnsafeBufferPointer(rebasing: buffer[element.contentRange]))
        }
        guard valid else { throw .invalidString(offset: element.start, tag: element.tag) }
        return DERString(kind: kind, contentRange: element.contentRange)
    }

    /// A string of exactly `kind` (e.g. IA5String for dNSName).
    @inlinable
    public mutating func readString(_ kind: ASN1StringKind) throws(DERError) -> Range<Int> {
        let element = try readElement(kind.tag)
        let valid = bytes.withUnsafeBufferPointer { buffer in
            kind.isValid(UnsafeBufferPointer(rebasing: buffer[element.contentRange]))
        }
        guard valid else { throw .invalidString(offset: element.start, tag: element.tag) }
        return element.contentRange
    }
}
