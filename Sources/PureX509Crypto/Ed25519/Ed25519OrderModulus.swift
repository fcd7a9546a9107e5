/// The Ed25519 group order L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 5.1).
enum Ed25519OrderModulus: MontgomeryModulus {
    static var modulus: InlineArray<4, UInt64> {
        [0x5812631a5cf5d3ed, 0x14def9dea2f79cd6, 0x0000000000000000, 0x1000000000000000]
    }
    static var m0inv: UInt64 { 0xd2b51da312547e1b }
    static var rModM: InlineArray<4, UInt64> {
        [0xd6ec31748d98951d, 0xc6ef5bf4737dcf70, 0xfffffffffffffffe, 0x0fffffffffffffff]
    }
    static var rSquared: InlineArray<4, UInt64> {
        [0xa40611e3449c0f01, 0xd00e1ba768859347, 0xceec73d217f5be65, 0x0399411b7c309a3d]
    }
    static var rCubed: InlineArray<4, UInt64> {
        [0x2a9e49687b83a2db, 0x278324e6aef7f3ec, 0x8065dc6c04ec5b65, 0x0e530b773599cec7]
    }
}
