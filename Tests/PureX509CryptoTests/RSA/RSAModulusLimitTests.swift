import Testing
import PureX509Crypto

/// The modulus cap (RSAPublicKey.maximumBitCount, 8192 bits): one bit more is refused
/// before any arithmetic, so a hostile key cannot make each signature check cost a
/// 100,000-bit exponentiation.
@Suite("RSA modulus limit")
struct RSAModulusLimitTests {
    /// An odd modulus of exactly `bits` bits (not a real key: the limit comes first).
    static func oddModulus(bits: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0x5A, count: (bits + 7) / 8)
        bytes[0] = 1 << UInt8((bits - 1) % 8)
        bytes[bytes.count - 1] |= 1
        return bytes
    }

    @Test("an 8192-bit modulus is accepted")
    func atTheLimit() throws {
        let key = try RSAPublicKey(modulus: Self.oddModulus(bits: RSAPublicKey.maximumBitCount), exponent: [1, 0, 1])
        #expect(key.bitCount == 8192)
    }

    @Test("an 8193-bit modulus is refused")
    func overTheLimit() {
        #expect(throws: CryptoError.unsupportedAlgorithm("RSA modulus of 8193 bits (maximum 8192)")) {
            _ = try RSAPublicKey(modulus: Self.oddModulus(bits: RSAPublicKey.maximumBitCount + 1), exponent: [1, 0, 1])
        }
    }
}
