/// SHA-1 (FIPS 180-4 section 6.1).
///
/// SHA-1 is broken for collision resistance (SHAttered, 2017). It is here to verify old
/// signatures and to compute the key identifiers and thumbprints that RFC 5280 and
/// PKCS#12 still define with it; do not use it to protect new data.
public struct SHA1: HashFunction, MerkleDamgardHash {
    /// 20 bytes.
    public static var digestSize: Int { 20 }
    /// 64 bytes.
    public static var blockSize: Int { 64 }

    private var engine: MerkleDamgardEngine<SHA1Compressor>

    /// Starts a new SHA-1 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA1Compressor {
        SHA1Compressor()
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 20-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 20)
    }
}
