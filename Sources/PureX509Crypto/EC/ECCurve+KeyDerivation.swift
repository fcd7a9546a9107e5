extension ECCurve {
    /// The public point `d·G` for a private scalar d, as an uncompressed `04||X||Y` encoding.
    ///
    /// For matching a private key to a certificate offline only; PureX509 does not sign.
    /// The scalar is secret, but this multiplication is **variable-time** (wNAF over a
    /// public table): do not run it where an attacker can time it repeatedly. The scratch
    /// copies of the scalar made here are overwritten with zeros before returning; copies the
    /// optimizer makes in registers or on the stack are beyond reach.
    ///
    /// - Parameter privateScalar: d, big-endian, at most `byteCount` bytes (leading zeros
    ///   allowed), with `1 ≤ d < n` (SEC1 3.2.1).
    /// - Throws: `ECKeyError.privateScalarOutOfRange` when d is zero or not below n;
    ///   `ECKeyError.invalidLength` when it is longer than `byteCount` bytes.
    public func publicKeyX963(fromPrivateScalar privateScalar: some Collection<UInt8>) throws(ECKeyError) -> [UInt8] {
        var bytes = Array(privateScalar)
        defer { Self.wipe(&bytes) }
        guard bytes.count <= byteCount else {
            throw .invalidLength(expected: byteCount, actual: bytes.count)
        }
        switch self {
        case .p256: return try Self.derive(P256.self, bytes)
        case .p384: return try Self.derive(P384.self, bytes)
        case .p521: return try Self.derive(P521.self, bytes)
        }
    }

    private static func derive<C: WeierstrassCurve>(_: C.Type, _ bytes: [UInt8]) throws(ECKeyError) -> [UInt8] {
        guard let d = C.Scalar(canonicalBigEndian: bytes[...]), !d.isZero else {
            throw .privateScalarOutOfRange
        }
        var words = d.words
        defer { wipe(&words) }
        // 1 ≤ d < n, so d·G is finite.
        guard let point = ECDSA<C>.multiplyGenerator(words).affine else {
            throw .privateScalarOutOfRange
        }
        return ECDSA<C>.encodeUncompressed(point)
    }

    private static func wipe<T: FixedWidthInteger>(_ buffer: inout [T]) {
        for i in buffer.indices { buffer[i] = 0 }
    }
}
