/// The P-521 field prime p = 2^521 - 1 (FIPS 186-4 D.1.2.5).
enum P521FieldModulus: MontgomeryModulus {
    static var modulus: InlineArray<9, UInt64> {
        [
            0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
            0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
            0xffffffffffffffff, 0xffffffffffffffff, 0x00000000000001ff,
        ]
    }
    static var m0inv: UInt64 { 0x0000000000000001 }
    static var rModM: InlineArray<9, UInt64> {
        [
            0x0080000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
    static var rSquared: InlineArray<9, UInt64> {
        [
            0x0000000000000000, 0x0000400000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
    static var rCubed: InlineArray<9, UInt64> {
        [
            0x0000000000000000, 0x0000000000000000, 0x0000002000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]
    }
}
