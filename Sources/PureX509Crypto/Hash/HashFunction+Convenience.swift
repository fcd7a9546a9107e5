extension HashFunction {
    /// Absorbs the contents of an array.
    @inlinable
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Absorbs the contents of an array slice (for example a range of a DER buffer).
    @inlinable
    public mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Hashes `bytes` in one call.
    @inlinable
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes `bytes` in one call.
    @inlinable
    public static func hash(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes the bytes in `buffer` in one call.
    @inlinable
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var hasher = Self()
        hasher.update(buffer)
        return hasher.finalize()
    }
}
