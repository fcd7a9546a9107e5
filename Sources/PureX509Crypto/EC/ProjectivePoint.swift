/// A point in homogeneous projective coordinates `(X : Y : Z)` standing for `(X/Z, Y/Z)`,
/// with `(0 : 1 : 0)` the point at infinity, added by the *complete* formulas of Renes,
/// Costello and Batina, "Complete addition formulas for prime order elliptic curves"
/// (EUROCRYPT 2016), algorithm 4 (a = -3): one sequence of 12 multiplications, 2
/// multiplications by b and 29 additions that is correct for every pair of inputs, doubling
/// and the point at infinity included. No exceptional case, hence no branch on the points:
/// the ECDH ladder uses it for the secret scalar.
struct ProjectivePoint<C: WeierstrassCurve>: Sendable where C.Field: ConditionallySwappable {
    var x: C.Field
    var y: C.Field
    var z: C.Field

    static var infinity: ProjectivePoint<C> { ProjectivePoint(x: .zero, y: .one, z: .zero) }

    init(x: C.Field, y: C.Field, z: C.Field) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(_ point: AffinePoint<C>) {
        self.init(x: point.x, y: point.y, z: .one)
    }

    /// The affine form, or nil at infinity (one inversion, a fixed exponentiation).
    var affine: AffinePoint<C>? {
        if z.isZero { return nil }
        let zInverse = z.inverse()
        return AffinePoint(x: x * zInverse, y: y * zInverse)
    }

    /// `P + Q` for any P and Q (RCB16 algorithm 4, step by step).
    @inline(__always)
    func adding(_ q: ProjectivePoint<C>) -> ProjectivePoint<C> {
        let b = C.b
        var t0 = x * q.x                 // 1
        var t1 = y * q.y                 // 2
        var t2 = z * q.z                 // 3
        var t3 = x + y                   // 4
        var t4 = q.x + q.y               // 5
        t3 = t3 * t4                     // 6
        t4 = t0 + t1                     // 7
        t3 = t3 - t4                     // 8
        t4 = y + z                       // 9
        var x3 = q.y + q.z               // 10
        t4 = t4 * x3                     // 11
        x3 = t1 + t2                     // 12
        t4 = t4 - x3                     // 13
        x3 = x + z                       // 14
        var y3 = q.x + q.z               // 15
        x3 = x3 * y3                     // 16
        y3 = t0 + t2                     // 17
        y3 = x3 - y3                     // 18
        var z3 = b * t2                  // 19
        x3 = y3 - z3                     // 20
        z3 = x3 + x3                     // 21
        x3 = x3 + z3                     // 22
        z3 = t1 - x3                     // 23
        x3 = t1 + x3                     // 24
        y3 = b * y3                      // 25
        t1 = t2 + t2                     // 26
        t2 = t1 + t2                     // 27
        y3 = y3 - t2                     // 28
        y3 = y3 - t0                     // 29
        t1 = y3 + y3                     // 30
        y3 = t1 + y3                     // 31
        t1 = t0 + t0                     // 32
        t0 = t1 + t0                     // 33
        t0 = t0 - t2                     // 34
        t1 = t4 * y3                     // 35
        t2 = t0 * y3                     // 36
        y3 = x3 * z3                     // 37
        y3 = y3 + t2                     // 38
        x3 = x3 * t3                     // 39
        x3 = x3 - t1                     // 40
        z3 = z3 * t4                     // 41
        t1 = t3 * t0                     // 42
        z3 = z3 + t1                     // 43
        return ProjectivePoint(x: x3, y: y3, z: z3)
    }

    /// Swaps `a` and `b` when `mask` is all ones (see ``ConditionallySwappable``).
    @inline(__always)
    static func conditionalSwap(_ a: inout ProjectivePoint<C>, _ b: inout ProjectivePoint<C>, mask: UInt64) {
        C.Field.conditionalSwap(&a.x, &b.x, mask: mask)
        C.Field.conditionalSwap(&a.y, &b.y, mask: mask)
        C.Field.conditionalSwap(&a.z, &b.z, mask: mask)
    }

    /// `k·P` by a Montgomery ladder over all `C.orderBitCount` bits of the little-endian
    /// scalar words `k` (leading zero bits included): per bit one masked swap, one addition
    /// and one doubling (as an addition), whatever the bit.
    static func multiply(_ point: AffinePoint<C>, by k: [UInt64]) -> ProjectivePoint<C> {
        var r0 = ProjectivePoint<C>.infinity
        var r1 = ProjectivePoint(point)
        var swap: UInt64 = 0
        for i in stride(from: C.orderBitCount - 1, through: 0, by: -1) {
            let bit = (k[i >> 6] >> UInt64(i & 63)) & 1
            swap ^= bit
            conditionalSwap(&r0, &r1, mask: 0 &- swap)
            swap = bit
            r1 = r0.adding(r1)
            r0 = r0.adding(r0)
        }
        conditionalSwap(&r0, &r1, mask: 0 &- swap)
        return r0
    }
}
