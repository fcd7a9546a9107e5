/// The DER prefixes of `DigestInfo` (RFC 8017 section 9.2, note 1): everything before the
/// digest bytes in
///
/// ```
/// DigestInfo ::= SEQUENCE { digestAlgorithm AlgorithmIdentifier, digest OCTET STRING }
/// ```
///
/// with the hash's AlgorithmIdentifier carrying NULL parameters, the only form RFC 8017
/// defines. The variant without the NULL, which some old signers produced, is not
/// accepted: Wycheproof marks it "acceptable" (flag MissingNull), BoringSSL and Go reject
/// it, and accepting a second encoding gains nothing but malleability.
enum DigestInfoPrefix {
    /// The prefix for `hash`, followed by exactly `hash.digestSize` digest bytes.
    static func prefix(for hash: HashAlgorithm) -> [UInt8] {
        switch hash {
        case .md5:
            return [0x30, 0x20, 0x30, 0x0C, 0x06, 0x08, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x02, 0x05, 0x05, 0x00, 0x04, 0x10]
        case .sha1:
            return [0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2B, 0x0E, 0x03, 0x02, 0x1A, 0x05, 0x00, 0x04, 0x14]
        case .sha224:
            return sha2Prefix(arc: 0x04, digestSize: 28)
        case .sha256:
            return sha2Prefix(arc: 0x01, digestSize: 32)
        case .sha384:
            return sha2Prefix(arc: 0x02, digestSize: 48)
        case .sha512:
            return sha2Prefix(arc: 0x03, digestSize: 64)
        case .sha512_256:
            return sha2Prefix(arc: 0x06, digestSize: 32)
        }
    }

    /// `30 len 30 0d 06 09 60 86 48 01 65 03 04 02 arc 05 00 04 digestSize` for the NIST hash
    /// OIDs 2.16.840.1.101.3.4.2.arc.
    private static func sha2Prefix(arc: UInt8, digestSize: UInt8) -> [UInt8] {
        [
            0x30, 0x11 + digestSize, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, arc,
            0x05, 0x00, 0x04, digestSize,
        ]
    }
}
