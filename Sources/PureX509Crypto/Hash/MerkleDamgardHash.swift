/// A ``HashFunction`` built on ``MerkleDamgardEngine``: lets PBKDF2 and HMAC-heavy code work
/// on the compression function directly, without buffering or allocation per iteration.
protocol MerkleDamgardHash: HashFunction {
    associatedtype Compressor: BlockCompressor
    /// The compressor holding the initial hash value (FIPS 180-4 section 5.3).
    static var initialState: Compressor { get }
}
