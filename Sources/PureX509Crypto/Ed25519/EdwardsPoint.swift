/// A point on edwards25519, `-x^2 + y^2 = 1 + d·x^2·y^2` (RFC 8032 5.1), in extended
/// coordinates `(X : Y : Z : T)` with `x = X/Z`, `y = Y/Z`, `x·y = T/Z` (Hisil, Wong, Carter and
/// Dawson, "Twisted Edwards Curves Revisited", 2008). The addition law is complete for this
/// curve, so there are no exceptional cases. Variable-time (public data).
struct EdwardsPoint: Sendable {
    var x: Field25519
    var y: Field25519
    var z: Field25519
    var t: Field25519

    /// A point prepared for repeated addition: `(Y + X, Y - X, 2d·T, 2Z)`.
    struct Cached: Sendable {
        var yPlusX: Field25519
        var yMinusX: Field25519
        var t2d: Field25519
        var z2: Field25519

        /// The cached form of `-P`.
        var negated: Cached { Cached(yPlusX: yMinusX, yMinusX: yPlusX, t2d: -t2d, z2: z2) }
    }

    static var identity: EdwardsPoint { EdwardsPoint(x: .zero, y: .one, z: .one, t: .zero) }

    /// The base point B (RFC 8032 5.1: y = 4/5, x even).
    static var base: EdwardsPoint {
        let x = Field25519(0x62d608f25d51a, 0x412a4b4f6592a, 0x75b7171a4b31d, 0x1ff60527118fe, 0x216936d3cd6e5)
        let y = Field25519(0x6666666666658, 0x4cccccccccccc, 0x1999999999999, 0x3333333333333, 0x6666666666666)
        return EdwardsPoint(x: x, y: y, z: .one, t: x * y)
    }

    var cached: Cached { Cached(yPlusX: y + x, yMinusX: y - x, t2d: t * Field25519.d2, z2: z + z) }

    var negated: EdwardsPoint { EdwardsPoint(x: -x, y: y, z: z, t: -t) }

    /// `P + Q` ("add-2008-hwcd-3" with a = -1, k = 2d): 8M.
    @inline(__always)
    func adding(_ q: Cached) -> EdwardsPoint {
        let a = (y - x) * q.yMinusX
        let b = (y + x) * q.yPlusX
        let c = t * q.t2d
        let d = z * q.z2
        let e = b - a
        let f = d - c
        let g = d + c
        let h = b + a
        return EdwardsPoint(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// `2P` ("dbl-2008-hwcd" with a = -1): 4M + 4S.
    @inline(__always)
    func doubled() -> EdwardsPoint {
        let a = x.squared()
        let b = y.squared()
        let zz = z.squared()
        let c = zz + zz
        let h = a + b                          // -(D - B) with D = -A
        let e = h - (x + y).squared()          // -E
        let g = a - b                          // -(D + B)
        let f = c + g                          // -(G - C)
        // Signs: X3 = E·F, Y3 = G·H, T3 = E·H, Z3 = F·G with E, F, G, H each negated above,
        // so the products of two negated factors are unchanged.
        return EdwardsPoint(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// The 32-byte encoding (RFC 8032 5.1.2): y little-endian with the sign of x in bit 255.
    var encoded: [UInt8] {
        let zInverse = z.inverse()
        let affineX = x * zInverse
        let affineY = y * zInverse
        var out = affineY.bytes
        if affineX.isNegative { out[31] |= 0x80 }
        return out
    }

    /// Decodes 32 bytes (RFC 8032 5.1.3): fails when y is not canonical (y ≥ p), when x² has
    /// no root, or when x = 0 with the sign bit set (a second encoding of the same point).
    static func decode(_ bytes: ArraySlice<UInt8>) -> Result<EdwardsPoint, Ed25519KeyError> {
        guard bytes.count == 32 else { return .failure(.invalidLength(expected: 32, actual: bytes.count)) }
        let signBit = bytes[bytes.endIndex - 1] & 0x80 != 0
        let y = Field25519(littleEndian: bytes)
        // Step 1: reject y ≥ p, i.e. an encoding that does not round-trip.
        var canonical = Array(bytes)
        canonical[31] &= 0x7F
        guard y.bytes == canonical else { return .failure(.nonCanonicalEncoding) }
        // Step 2: u = y² - 1, v = d·y² + 1.
        let yy = y.squared()
        let u = yy - .one
        let v = Field25519.d * yy + .one
        // Step 3: x = u·v³·(u·v⁷)^((p-5)/8).
        let v3 = v.squared() * v
        let v7 = v3.squared() * v
        var x = u * v3 * (u * v7).power2523()
        let vxx = v * x.squared()
        if vxx == u {
            // x is a root.
        } else if vxx == -u {
            x = x * Field25519.sqrtMinusOne
        } else {
            return .failure(.notOnCurve)
        }
        // Step 4: the sign.
        if x.isZero && signBit { return .failure(.nonCanonicalEncoding) }
        if x.isNegative != signBit { x = -x }
        return .success(EdwardsPoint(x: x, y: y, z: .one, t: x * y))
    }

    init(x: Field25519, y: Field25519, z: Field25519, t: Field25519) {
        self.x = x
        self.y = y
        self.z = z
        self.t = t
    }

    /// `P, 3P, 5P, ..., (2·count - 1)P` in cached form.
    static func oddMultiples(of point: EdwardsPoint, count: Int) -> [Cached] {
        var table = [point.cached]
        table.reserveCapacity(count)
        let twice = point.doubled().cached
        var current = point
        while table.count < count {
            current = current.adding(twice)
            table.append(current.cached)
        }
        return table
    }
}
