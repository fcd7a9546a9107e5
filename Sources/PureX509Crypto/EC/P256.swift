/// NIST P-256 (secp256r1): domain parameters from FIPS 186-4 D.1.2.3, plain
/// (not Montgomery) little-endian limbs.
enum P256: WeierstrassCurve {
    typealias Field = P256FieldElement
    typealias Scalar = P256ScalarElement

    static var byteCount: Int { 32 }
    static var orderBitCount: Int { 256 }
    static var generatorWindow: Int { 8 }

    static var b: Field {
        Field(reducingWords: [
            0x3bce3c3e27d2604b, 0x651d06b0cc53b0f6, 0xb3ebbd55769886bc,
            0x5ac635d8aa3a93e7,
        ])
    }

    static var generator: AffinePoint<P256> {
        AffinePoint(
            x: Field(reducingWords: [
                0xf4a13945d898c296, 0x77037d812deb33a0, 0xf8bce6e563a440f2,
                0x6b17d1f2e12c4247,
            ]),
            y: Field(reducingWords: [
                0xcbb6406837bf51f5, 0x2bce33576b315ece, 0x8ee7eb4a7c0f9e16,
                0x4fe342e2fe1a7f9b,
            ])
        )
    }

    /// `G, 3G, ..., 127G` (window 8), computed on first use.
    static let generatorTable: [AffinePoint<P256>] = oddMultiplesAffine(of: generator, count: 1 << (generatorWindow - 2))
}
