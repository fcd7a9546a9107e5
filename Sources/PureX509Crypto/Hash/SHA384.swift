/// SHA-384 (FIPS 180-4 section 6.5): SHA-512 with its own initial value (section 5.3.4),
/// truncated to 384 bits.
public struct SHA384: HashFunction, MerkleDamgardHash {
    /// 48 bytes.
    public static var digestSize: Int { 48 }
    /// 128 bytes.
    public static var blockSize: Int { 128 }

    private var engine: MerkleDamgardEngine<SHA512Compressor>

    /// Starts a new SHA-384 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA512Compressor {
        SHA512Compressor((
            0xCBBB_9D5D_C105_9ED8, 0x629A_292A_367C_D507, 0x9159_015A_3070_DD17, 0x152F_ECD8_F70E_5939,
            0x6733_2667_FFC0_0B31, 0x8EB4_4A87_6858_1511, 0xDB0C_2E0D_64F9_8FA7, 0x47B5_481D_BEFA_4FA4
        ))
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 48-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 48)
    }
}
