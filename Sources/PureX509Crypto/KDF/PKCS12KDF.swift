/// The PKCS#12 key derivation function (RFC 7292 appendix B.2), used by the PKCS#12
/// password-based encryption schemes (`pbeWithSHAAnd3-KeyTripleDES-CBC`, ...) and to key
/// the PKCS#12 integrity MAC. For decrypting and checking PKCS#12 files offline.
public enum PKCS12KDF {
    /// What the derived bytes are for: the diversifier `ID` of RFC 7292 appendix B.3.
    public enum Purpose: UInt8, Sendable, Hashable {
        /// ID 1: encryption key.
        case key = 1
        /// ID 2: initialization vector.
        case iv = 2
        /// ID 3: MAC key.
        case mac = 3
    }

    /// Encodes a password as RFC 7292 appendix B.1 wants it: a BMPString, big-endian UTF-16
    /// with a trailing `00 00`. Characters outside the BMP become surrogate pairs, as OpenSSL
    /// does. The empty password becomes `00 00`; a file made with *no* password uses the
    /// empty byte string instead, so callers may need to try both.
    public static func encodePassword(_ password: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(password.utf16.count * 2 + 2)
        for unit in password.utf16 {
            bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            bytes.append(UInt8(truncatingIfNeeded: unit))
        }
        bytes += [0, 0]
        return bytes
    }

    /// Derives `keyLength` bytes.
    ///
    /// - Parameters:
    ///   - password: the already encoded password (see ``encodePassword(_:)``).
    ///   - salt: the salt from the PBE or MAC parameters.
    ///   - iterations: the iteration count `r`, at least 1.
    ///   - keyLength: `n`, the number of bytes wanted, at least 1 and at most 65536.
    ///   - purpose: key, IV or MAC key.
    ///   - hash: the hash function `H` (SHA-1 for the classic PBE schemes; the MAC uses the
    ///     digest algorithm named in `MacData`).
    /// - Throws: ``CryptoError/malformed(_:)`` for an iteration count or length out of range.
    public static func deriveKey(
        password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int,
        purpose: Purpose, hash: HashAlgorithm
    ) throws(CryptoError) -> [UInt8] {
        guard iterations >= 1 else {
            throw .malformed("PKCS#12 KDF: iteration count \(iterations) is not positive")
        }
        guard keyLength >= 1, keyLength <= 65536 else {
            throw .malformed("PKCS#12 KDF: derived key length \(keyLength) is out of range")
        }
        let u = hash.digestSize
        let v = hash.blockSize
        // Steps 1-4: D = v copies of ID; I = S || P, each repeated to a multiple of v bytes.
        let diversifier = [UInt8](repeating: purpose.rawValue, count: v)
        var input = repeated(salt, toMultipleOf: v) + repeated(password, toMultipleOf: v)
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength + u)
        while true {
            // Step 6a: A_i = H^r(D || I).
            var hasher = hash.makeHasher()
            hasher.update(diversifier)
            hasher.update(input)
            var a = hasher.finalize()
            if iterations > 1 {
                for _ in 2...iterations { a = hash.hash(a) }
            }
            derived += a
            if derived.count >= keyLength { break }
            // Steps 6b-6c: B = A_i repeated to v bytes; each v-byte block I_j of I becomes
            // (I_j + B + 1) mod 2^(8v).
            let b = repeated(a, toLength: v)
            var blockEnd = v
            while blockEnd <= input.count {
                var carry: UInt16 = 1
                var index = v - 1
                while index >= 0 {
                    let sum = UInt16(input[blockEnd - v + index]) + UInt16(b[index]) + carry
                    input[blockEnd - v + index] = UInt8(truncatingIfNeeded: sum)
                    carry = sum >> 8
                    index -= 1
                }
                blockEnd += v
            }
        }
        return Array(derived.prefix(keyLength))
    }

    /// `bytes` repeated (the last copy truncated) to `v * ceil(count / v)` bytes.
    private static func repeated(_ bytes: [UInt8], toMultipleOf v: Int) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        return repeated(bytes, toLength: v * ((bytes.count + v - 1) / v))
    }

    /// `bytes` (non-empty) repeated to exactly `length` bytes.
    private static func repeated(_ bytes: [UInt8], toLength length: Int) -> [UInt8] {
        (0..<length).map { bytes[$0 % bytes.count] }
    }
}
