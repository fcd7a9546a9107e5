/// Why an Ed25519 public key or private key seed was rejected (RFC 8032 5.1.3, 5.1.5).
public enum Ed25519KeyError: Error, Equatable, Sendable {
    /// The key or seed is not exactly 32 bytes.
    case invalidLength(expected: Int, actual: Int)
    /// The encoding is not canonical: y ≥ p, or x = 0 with the sign bit set.
    case nonCanonicalEncoding
    /// No x satisfies the curve equation for the encoded y.
    case notOnCurve
}
