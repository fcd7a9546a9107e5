import PureX509ASN1

/// One `AttributeTypeAndValue` of a distinguished name (RFC 5280 4.1.2.4).
public struct NameAttribute: Hashable, Sendable {
    let der: [UInt8]
    let entry: NameAttributeEntry

    init(der: [UInt8], entry: NameAttributeEntry) {
        self.der = der
        self.entry = entry
    }

    /// The attribute type (`2.5.4.3` for commonName, ...).
    public var type: OID { OID.fromValidated(der, entry.typeRange) }

    /// The string type of the value, or nil when the value is not a character string.
    public var stringKind: ASN1StringKind? {
        ASN1StringKind(tag: valueTag)
    }

    /// The value's tag.
    public var valueTag: ASN1Tag {
        let reader = DERReader(der, range: entry.valueRange)
        // Cannot fail: the element was validated when the name was parsed.
        return (try? reader.peekElement().tag) ?? .null
    }

    /// The value decoded to a Swift string, or nil when it is not a character string.
    public var stringValue: String? {
        guard let kind = stringKind else { return nil }
        return kind.decode(der[entry.valueContentRange])
    }

    /// The whole DER encoding of the value (tag, length, content).
    public var encodedValue: ArraySlice<UInt8> { der[entry.valueRange] }

    /// The content octets of the value.
    public var valueContent: ArraySlice<UInt8> { der[entry.valueContentRange] }

    /// Equality of type and encoded value.
    public static func == (lhs: NameAttribute, rhs: NameAttribute) -> Bool {
        lhs.der[lhs.entry.typeRange].elementsEqual(rhs.der[rhs.entry.typeRange])
            && lhs.encodedValue.elementsEqual(rhs.encodedValue)
    }

    /// Hashes type and encoded value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        for byte in encodedValue { hasher.combine(byte) }
    }
}
