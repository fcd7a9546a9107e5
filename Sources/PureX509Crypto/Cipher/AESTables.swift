/// The AES S-boxes and round tables (FIPS 197 sections 5.1.1, 5.1.3, 5.3.2, 5.3.3),
/// computed once from their definitions instead of being typed in.
///
/// `encrypt[k * 256 + x]` is the MixColumns image of `S[x]` placed in row `k` of a column
/// (big-endian word); `decrypt[k * 256 + x]` is the InvMixColumns image of `InvS[x]`.
/// Table lookups depend on secret data, so this code is not constant-time; it is meant for
/// decrypting key files offline, not for serving an attacker who can time it.
struct AESTables: Sendable {
    let sbox: [UInt8]
    let inverseSbox: [UInt8]
    let encrypt: [UInt32]
    let decrypt: [UInt32]

    static let shared = AESTables()

    private init() {
        // Powers of the generator 3 in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (section 4.2).
        var exp = [UInt8](repeating: 0, count: 256)
        var log = [Int](repeating: 0, count: 256)
        var x: UInt8 = 1
        for i in 0..<255 {
            exp[i] = x
            log[Int(x)] = i
            x ^= AESTables.xtime(x)  // x * 3
        }
        func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
            if a == 0 || b == 0 { return 0 }
            return exp[(log[Int(a)] + log[Int(b)]) % 255]
        }
        var sbox = [UInt8](repeating: 0, count: 256)
        var inverseSbox = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            // Section 5.1.1: multiplicative inverse (0 maps to 0), then the affine transform.
            let inverse: UInt8 = value == 0 ? 0 : exp[(255 - log[value]) % 255]
            var s = inverse ^ 0x63
            for shift: UInt8 in 1...4 { s ^= (inverse << shift) | (inverse >> (8 - shift)) }
            sbox[value] = s
            inverseSbox[Int(s)] = UInt8(value)
        }
        var encrypt = [UInt32](repeating: 0, count: 1024)
        var decrypt = [UInt32](repeating: 0, count: 1024)
        for value in 0..<256 {
            let s = sbox[value]
            let e = UInt32(multiply(s, 2)) << 24 | UInt32(s) << 16 | UInt32(s) << 8 | UInt32(multiply(s, 3))
            let i = inverseSbox[value]
            let d = UInt32(multiply(i, 14)) << 24 | UInt32(multiply(i, 9)) << 16
                | UInt32(multiply(i, 13)) << 8 | UInt32(multiply(i, 11))
            for k in 0..<4 {
                let shift = UInt32(8 * k)
                encrypt[k * 256 + value] = (e &>> shift) | (e &<< (32 &- shift))
                decrypt[k * 256 + value] = (d &>> shift) | (d &<< (32 &- shift))
            }
        }
        self.sbox = sbox
        self.inverseSbox = inverseSbox
        self.encrypt = encrypt
        self.decrypt = decrypt
    }

    /// Multiplication by x (section 4.2.1).
    static func xtime(_ b: UInt8) -> UInt8 {
        (b << 1) ^ (b & 0x80 != 0 ? 0x1B : 0)
    }
}
