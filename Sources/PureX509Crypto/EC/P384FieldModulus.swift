/// The P-384 field prime p = 2^384 - 2^128 - 2^96 + 2^32 - 1 (FIPS 186-4 D.1.2.4).
enum P384FieldModulus: MontgomeryModulus {
    static var modulus: InlineArray<6, UInt64> {
        [
            0x00000000ffffffff, 0xffffffff00000000, 0xfffffffffffffffe,
            0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
        ]
    }
    static var m0inv: UInt64 { 0x0000000100000001 }
    static var rModM: InlineArray<6, UInt64> {
        [
            0xffffffff00000001, 0x00000000ffffffff, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
    static var rSquared: InlineArray<6, UInt64> {
        [
            0xfffffffe00000001, 0x0000000200000000, 0xfffffffe00000000,
            0x0000000200000000, 0x0000000000000001, 0x0000000000000000,
        ]
    }
    static var rCubed: InlineArray<6, UInt64> {
        [
            0xfffffffc00000002, 0x0000000300000002, 0xfffffffcfffffffe,
            0x0000000300000005, 0xfffffffdfffffffd, 0x0000000300000002,
        ]
    }
}
