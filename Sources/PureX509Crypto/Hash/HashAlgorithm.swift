/// The hash functions PureX509 knows, as a value: what signature algorithms, key
/// identifiers, fingerprints and PKCS#12/PKCS#8 key derivation name.
///
/// Dispatches to the concrete ``HashFunction`` types without generics at the call site:
///
/// ```swift
/// let digest = HashAlgorithm.sha256.hash(tbsCertificateBytes)
/// ```
public enum HashAlgorithm: Sendable, Hashable, CaseIterable {
    /// MD5 (RFC 1321). Legacy fingerprints only; see ``InsecureMD5``.
    case md5
    /// SHA-1 (FIPS 180-4). Collision-broken; legacy signatures and identifiers only.
    case sha1
    /// SHA-224 (FIPS 180-4).
    case sha224
    /// SHA-256 (FIPS 180-4).
    case sha256
    /// SHA-384 (FIPS 180-4).
    case sha384
    /// SHA-512 (FIPS 180-4).
    case sha512
    /// SHA-512/256 (FIPS 180-4 section 6.7).
    case sha512_256

    /// Length of the digest in bytes.
    public var digestSize: Int {
        hashFunction.digestSize
    }

    /// Length of the internal block in bytes.
    public var blockSize: Int {
        hashFunction.blockSize
    }

    /// The conventional name: "MD5", "SHA-1", "SHA-256", "SHA-512/256", ...
    public var name: String {
        switch self {
        case .md5: "MD5"
        case .sha1: "SHA-1"
        case .sha224: "SHA-224"
        case .sha256: "SHA-256"
        case .sha384: "SHA-384"
        case .sha512: "SHA-512"
        case .sha512_256: "SHA-512/256"
        }
    }

    /// The concrete type, for generic code such as `HMAC<H>` (open it with a generic
    /// function taking `H.Type`).
    public var hashFunction: any HashFunction.Type {
        switch self {
        case .md5: InsecureMD5.self
        case .sha1: SHA1.self
        case .sha224: SHA224.self
        case .sha256: SHA256.self
        case .sha384: SHA384.self
        case .sha512: SHA512.self
        case .sha512_256: SHA512_256.self
        }
    }

    /// A fresh streaming hasher of this algorithm.
    public func makeHasher() -> any HashFunction {
        hashFunction.init()
    }

    /// Hashes the bytes in `buffer` in one call.
    public func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        switch self {
        case .md5: InsecureMD5.hash(buffer)
        case .sha1: SHA1.hash(buffer)
        case .sha224: SHA224.hash(buffer)
        case .sha256: SHA256.hash(buffer)
        case .sha384: SHA384.hash(buffer)
        case .sha512: SHA512.hash(buffer)
        case .sha512_256: SHA512_256.hash(buffer)
        }
    }

    /// Hashes `bytes` in one call.
    public func hash(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// Hashes `bytes` in one call.
    public func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }
}
