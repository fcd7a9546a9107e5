/// ECDSA over one Weierstrass curve: public-key decoding, verification and the scalar
/// multiplications behind them. Verification runs on public data and is variable-time.
enum ECDSA<C: WeierstrassCurve> {
    /// The wNAF window for the per-call table of odd multiples of the public key (8 points).
    static var publicKeyWindow: Int { 5 }

    /// Decodes an X9.62 / SEC1 2.3.4 point: `04||X||Y`, or compressed `02||X` / `03||X`.
    /// Checks the coordinates are below p and the point is on the curve (SEC1 3.2.2.1);
    /// the curve has cofactor 1, so a point on it is in the group.
    static func decodePublicKey(_ bytes: [UInt8]) throws(ECKeyError) -> AffinePoint<C> {
        let size = C.byteCount
        guard let first = bytes.first else {
            throw .invalidLength(expected: 1 + 2 * size, actual: 0)
        }
        switch first {
        case 0x04:
            guard bytes.count == 1 + 2 * size else {
                throw .invalidLength(expected: 1 + 2 * size, actual: bytes.count)
            }
            guard let x = C.Field(canonicalBigEndian: bytes[1..<(1 + size)]) else {
                throw .coordinateOutOfRange(byteOffset: 1)
            }
            guard let y = C.Field(canonicalBigEndian: bytes[(1 + size)...]) else {
                throw .coordinateOutOfRange(byteOffset: 1 + size)
            }
            guard C.isOnCurve(x: x, y: y) else { throw .notOnCurve }
            return AffinePoint(x: x, y: y)
        case 0x02, 0x03:
            guard bytes.count == 1 + size else {
                throw .invalidLength(expected: 1 + size, actual: bytes.count)
            }
            guard let x = C.Field(canonicalBigEndian: bytes[1...]) else {
                throw .coordinateOutOfRange(byteOffset: 1)
            }
            guard let y = C.decompress(x: x, yIsOdd: first == 0x03) else { throw .notOnCurve }
            return AffinePoint(x: x, y: y)
        case 0x00:
            guard bytes.count == 1 else { throw .invalidLength(expected: 1, actual: bytes.count) }
            throw .pointAtInfinity
        default:
            throw .unsupportedPointFormat(firstByte: first)
        }
    }

    /// `04||X||Y` for a point.
    static func encodeUncompressed(_ point: AffinePoint<C>) -> [UInt8] {
        [0x04] + point.x.bigEndianBytes(count: C.byteCount) + point.y.bigEndianBytes(count: C.byteCount)
    }

    /// The integer e of SEC1 4.1.4 step 5 (FIPS 186-4 6.4): the leftmost `orderBitCount` bits of
    /// the digest, reduced modulo n (one subtraction suffices as e < 2^bits(n) < 2n).
    static func digestScalar(_ digest: ArraySlice<UInt8>) -> C.Scalar {
        let bits = C.orderBitCount
        var bytes = Array(digest)
        if 8 * bytes.count > bits {
            let keep = (bits + 7) / 8
            bytes.removeLast(bytes.count - keep)
            let shift = 8 * keep - bits
            if shift > 0 {
                var carry: UInt8 = 0
                for i in bytes.indices {
                    let byte = bytes[i]
                    bytes[i] = (byte >> UInt8(shift)) | carry
                    carry = byte << UInt8(8 - shift)
                }
            }
        }
        // At most ceil(bits/8) bytes remain, which always fit the scalar limbs.
        return C.Scalar(reducingBigEndian: bytes[...]) ?? .zero
    }

    /// ECDSA verification, SEC1 4.1.4 / FIPS 186-4 6.4.2, for r and s given as big-endian
    /// magnitudes. Rejects r or s outside [1, n-1].
    static func verify(publicKey q: AffinePoint<C>, r rBytes: ArraySlice<UInt8>, s sBytes: ArraySlice<UInt8>,
                       digest: ArraySlice<UInt8>) -> Bool {
        // Step 1: 0 < r, s < n.
        guard let r = C.Scalar(canonicalBigEndian: rBytes), !r.isZero,
              let s = C.Scalar(canonicalBigEndian: sBytes), !s.isZero
        else { return false }
        // Steps 2-3: e from the digest.
        let e = digestScalar(digest)
        // Step 4: u1 = e·s^-1, u2 = r·s^-1.
        let w = s.inverse()
        let u1 = e * w
        let u2 = r * w
        // Step 5: R = u1·G + u2·Q; reject infinity.
        let point = linearCombination(u1: u1.words, u2: u2.words, q: q)
        if point.isInfinity { return false }
        // Steps 6-8: x(R) mod n == r. x(R) = X/Z^2 < p, and n < p < 2n, so x(R) mod n == r
        // exactly when X == r·Z^2 or, if r + n < p, X == (r + n)·Z^2. No inversion needed.
        let zz = point.z.squared()
        let rWords = r.words
        if let rField = C.Field(canonicalWords: rWords), rField * zz == point.x {
            return true
        }
        if let sum = addWords(rWords, C.Scalar.modulusWords),
           let rPlusN = C.Field(canonicalWords: sum), rPlusN * zz == point.x {
            return true
        }
        return false
    }

    /// `u1·G + u2·Q` by interleaved wNAF (Shamir's trick): one run of doublings, additions from
    /// the precomputed affine generator table and from a per-call table for Q.
    static func linearCombination(u1: [UInt64], u2: [UInt64], q: AffinePoint<C>) -> JacobianPoint<C> {
        let gTable = C.generatorTable
        let qTable = JacobianPoint<C>.oddMultiples(of: JacobianPoint(q), count: 1 << (publicKeyWindow - 2))
        let d1 = WNAF.digits(of: u1, width: C.generatorWindow)
        let d2 = WNAF.digits(of: u2, width: publicKeyWindow)
        var i = min(d1.count, d2.count) - 1
        while i >= 0 && d1[i] == 0 && d2[i] == 0 { i -= 1 }
        var acc = JacobianPoint<C>.infinity
        while i >= 0 {
            if !acc.isInfinity { acc = acc.doubled() }
            let g = Int(d1[i])
            if g > 0 {
                acc = acc.adding(gTable[(g - 1) >> 1])
            } else if g < 0 {
                acc = acc.adding(gTable[(-g - 1) >> 1].negated)
            }
            let h = Int(d2[i])
            if h > 0 {
                acc = acc.adding(qTable[(h - 1) >> 1])
            } else if h < 0 {
                acc = acc.adding(qTable[(-h - 1) >> 1].negated)
            }
            i -= 1
        }
        return acc
    }

    /// `k·G` with the generator table. Variable-time (used for offline key matching only).
    static func multiplyGenerator(_ k: [UInt64]) -> JacobianPoint<C> {
        let gTable = C.generatorTable
        let digits = WNAF.digits(of: k, width: C.generatorWindow)
        var acc = JacobianPoint<C>.infinity
        var i = digits.count - 1
        while i >= 0 {
            if !acc.isInfinity { acc = acc.doubled() }
            let g = Int(digits[i])
            if g > 0 {
                acc = acc.adding(gTable[(g - 1) >> 1])
            } else if g < 0 {
                acc = acc.adding(gTable[(-g - 1) >> 1].negated)
            }
            i -= 1
        }
        return acc
    }

    /// `a + b` for equal-length little-endian words, or nil on overflow.
    private static func addWords(_ a: [UInt64], _ b: [UInt64]) -> [UInt64]? {
        guard a.count == b.count else { return nil }
        var out = a
        var carry = false
        for i in a.indices {
            let (s1, o1) = a[i].addingReportingOverflow(b[i])
            let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
            out[i] = s2
            carry = o1 || o2
        }
        return carry ? nil : out
    }
}
