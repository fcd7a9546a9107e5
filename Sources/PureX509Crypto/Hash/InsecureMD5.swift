/// MD5 (RFC 1321), for legacy fingerprints only.
///
/// MD5 has practical collision attacks (RFC 6151) and must never be trusted for
/// signatures or integrity. It exists so that tools can print the MD5 fingerprints that
/// older software and documentation still show; the `Insecure` prefix is deliberate.
public struct InsecureMD5: HashFunction, MerkleDamgardHash {
    /// 16 bytes.
    public static var digestSize: Int { 16 }
    /// 64 bytes.
    public static var blockSize: Int { 64 }

    private var engine: MerkleDamgardEngine<MD5Compressor>

    /// Starts a new MD5 computation.
    public init() {
        engine = MerkleDamgardEngine(Self.initialState)
    }

    /// The compressor holding the initial hash value.
    static var initialState: MD5Compressor {
        MD5Compressor()
    }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 16-byte digest of everything absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalized().digest(length: 16)
    }
}
