/// The P-384 group order n (FIPS 186-4 D.1.2.4).
enum P384OrderModulus: MontgomeryModulus {
    static var modulus: InlineArray<6, UInt64> {
        [
            0xecec196accc52973, 0x581a0db248b0a77a, 0xc7634d81f4372ddf,
            0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
        ]
    }
    static var m0inv: UInt64 { 0x6ed46089e88fdc45 }
    static var rModM: InlineArray<6, UInt64> {
        [
            0x1313e695333ad68d, 0xa7e5f24db74f5885, 0x389cb27e0bc8d220,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
    static var rSquared: InlineArray<6, UInt64> {
        [
            0x2d319b2419b409a9, 0xff3d81e5df1aa419, 0xbc3e483afcb82947,
            0xd40d49174aab1cc5, 0x3fb05b7a28266895, 0x0c84ee012b39bf21,
        ]
    }
    static var rCubed: InlineArray<6, UInt64> {
        [
            0x302a6faf377c7677, 0x2a70cb61d26894bc, 0x0c27ddb8ba8dc4ba,
            0x5dbd3f41edb48eb6, 0x16d081679522617b, 0xd558bfbcb33c33c6,
        ]
    }
}
