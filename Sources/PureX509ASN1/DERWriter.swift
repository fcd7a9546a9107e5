/// Builds DER encodings (X.690 section 10) into a byte array.
///
/// Constructed elements are written by a closure; the writer fills in the definite,
/// minimal length afterwards:
/// ```swift
/// var writer = DERWriter()
/// writer.writeSequence { seq in
///     seq.writeInteger(2)
///     seq.writeObjectIdentifier(oid)
/// }
/// let der = writer.bytes
/// ```
public struct DERWriter: Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8]

    /// An empty writer.
    public init() { bytes = [] }

    /// Appends identifier octets for `tag` (X.690 8.1.2), using the high-tag-number form
    /// for numbers above 30.
    mutating func appendIdentifier(_ tag: ASN1Tag) {
        if let byte = tag.lowFormByte {
            bytes.append(byte)
            return
        }
        bytes.append((tag.tagClass.rawValue << 6) | (tag.isConstructed ? 0x20 : 0) | 0x1F)
        var septets: [UInt8] = [UInt8(tag.number & 0x7F)]
        var rest = tag.number >> 7
        while rest > 0 {
            septets.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(contentsOf: septets.reversed())
    }

    /// The minimal definite length octets for `length` (X.690 10.1).
    static func lengthOctets(_ length: Int) -> [UInt8] {
        if length < 0x80 { return [UInt8(length)] }
        var octets: [UInt8] = []
        var rest = length
        while rest > 0 {
            octets.append(UInt8(rest & 0xFF))
            rest >>= 8
        }
        return [0x80 | UInt8(octets.count)] + octets.reversed()
    }

    /// Writes one element with the given content octets.
    public mutating func writeElement(_ tag: ASN1Tag, content: some Collection<UInt8>) {
        appendIdentifier(tag)
        bytes.append(contentsOf: Self.lengthOctets(content.count))
        bytes.append(contentsOf: content)
    }

    /// Appends an already encoded element (or several) unchanged.
    public mutating func writeEncoded(_ encoded: some Collection<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    /// Writes a constructed element whose content `body` writes.
    public mutating func writeConstructed(_ tag: ASN1Tag, _ body: (inout DERWriter) throws -> Void) rethrows {
        var inner = DERWriter()
        try body(&inner)
        writeElement(tag, content: inner.bytes)
    }

    /// Writes a SEQUENCE.
    public mutating func writeSequence(_ body: (inout DERWriter) throws -> Void) rethrows {
        try writeConstructed(.sequence, body)
    }

    /// Writes a SET OF, sorting the member encodings as DER requires (X.690 11.6).
    public mutating func writeSetOf(_ body: (inout DERWriter) throws -> Void) rethrows {
        var inner = DERWriter()
        try body(&inner)
        var reader = DERReader(inner.bytes)
        var members: [ArraySlice<UInt8>] = []
        while !reader.isAtEnd {
            guard let element = try? reader.readElement() else {
                // The body wrote something that is not a sequence of elements: keep it as is.
                writeElement(.set, content: inner.bytes)
                return
            }
            members.append(inner.bytes[element.fullRange])
        }
        members.sort { $0.lexicographicallyPrecedes($1) }
        writeElement(.set, content: members.joined())
    }

    /// Writes `[number] EXPLICIT` around what `body` writes.
    public mutating func writeExplicit(_ number: UInt32, _ body: (inout DERWriter) throws -> Void) rethrows {
        try writeConstructed(.contextSpecific(number), body)
    }

    /// BOOLEAN (X.690 11.1: TRUE is 0xFF).
    public mutating func writeBoolean(_ value: Bool) {
        writeElement(.boolean, content: [value ? 0xFF : 0x00])
    }

    /// INTEGER from a Swift integer, minimally encoded.
    public mutating func writeInteger(_ value: Int) {
        var octets: [UInt8] = []
        var rest = value
        repeat {
            octets.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        } while !(rest == 0 && octets.last! & 0x80 == 0) && !(rest == -1 && octets.last! & 0x80 != 0)
        writeElement(.integer, content: octets.reversed())
    }

    /// INTEGER from a non-negative big-endian magnitude (leading zeros are removed and a
    /// 0x00 sign octet added where the top bit is set).
    public mutating func writeUnsignedInteger(magnitude: some Collection<UInt8>) {
        var trimmed = Array(magnitude.drop(while: { $0 == 0 }))
        if trimmed.isEmpty { trimmed = [0] } else if trimmed[0] & 0x80 != 0 { trimmed.insert(0, at: 0) }
        writeElement(.integer, content: trimmed)
    }

    /// INTEGER from two's-complement content octets, written as given (the caller vouches
    /// they are minimal, e.g. because they came from a `DERReader`).
    public mutating func writeIntegerContent(_ content: some Collection<UInt8>) {
        writeElement(.integer, content: content)
    }

    /// ENUMERATED.
    public mutating func writeEnumerated(_ value: Int) {
        var inner = DERWriter()
        inner.writeInteger(value)
        var encoded = inner.bytes
        encoded[0] = ASN1Tag.enumerated.lowFormByte!
        bytes.append(contentsOf: encoded)
    }

    /// BIT STRING with `unusedBits` (0...7) in the last octet; those bits are cleared.
    public mutating func writeBitString(_ data: some Collection<UInt8>, unusedBits: UInt8 = 0) {
        var content: [UInt8] = [data.isEmpty ? 0 : min(unusedBits, 7)]
        content.append(contentsOf: data)
        if content.count > 1 && unusedBits > 0 {
            content[content.count - 1] &= ~UInt8((1 << Int(min(unusedBits, 7))) - 1)
        }
        writeElement(.bitString, content: content)
    }

    /// OCTET STRING.
    public mutating func writeOctetString(_ data: some Collection<UInt8>) {
        writeElement(.octetString, content: data)
    }

    /// NULL.
    public mutating func writeNull() {
        writeElement(.null, content: EmptyCollection())
    }

    /// OBJECT IDENTIFIER.
    public mutating func writeObjectIdentifier(_ oid: OID) {
        writeElement(.objectIdentifier, content: oid.derContent)
    }

    /// UTCTime or GeneralizedTime, per the value's encoding.
    public mutating func writeTime(_ time: ASN1Time) {
        writeElement(time.encoding == .utcTime ? .utcTime : .generalizedTime, content: time.derContent)
    }

    /// A string that cannot be written in the requested kind without losing characters.
    public struct UnrepresentableString: Error, Equatable, Sendable, CustomStringConvertible {
        /// The string type asked for.
        public let kind: ASN1StringKind
        /// The text that has characters outside that type.
        public let text: String
        public var description: String { "\"\(text)\" cannot be written as \(kind.tag)" }
    }

    /// A UTF8String (always representable).
    public mutating func writeUTF8String(_ text: String) {
        writeElement(.utf8String, content: Array(text.utf8))
    }

    /// A character string of `kind`, validated with the same rules the reader applies
    /// (so the writer never produces what `DERReader` rejects). BMPString takes only
    /// characters of the Basic Multilingual Plane (no surrogates, X.680 41.16), T61String
    /// only U+0000-U+00FF (written as ISO 8859-1, as the reader decodes it).
    public mutating func writeString(_ text: String, kind: ASN1StringKind) throws(UnrepresentableString) {
        let content: [UInt8]
        switch kind {
        case .bmpString:
            guard text.unicodeScalars.allSatisfy({ $0.value <= 0xFFFF }) else {
                throw UnrepresentableString(kind: kind, text: text)
            }
            content = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .universalString:
            content = text.unicodeScalars.flatMap { scalar -> [UInt8] in
                let v = scalar.value
                return [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
            }
        case .t61String:
            guard text.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) else {
                throw UnrepresentableString(kind: kind, text: text)
            }
            content = text.unicodeScalars.map { UInt8($0.value) }
        default:
            content = Array(text.utf8)
        }
        let valid = content.withUnsafeBufferPointer { kind.isValid($0) }
        guard valid else { throw UnrepresentableString(kind: kind, text: text) }
        writeElement(kind.tag, content: content)
    }
}
