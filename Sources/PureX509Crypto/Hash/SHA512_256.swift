/// SHA-512/256 (FIPS 180-4 section 6.7): SHA-512 with the initial value of section 5.3.6.2,
/// truncated to 256 bits.
public struct SHA512_256: HashFunction, MerkleDamgardHash {
    /// 32 bytes.
    public static var digestSize: Int { 32 }
    /// 128 bytes.
    public static var blockSize: Int { 128 }

    private var engine: MerkleDamgardEngine<SHA512Compressor>

    /// Starts a new SHA-512/256 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: SHA512Compressor {
        SHA512Compressor((
            0x2231_2194_FC2B_F72C, 0x9F55_5FA3_C84C_64C2, 0x2393_B86B_6F53_B151, 0x9638_7719_5940_EABD,
            0x9628_3EE2_A88E_FFE3, 0xBE5E_1E25_5386_3992, 0x2B01_99FC_2C85_B8AA, 0x0EB7_2DDC_81C5_2CA2
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
