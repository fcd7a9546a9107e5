/// The P-256 field prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3).
enum P256FieldModulus: MontgomeryModulus {
    static var modulus: InlineArray<4, UInt64> {
        [0xffffffffffffffff, 0x00000000ffffffff, 0x0000000000000000, 0xffffffff00000001]
    }
    static var m0inv: UInt64 { 0x0000000000000001 }
    static var rModM: InlineArray<4, UInt64> {
        [0x0000000000000001, 0xffffffff00000000, 0xffffffffffffffff, 0x00000000fffffffe]
    }
    static var rSquared: InlineArray<4, UInt64> {
        [0x0000000000000003, 0xfffffffbffffffff, 0xfffffffffffffffe, 0x00000004fffffffd]
    }
    static var rCubed: InlineArray<4, UInt64> {
        [0xfffffffd0000000a, 0xffffffedfffffff7, 0x00000005fffffffc, 0x0000001800000001]
    }
}
