/// SHA-512 (FIPS 180-4 section 6.4).
public struct SHA512: HashFunction, MerkleDamgardHash {
    /// 64 bytes.
    public static var digestSize: Int { 64 }
    /// 128 bytes.
    public static var blockSize: Int { 128 }

    private var engine: MerkleDamgardEngine<SHA512Compressor>

    /// Starts a new SHA-512 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA512Compressor {
        SHA512Compressor((
            0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
            0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179
        ))
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 64-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 64)
    }
}
