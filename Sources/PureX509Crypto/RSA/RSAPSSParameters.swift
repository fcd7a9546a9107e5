/// The parameters of RSASSA-PSS (RFC 8017 section 8.1, RFC 4055 section 3.1) that a
/// verifier needs: the message hash, the hash of the MGF1 mask generation function and the
/// salt length in bytes. The trailer field is always 1 (the byte 0xBC), the only value
/// RFC 8017 and RFC 4055 define.
public struct RSAPSSParameters: Sendable, Hashable {
    /// The hash applied to the message and to M' (RFC 8017 section 9.1.2 steps 2 and 13).
    public var hash: HashAlgorithm
    /// The hash used by MGF1 (RFC 8017 appendix B.2.1).
    public var maskGenerationHash: HashAlgorithm
    /// The salt length in bytes (sLen); never negative.
    public var saltLength: Int

    /// The RFC 4055 defaults: SHA-1, MGF1 with SHA-1, a 20-byte salt.
    public static let rfc4055Defaults = RSAPSSParameters(hash: .sha1, maskGenerationHash: .sha1, saltLength: 20)

    /// Parameters with an explicit hash, MGF1 hash and salt length (negative lengths are
    /// clamped to 0 here and rejected when parsed from DER).
    public init(hash: HashAlgorithm, maskGenerationHash: HashAlgorithm, saltLength: Int) {
        self.hash = hash
        self.maskGenerationHash = maskGenerationHash
        self.saltLength = max(0, saltLength)
    }

    /// The common profile: MGF1 with the message hash and a salt as long as the digest
    /// (RFC 8017 section 9.1 note 4).
    public init(hash: HashAlgorithm) {
        self.init(hash: hash, maskGenerationHash: hash, saltLength: hash.digestSize)
    }
}
