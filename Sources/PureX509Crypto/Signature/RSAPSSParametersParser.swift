import PureX509ASN1

/// Decodes `RSASSA-PSS-params` (RFC 4055 section 3.1):
///
/// ```
/// RSASSA-PSS-params ::= SEQUENCE {
///     hashAlgorithm      [0] HashAlgorithm DEFAULT sha1Identifier,
///     maskGenAlgorithm   [1] MaskGenAlgorithm DEFAULT mgf1SHA1Identifier,
///     saltLength         [2] INTEGER DEFAULT 20,
///     trailerField       [3] INTEGER DEFAULT trailerFieldBC }
/// ```
///
/// Hashes: SHA-1 and SHA-2 (hash AlgorithmIdentifier parameters NULL or absent, RFC 4055
/// section 2.1); mask generation: MGF1 only (RFC 8017 appendix B.2.1); salt length
/// 0...65535; trailer field 1 only, the sole value RFC 8017 defines. A field encoded with
/// its DEFAULT value is a DER violation (X.690 section 11.5) and is rejected.
enum RSAPSSParametersParser {
    /// The largest salt length accepted (far above any real use; it keeps the value sane).
    static let maximumSaltLength = 65535

    /// Reads the parameters SEQUENCE at the reader's position.
    static func parse(_ reader: inout DERReader) throws -> RSAPSSParameters {
        try reader.readSequence { sequence in
            var hash = HashAlgorithm.sha1
            var maskHash = HashAlgorithm.sha1
            var saltLength = 20
            let hashOffset = sequence.position
            if let value = try sequence.readOptionalExplicit(0, { try readHash(&$0, what: "RSASSA-PSS hashAlgorithm") }) {
                guard value != .sha1 else { throw CryptoError.malformed("RSASSA-PSS hashAlgorithm encodes its DEFAULT (SHA-1) at byte \(hashOffset)") }
                hash = value
            }
            let maskOffset = sequence.position
            if let value = try sequence.readOptionalExplicit(1, { try readMaskGeneration(&$0) }) {
                guard value != .sha1 else { throw CryptoError.malformed("RSASSA-PSS maskGenAlgorithm encodes its DEFAULT (MGF1 with SHA-1) at byte \(maskOffset)") }
                maskHash = value
            }
            let saltOffset = sequence.position
            if let value = try sequence.readOptionalExplicit(2, { try $0.readInt() }) {
                guard value >= 0, value <= maximumSaltLength else {
                    throw CryptoError.malformed("RSASSA-PSS saltLength \(value) out of range at byte \(saltOffset)")
                }
                guard value != 20 else { throw CryptoError.malformed("RSASSA-PSS saltLength encodes its DEFAULT (20) at byte \(saltOffset)") }
                saltLength = value
            }
            let trailerOffset = sequence.position
            if let value = try sequence.readOptionalExplicit(3, { try $0.readInt() }) {
                if value == 1 {
                    throw CryptoError.malformed("RSASSA-PSS trailerField encodes its DEFAULT (1) at byte \(trailerOffset)")
                }
                throw CryptoError.unsupportedAlgorithm("RSASSA-PSS trailerField \(value) (only 1 is defined)")
            }
            return RSAPSSParameters(hash: hash, maskGenerationHash: maskHash, saltLength: saltLength)
        }
    }

    /// A hash AlgorithmIdentifier (RFC 4055 section 2.1: parameters NULL or absent).
    static func readHash(_ reader: inout DERReader, what: String) throws -> HashAlgorithm {
        try reader.readSequence { sequence in
            let offset = sequence.position
            let oid = try sequence.readObjectIdentifier()
            if !sequence.isAtEnd {
                try sequence.readNull()
            }
            guard let hash = AlgorithmOID.hash(oid), hash != .md5 else {
                throw CryptoError.unsupportedAlgorithm("\(what) \(oid.dotted) at byte \(offset)")
            }
            return hash
        }
    }

    /// A MaskGenAlgorithm: MGF1 with a hash AlgorithmIdentifier as its parameters.
    static func readMaskGeneration(_ reader: inout DERReader) throws -> HashAlgorithm {
        try reader.readSequence { sequence in
            let offset = sequence.position
            let oid = try sequence.readObjectIdentifier()
            guard oid == AlgorithmOID.mgf1 else {
                throw CryptoError.unsupportedAlgorithm("RSASSA-PSS maskGenAlgorithm \(oid.dotted) at byte \(offset)")
            }
            return try readHash(&sequence, what: "RSASSA-PSS MGF1 hash")
        }
    }
}
