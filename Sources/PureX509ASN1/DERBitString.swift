/// A BIT STRING as located by the reader: the offsets of its data octets (after the
/// unused-bits octet) and the number of unused bits in the last octet (X.690 8.6.2).
public struct DERBitString: Hashable, Sendable {
    /// Offsets of the data octets, excluding the leading unused-bits octet.
    public let bytesRange: Range<Int>
    /// Unused bits in the final octet (0...7). Always 0 for keys and signatures.
    public let unusedBits: UInt8

    /// A bit string whose data octets are at `bytesRange` with `unusedBits` (0...7) unused bits in
    /// the last one.
    @inlinable
    public init(bytesRange: Range<Int>, unusedBits: UInt8) {
        self.bytesRange = bytesRange
        self.unusedBits = unusedBits
    }

    /// The number of significant bits.
    @inlinable public var bitCount: Int { bytesRange.count * 8 - Int(unusedBits) }
}
