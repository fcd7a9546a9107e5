/// The P-521 group order n (FIPS 186-4 D.1.2.5).
enum P521OrderModulus: MontgomeryModulus {
    static var modulus: InlineArray<9, UInt64> {
        [
            0xbb6fb71e91386409, 0x3bb5c9b8899c47ae, 0x7fcc0148f709a5d0,
            0x51868783bf2f966b, 0xfffffffffffffffa, 0xffffffffffffffff,
            0xffffffffffffffff, 0xffffffffffffffff, 0x00000000000001ff,
        ]
    }
    static var m0inv: UInt64 { 0x1d2f5ccd79a995c7 }
    static var rModM: InlineArray<9, UInt64> {
        [
            0xfb80000000000000, 0x28a2482470b763cd, 0x17e2251b23bb31dc,
            0xca4019ff5b847b2d, 0x02d73cbc3e206834, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
    static var rSquared: InlineArray<9, UInt64> {
        [
            0x137cd04dcf15dd04, 0xf707badce5547ea3, 0x12a78d38794573ff,
            0xd3721ef557f75e06, 0xdd6e23d82e49c7db, 0xcff3d142b7756e3e,
            0x5bcc6d61a8e567bc, 0x2d8e03d1492d0d45, 0x000000000000003d,
        ]
    }
    static var rCubed: InlineArray<9, UInt64> {
        [
            0xd35f2816760f23e2, 0x2767143c8c3184c1, 0xb268ad5bac58d935,
            0x3f3deb9609930765, 0x6d4af6cb8e6b92ea, 0xdf0f66f966e917a0,
            0xc99c43fc5f7321ce, 0xdb25b1117a1814fd, 0x0000000000000097,
        ]
    }
}
