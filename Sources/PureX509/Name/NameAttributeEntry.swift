/// Where one attribute of a distinguished name lies in the DER buffer: the type's OID
/// content octets and the value's whole element, plus the index of its RDN. Sixteen bytes,
/// no allocation; the public `NameAttribute` is built from it on demand.
struct NameAttributeEntry: Hashable, Sendable {
    /// Offset of the attribute type's OID content octets.
    let typeStart: UInt32
    /// Offset of the value's identifier octet.
    let valueStart: UInt32
    /// Offset one past the value's last content octet.
    let valueEnd: UInt32
    /// Length of the OID content octets (at most 39).
    let typeLength: UInt8
    /// Length of the value's identifier and length octets.
    let valueHeaderLength: UInt8
    /// Index of the RDN (the SET) this attribute belongs to.
    let rdnIndex: UInt16

    init(typeStart: Int, typeLength: Int, valueStart: Int, valueContentStart: Int, valueEnd: Int, rdnIndex: Int) {
        self.typeStart = UInt32(truncatingIfNeeded: typeStart)
        self.typeLength = UInt8(truncatingIfNeeded: typeLength)
        self.valueStart = UInt32(truncatingIfNeeded: valueStart)
        self.valueHeaderLength = UInt8(truncatingIfNeeded: valueContentStart &- valueStart)
        self.valueEnd = UInt32(truncatingIfNeeded: valueEnd)
        self.rdnIndex = UInt16(truncatingIfNeeded: rdnIndex)
    }

    var typeRange: Range<Int> { Int(typeStart)..<(Int(typeStart) + Int(typeLength)) }
    var valueRange: Range<Int> { Int(valueStart)..<Int(valueEnd) }
    var valueContentRange: Range<Int> { (Int(valueStart) + Int(valueHeaderLength))..<Int(valueEnd) }
}
