// Stand-in for swift-crypto's `SHA256` (same name, the shape of its one-shot API).
internal import PureX509Crypto

/// SHA-256, as swift-crypto spells it: `SHA256.hash(data:)`.
public enum SHA256 {
    /// The 32-byte digest of `data`.
    public static func hash(data: [UInt8]) -> SHA256Digest {
        SHA256Digest(bytes: PureX509Crypto.SHA256.hash(data))
    }
}

/// A SHA-256 digest.
public struct SHA256Digest: Equatable, Sendable {
    /// The 32 digest bytes.
    public let bytes: [UInt8]
}
