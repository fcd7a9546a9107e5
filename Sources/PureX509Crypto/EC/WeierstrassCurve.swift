/// A short Weierstrass curve `y^2 = x^3 - 3x + b` over a prime field, of prime order n
/// (cofactor 1): P-256, P-384 and P-521 (FIPS 186-4 appendix D.1.2, SEC 2 section 2).
protocol WeierstrassCurve: Sendable {
    associatedtype Field: ModularField
    associatedtype Scalar: ModularField
    /// Bytes in one coordinate (and in one of r, s): 32, 48 or 66.
    static var byteCount: Int { get }
    /// Bits in the group order n: 256, 384 or 521.
    static var orderBitCount: Int { get }
    /// The coefficient b.
    static var b: Field { get }
    /// The base point G.
    static var generator: AffinePoint<Self> { get }
    /// The odd multiples `G, 3G, 5G, ..., (2^(generatorWindow-1) - 1)G`, affine; computed once.
    static var generatorTable: [AffinePoint<Self>] { get }
    /// The wNAF window width used with `generatorTable`.
    static var generatorWindow: Int { get }
}

extension WeierstrassCurve {
    /// Whether `(x, y)` satisfies the curve equation (SEC1 3.2.2.1 step 3).
    static func isOnCurve(x: Field, y: Field) -> Bool {
        let x3 = x.squared() * x
        let threeX = x.doubled() + x
        return y.squared() == x3 - threeX + b
    }

    /// `y^2 = x^3 - 3x + b` solved for y with the given parity, or nil (SEC1 2.3.4 step 2.4).
    static func decompress(x: Field, yIsOdd: Bool) -> Field? {
        let rhs = x.squared() * x - (x.doubled() + x) + b
        guard let root = rhs.squareRoot() else { return nil }
        if root.isOdd == yIsOdd { return root }
        if root.isZero { return nil }
        return -root
    }

    /// Computes the table of odd multiples of `point` used by wNAF, normalised to affine with
    /// one shared inversion (Montgomery's trick).
    static func oddMultiplesAffine(of point: AffinePoint<Self>, count: Int) -> [AffinePoint<Self>] {
        let jacobian = JacobianPoint<Self>.oddMultiples(of: JacobianPoint(point), count: count)
        return JacobianPoint<Self>.batchNormalize(jacobian)
    }
}
