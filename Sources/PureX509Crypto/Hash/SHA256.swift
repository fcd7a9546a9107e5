/// SHA-256 (FIPS 180-4 section 6.2).
public struct SHA256: HashFunction, MerkleDamgardHash {
    /// 32 bytes.
    public static var digestSize: Int { 32 }
    /// 64 bytes.
    public static var blockSize: Int { 64 }

    private var engine: MerkleDamgardEngine<SHA256Compressor>

    /// Starts a new SHA-256 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA256Compressor {
        SHA256Compressor((
            0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A,
            0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19
        ))
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 32-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 32)
    }
}
