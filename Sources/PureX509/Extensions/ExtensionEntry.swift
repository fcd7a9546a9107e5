/// Where one extension lies in the DER buffer (internal, 16 bytes, no allocation).
struct ExtensionEntry: Hashable, Sendable {
    /// Offset of the extnID content octets.
    let oidStart: UInt32
    /// Offsets of the extnValue OCTET STRING content.
    let valueStart: UInt32
    let valueEnd: UInt32
    /// Length of the extnID content octets.
    let oidLength: UInt8
    let isCritical: Bool
    /// `ExtensionKind.rawValue`, or 0 for an extension this library does not decode.
    let kindRaw: UInt8

    init(oid: Range<Int>, value: Range<Int>, isCritical: Bool, kind: ExtensionKind?) {
        oidStart = UInt32(truncatingIfNeeded: oid.lowerBound)
        oidLength = UInt8(truncatingIfNeeded: oid.count)
        valueStart = UInt32(truncatingIfNeeded: value.lowerBound)
        valueEnd = UInt32(truncatingIfNeeded: value.upperBound)
        self.isCritical = isCritical
        kindRaw = kind?.rawValue ?? 0
    }

    var oidRange: Range<Int> { Int(oidStart)..<(Int(oidStart) + Int(oidLength)) }
    var valueRange: Range<Int> { Int(valueStart)..<Int(valueEnd) }
    var kind: ExtensionKind? { kindRaw == 0 ? nil : ExtensionKind(rawValue: kindRaw) }
}
