import Testing
import PureX509Crypto

/// The public-exponent cap (RSAPublicKey.maximumExponentBitCount): a hostile key must not
/// make each signature check cost one square per bit of a huge exponent.
@Suite("RSA public exponent limit")
struct RSAExponentLimitTests {
    /// An odd 2048-bit modulus (not a real key: the limit is checked before any arithmetic
    /// that would need one).
    static let modulus: [UInt8] = [0xC3] + [UInt8](repeating: 0x5A, count: 254) + [0x01]

    static func oddExponent(bits: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: (bits + 7) / 8)
        bytes[0] = 1 << UInt8((bits - 1) % 8)
        bytes[bytes.count - 1] |= 1
        return bytes
    }

    @Test("exponents up to 33 bits are accepted", arguments: [2, 17, 33])
    func accepted(bits: Int) throws {
        let key = try RSAPublicKey(modulus: Self.modulus, exponent: Self.oddExponent(bits: bits))
        #expect(key.bitCount == 2048)
    }

    @Test("larger exponents are refused", arguments: [34, 64, 2047])
    func refused(bits: Int) {
        #expect(throws: CryptoError.unsupportedAlgorithm("RSA public exponent of \(bits) bits (maximum 33)")) {
            _ = try RSAPublicKey(modulus: Self.modulus, exponent: Self.oddExponent(bits: bits))
        }
    }
}
