/// Why an elliptic-curve public key or private scalar was rejected (SEC1 2.3.4, 3.2.2).
public enum ECKeyError: Error, Equatable, Sendable {
    /// The encoding has the wrong number of bytes for the curve and its first byte.
    case invalidLength(expected: Int, actual: Int)
    /// The first byte is not 0x04 (uncompressed) or 0x02/0x03 (compressed).
    case unsupportedPointFormat(firstByte: UInt8)
    /// The encoding is the single byte 0x00, the point at infinity, which is never a valid key.
    case pointAtInfinity
    /// A coordinate is not below the field prime p; `byteOffset` is where it starts.
    case coordinateOutOfRange(byteOffset: Int)
    /// The coordinates do not satisfy the curve equation (or, compressed, x has no y).
    case notOnCurve
    /// A private scalar is zero or not below the group order n.
    case privateScalarOutOfRange
}
