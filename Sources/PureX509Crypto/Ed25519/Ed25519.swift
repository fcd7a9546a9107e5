/// Ed25519 verification and public-key derivation (RFC 8032 section 5.1) over
/// `EdwardsPoint`, with scalars modulo the group order L handled by `Ed25519ScalarElement`.
/// Variable-time: verification works on public data; key derivation is documented so.
enum Ed25519 {
    typealias Scalar = Ed25519ScalarElement

    /// The wNAF window for the base point table (64 odd multiples).
    static var baseWindow: Int { 8 }
    /// The wNAF window for the per-call table of the public key (8 odd multiples).
    static var keyWindow: Int { 5 }

    /// `B, 3B, 5B, ..., 127B`, computed on first use.
    static let baseTable: [EdwardsPoint.Cached] = EdwardsPoint.oddMultiples(of: .base, count: 1 << (baseWindow - 2))

    /// The group order L as little-endian words.
    static var orderWords: [UInt64] { Scalar.modulusWords }

    /// 32 little-endian bytes as four little-endian words.
    static func words(littleEndian bytes: ArraySlice<UInt8>) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 4)
        for (i, byte) in bytes.prefix(32).enumerated() {
            words[i >> 3] |= UInt64(byte) << UInt64((i & 7) * 8)
        }
        return words
    }

    /// Whether a 32-byte little-endian S is below L (RFC 8032 5.1.7 step 1).
    static func isCanonicalScalar(_ bytes: ArraySlice<UInt8>) -> Bool {
        let s = words(littleEndian: bytes)
        let l = orderWords
        for i in stride(from: 3, through: 0, by: -1) where s[i] != l[i] {
            return s[i] < l[i]
        }
        return false
    }

    /// A 64-byte little-endian number (a SHA-512 output) reduced modulo L, as words.
    static func reduceWide(_ digest: [UInt8]) -> [UInt64] {
        let low = words(littleEndian: digest[0..<32])
        let high = words(littleEndian: digest[32..<64])
        return Scalar(reducingWide: low, high: high).words
    }

    /// RFC 8032 5.1.7: accepts when `[S]B = R + [k]A` with `k = SHA-512(R || A || M) mod L`,
    /// computed as `R' = [S]B - [k]A` and compared with R byte for byte (the cofactorless
    /// equation). Comparing encodings also rejects a non-canonical or undecodable R, since R'
    /// is encoded canonically.
    static func verify(publicKey: EdwardsPoint, encodedKey: [UInt8], signature: ArraySlice<UInt8>,
                       message: ArraySlice<UInt8>) -> Bool {
        guard signature.count == 64 else { return false }
        let r = signature[signature.startIndex..<(signature.startIndex + 32)]
        let s = signature[(signature.startIndex + 32)...]
        guard isCanonicalScalar(s) else { return false }
        var hasher = SHA512()
        hasher.update(r)
        hasher.update(encodedKey)
        hasher.update(message)
        let k = reduceWide(hasher.finalize())
        let point = doubleScalarMultiply(s: words(littleEndian: s), k: k, negatedKey: publicKey.negated)
        return point.encoded.elementsEqual(r)
    }

    /// `[s]B + [k]P` by interleaved wNAF.
    static func doubleScalarMultiply(s: [UInt64], k: [UInt64], negatedKey: EdwardsPoint) -> EdwardsPoint {
        let bTable = baseTable
        let pTable = EdwardsPoint.oddMultiples(of: negatedKey, count: 1 << (keyWindow - 2))
        let d1 = WNAF.digits(of: s, width: baseWindow)
        let d2 = WNAF.digits(of: k, width: keyWindow)
        var i = d1.count - 1
        while i >= 0 && d1[i] == 0 && d2[i] == 0 { i -= 1 }
        var acc = EdwardsPoint.identity
        var started = false
        while i >= 0 {
            if started { acc = acc.doubled() }
            let a = Int(d1[i])
            if a > 0 {
                acc = acc.adding(bTable[(a - 1) >> 1])
            } else if a < 0 {
                acc = acc.adding(bTable[(-a - 1) >> 1].negated)
            }
            let b = Int(d2[i])
            if b > 0 {
                acc = acc.adding(pTable[(b - 1) >> 1])
            } else if b < 0 {
                acc = acc.adding(pTable[(-b - 1) >> 1].negated)
            }
            started = started || a != 0 || b != 0
            i -= 1
        }
        return acc
    }

    /// `[s]B` with the base table. Variable-time.
    static func multiplyBase(_ s: [UInt64]) -> EdwardsPoint {
        let bTable = baseTable
        let digits = WNAF.digits(of: s, width: baseWindow)
        var acc = EdwardsPoint.identity
        var started = false
        var i = digits.count - 1
        while i >= 0 {
            if started { acc = acc.doubled() }
            let a = Int(digits[i])
            if a > 0 {
                acc = acc.adding(bTable[(a - 1) >> 1])
            } else if a < 0 {
                acc = acc.adding(bTable[(-a - 1) >> 1].negated)
            }
            started = started || a != 0
            i -= 1
        }
        return acc
    }
}
