/// NIST P-521 (secp521r1): domain parameters from FIPS 186-4 D.1.2.5, plain
/// (not Montgomery) little-endian limbs.
enum P521: WeierstrassCurve {
    typealias Field = P521FieldElement
    typealias Scalar = P521ScalarElement

    static var byteCount: Int { 66 }
    static var orderBitCount: Int { 521 }
    static var generatorWindow: Int { 8 }

    static var b: Field {
        Field(reducingWords: [
            0xef451fd46b503f00, 0x3573df883d2c34f1, 0x1652c0bd3bb1bf07,
            0x56193951ec7e937b, 0xb8b489918ef109e1, 0xa2da725b99b315f3,
            0x929a21a0b68540ee, 0x953eb9618e1c9a1f, 0x0000000000000051,
        ])
    }

    static var generator: AffinePoint<P521> {
        AffinePoint(
            x: Field(reducingWords: [
                0xf97e7e31c2e5bd66, 0x3348b3c1856a429b, 0xfe1dc127a2ffa8de,
                0xa14b5e77efe75928, 0xf828af606b4d3dba, 0x9c648139053fb521,
                0x9e3ecb662395b442, 0x858e06b70404e9cd, 0x00000000000000c6,
            ]),
            y: Field(reducingWords: [
                0x88be94769fd16650, 0x353c7086a272c240, 0xc550b9013fad0761,
                0x97ee72995ef42640, 0x17afbd17273e662c, 0x98f54449579b4468,
                0x5c8a5fb42c7d1bd9, 0x39296a789a3bc004, 0x0000000000000118,
            ])
        )
    }

    /// `G, 3G, ..., 127G` (window 8), computed on first use.
    static let generatorTable: [AffinePoint<P521>] = oddMultiplesAffine(of: generator, count: 1 << (generatorWindow - 2))
}
