/// The P-256 group order n (FIPS 186-4 D.1.2.3).
enum P256OrderModulus: MontgomeryModulus {
    static var modulus: InlineArray<4, UInt64> {
        [0xf3b9cac2fc632551, 0xbce6faada7179e84, 0xffffffffffffffff, 0xffffffff00000000]
    }
    static var m0inv: UInt64 { 0xccd1c8aaee00bc4f }
    static var rModM: InlineArray<4, UInt64> {
        [0x0c46353d039cdaaf, 0x4319055258e8617b, 0x0000000000000000, 0x00000000ffffffff]
    }
    static var rSquared: InlineArray<4, UInt64> {
        [0x83244c95be79eea2, 0x4699799c49bd6fa6, 0x2845b2392b6bec59, 0x66e12d94f3d95620]
    }
    static var rCubed: InlineArray<4, UInt64> {
        [0xac8ebec90b65a624, 0x111f28ae0c0555c9, 0x2543b9246ba5e93f, 0x503a54e76407be65]
    }
}
