/// A cryptographic hash function with a streaming interface.
///
/// Conforming types are value types: copying one forks the running state, and ``finalize()``
/// does not consume it. One-shot helpers (`hash(_:)`) and `update` overloads for `[UInt8]`
/// and `ArraySlice<UInt8>` come from an extension.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(header)
/// hasher.update(body)
/// let digest = hasher.finalize()          // 32 bytes
/// let same = SHA256.hash(header + body)   // one shot
/// ```
public protocol HashFunction: Sendable {
    /// Length of the digest in bytes.
    static var digestSize: Int { get }
    /// Length of the internal block in bytes (the `B` of HMAC, RFC 2104 section 2).
    static var blockSize: Int { get }
    /// Starts a new hash computation.
    init()
    /// Absorbs `bytes`; may be called any number of times.
    mutating func update(_ bytes: UnsafeRawBufferPointer)
    /// Returns the digest of everything absorbed so far (``digestSize`` bytes) without
    /// changing the state.
    func finalize() -> [UInt8]
}
