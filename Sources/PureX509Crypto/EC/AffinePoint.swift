/// A finite point `(x, y)` on a Weierstrass curve, in affine coordinates.
struct AffinePoint<C: WeierstrassCurve>: Sendable, Equatable {
    var x: C.Field
    var y: C.Field

    /// The point `-P = (x, -y)`.
    var negated: AffinePoint<C> { AffinePoint(x: x, y: -y) }
}
