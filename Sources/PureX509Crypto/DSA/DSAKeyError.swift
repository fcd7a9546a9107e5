/// Why a DSA public value could not be derived from a private key (FIPS 186-4 section 4.1).
public enum DSAKeyError: Error, Equatable, Sendable {
    /// The prime p is even, below 3, or wider than 10,000 bits (OpenSSL's limit for DSA;
    /// FIPS 186-4 section 4.2 allows up to 3,072).
    case unusableModulus
    /// The subgroup order q, or x when q is not given, is wider than 512 bits (FIPS 186-4
    /// section 4.2 allows up to 256): refused so a hostile key cannot make the derivation
    /// run for seconds.
    case unusableSubgroupOrder
    /// The generator g is not in [2, p - 1].
    case generatorOutOfRange
    /// The private value x is zero, or not below q (FIPS 186-4 section 4.5: 0 < x < q).
    case privateValueOutOfRange
}
