/// SHA-224 (FIPS 180-4 section 6.3): SHA-256 with its own initial value (section 5.3.2),
/// truncated to 224 bits.
public struct SHA224: HashFunction, MerkleDamgardHash {
    /// 28 bytes.
    public static var digestSize: Int { 28 }
    /// 64 bytes.
    public static var blockSize: Int { 64 }

    private var engine: MerkleDamgardEngine<SHA256Compressor>

    /// Starts a new SHA-224 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA256Compressor {
        SHA256Compressor((
            0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939,
            0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4
        ))
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 28-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 28)
    }
}
