/// The TLS 1.2 pseudorandom function (RFC 5246 section 5): `PRF(secret, label, seed) =
/// P_<hash>(secret, label + seed)`, with
///
/// ```
/// P_hash(secret, seed) = HMAC_hash(secret, A(1) + seed) +
///                        HMAC_hash(secret, A(2) + seed) + ...
/// A(0) = seed, A(i) = HMAC_hash(secret, A(i-1))
/// ```
///
/// SHA-256 for every TLS 1.2 suite unless the suite names another hash (SHA-384 for the
/// `_SHA384` suites). Used to derive the master secret and to check the server's Finished.
package enum TLS12PRF<H: HashFunction> {
    /// `PRF(secret, label, seed)` truncated to `outputLength` bytes.
    ///
    /// - Parameters:
    ///   - label: an ASCII label such as `"master secret"` or `"server finished"`.
    ///   - outputLength: from 0 to 65,536 bytes (TLS needs at most a few hundred; the bound
    ///     keeps a caller's mistake from allocating without limit).
    /// - Throws: ``CryptoError/malformed(_:)`` for a length outside that range.
    package static func derive(secret: [UInt8], label: String, seed: [UInt8], outputLength: Int) throws(CryptoError) -> [UInt8] {
        guard outputLength >= 0, outputLength <= 65536 else {
            throw .malformed("TLS 1.2 PRF: output length \(outputLength) is outside 0...65536")
        }
        let labelAndSeed = Array(label.utf8) + seed
        let keyed = HMAC<H>(key: secret)
        var output: [UInt8] = []
        output.reserveCapacity(outputLength)
        var a = labelAndSeed  // A(0)
        while output.count < outputLength {
            var next = keyed
            next.update(a)
            a = next.finalize()  // A(i)
            var block = keyed
            block.update(a)
            block.update(labelAndSeed)
            output += block.finalize().prefix(outputLength - output.count)
        }
        return output
    }
}
