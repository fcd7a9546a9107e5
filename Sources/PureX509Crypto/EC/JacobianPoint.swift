/// A point in Jacobian coordinates `(X : Y : Z)` standing for `(X/Z^2, Y/Z^3)`; Z = 0 is the
/// point at infinity. Formulas from the Explicit-Formulas Database (hyperelliptic.org/EFD,
/// "g1p/auto-shortw-jacobian-3"), for a = -3. They are not complete: the exceptional cases
/// (either input at infinity, P = Q, P = -Q) are detected and handled explicitly. Variable-time.
struct JacobianPoint<C: WeierstrassCurve>: Sendable {
    var x: C.Field
    var y: C.Field
    var z: C.Field

    static var infinity: JacobianPoint<C> { JacobianPoint(x: .one, y: .one, z: .zero) }

    init(x: C.Field, y: C.Field, z: C.Field) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(_ point: AffinePoint<C>) {
        self.init(x: point.x, y: point.y, z: .one)
    }

    var isInfinity: Bool { z.isZero }

    /// The point `-P`.
    var negated: JacobianPoint<C> { JacobianPoint(x: x, y: -y, z: z) }

    /// The affine form, or nil at infinity (one inversion).
    var affine: AffinePoint<C>? {
        if isInfinity { return nil }
        let zInverse = z.inverse()
        let zInverse2 = zInverse.squared()
        return AffinePoint(x: x * zInverse2, y: y * zInverse2 * zInverse)
    }

    /// `2P`: "dbl-2001-b", 3M + 5S. A point with y = 0 (none exists on a prime-order curve)
    /// or at infinity yields Z3 = 2YZ = 0, infinity.
    @inline(__always)
    func doubled() -> JacobianPoint<C> {
        let delta = z.squared()
        let gamma = y.squared()
        let beta = x * gamma
        let t = (x - delta) * (x + delta)
        let alpha = t.doubled() + t
        let beta4 = beta.doubled().doubled()
        let x3 = alpha.squared() - beta4.doubled()
        let z3 = (y + z).squared() - gamma - delta
        let gamma2 = gamma.squared()
        let y3 = alpha * (beta4 - x3) - gamma2.doubled().doubled().doubled()
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// `P + Q`: "add-2007-bl", 11M + 5S, with the exceptional cases handled.
    @inline(__always)
    func adding(_ other: JacobianPoint<C>) -> JacobianPoint<C> {
        if isInfinity { return other }
        if other.isInfinity { return self }
        let z1z1 = z.squared()
        let z2z2 = other.z.squared()
        let u1 = x * z2z2
        let u2 = other.x * z1z1
        let s1 = y * other.z * z2z2
        let s2 = other.y * z * z1z1
        let h = u2 - u1
        let rHalf = s2 - s1
        if h.isZero {
            return rHalf.isZero ? doubled() : .infinity
        }
        let i = h.doubled().squared()
        let j = h * i
        let r = rHalf.doubled()
        let v = u1 * i
        let x3 = r.squared() - j - v.doubled()
        let y3 = r * (v - x3) - (s1 * j).doubled()
        let z3 = ((z + other.z).squared() - z1z1 - z2z2) * h
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// `P + Q` for an affine Q: "madd-2007-bl", 7M + 4S, with the exceptional cases handled.
    @inline(__always)
    func adding(_ other: AffinePoint<C>) -> JacobianPoint<C> {
        if isInfinity { return JacobianPoint(other) }
        let z1z1 = z.squared()
        let u2 = other.x * z1z1
        let s2 = other.y * z * z1z1
        let h = u2 - x
        let rHalf = s2 - y
        if h.isZero {
            return rHalf.isZero ? doubled() : .infinity
        }
        let hh = h.squared()
        let i = hh.doubled().doubled()
        let j = h * i
        let r = rHalf.doubled()
        let v = x * i
        let x3 = r.squared() - j - v.doubled()
        let y3 = r * (v - x3) - (y * j).doubled()
        let z3 = (z + h).squared() - z1z1 - hh
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// `P, 3P, 5P, ..., (2·count - 1)P`.
    static func oddMultiples(of point: JacobianPoint<C>, count: Int) -> [JacobianPoint<C>] {
        var table = [point]
        table.reserveCapacity(count)
        let twice = point.doubled()
        while table.count < count {
            table.append(table[table.count - 1].adding(twice))
        }
        return table
    }

    /// Affine forms of finite points with one inversion (Montgomery's trick).
    /// Precondition: no point is at infinity (true for odd multiples below the prime order).
    static func batchNormalize(_ points: [JacobianPoint<C>]) -> [AffinePoint<C>] {
        guard !points.isEmpty else { return [] }
        var prefix = [C.Field](repeating: .one, count: points.count)
        var running = C.Field.one
        for (i, point) in points.enumerated() {
            prefix[i] = running
            running = running * point.z
        }
        var inverse = running.inverse()
        var result = [AffinePoint<C>](repeating: AffinePoint(x: .zero, y: .zero), count: points.count)
        for i in stride(from: points.count - 1, through: 0, by: -1) {
            let zInverse = inverse * prefix[i]
            inverse = inverse * points[i].z
            let zInverse2 = zInverse.squared()
            result[i] = AffinePoint(x: points[i].x * zInverse2, y: points[i].y * zInverse2 * zInverse)
        }
        return result
    }
}
