/// NIST P-384 (secp384r1): domain parameters from FIPS 186-4 D.1.2.4, plain
/// (not Montgomery) little-endian limbs.
enum P384: WeierstrassCurve {
    typealias Field = P384FieldElement
    typealias Scalar = P384ScalarElement

    static var byteCount: Int { 48 }
    static var orderBitCount: Int { 384 }
    static var generatorWindow: Int { 8 }

    static var b: Field {
        Field(reducingWords: [
            0x2a85c8edd3ec2aef, 0xc656398d8a2ed19d, 0x0314088f5013875a,
            0x181d9c6efe814112, 0x988e056be3f82d19, 0xb3312fa7e23ee7e4,
        ])
    }

    static var generator: AffinePoint<P384> {
        AffinePoint(
            x: Field(reducingWords: [
                0x3a545e3872760ab7, 0x5502f25dbf55296c, 0x59f741e082542a38,
                0x6e1d3b628ba79b98, 0x8eb1c71ef320ad74, 0xaa87ca22be8b0537,
            ]),
            y: Field(reducingWords: [
                0x7a431d7c90ea0e5f, 0x0a60b1ce1d7e819d, 0xe9da3113b5f0b8c0,
                0xf8f41dbd289a147c, 0x5d9e98bf9292dc29, 0x3617de4a96262c6f,
            ])
        )
    }

    /// `G, 3G, ..., 127G` (window 8), computed on first use.
    static let generatorTable: [AffinePoint<P384>] = oddMultiplesAffine(of: generator, count: 1 << (generatorWindow - 2))
}
