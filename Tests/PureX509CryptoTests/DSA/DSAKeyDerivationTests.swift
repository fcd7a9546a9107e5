import PureX509Crypto
import Testing

/// y = g^x mod p (FIPS 186-4 section 4.1) on small parameters checked by hand, and the range
/// checks. The 2048-bit case against OpenSSL's y is in PureX509Tests (KeyMatchingTests).
struct DSAKeyDerivationTests {
    // p = 23, q = 11, g = 4 (4 has order 11 modulo 23).
    static let p: [UInt8] = [23], q: [UInt8] = [11], g: [UInt8] = [4]

    @Test(arguments: [(UInt8(1), UInt8(4)), (2, 16), (3, 18), (5, 12), (10, 6)])
    func smallGroup(_ x: UInt8, _ y: UInt8) throws {
        #expect(try DSAKeyDerivation.publicValue(p: Self.p, q: Self.q, g: Self.g, x: [x]) == [y])
    }

    /// y has the byte length of p (leading zeros kept), whatever x is.
    @Test func outputLength() throws {
        let p: [UInt8] = [0x01, 0x01]  // 257
        #expect(try DSAKeyDerivation.publicValue(p: p, q: [], g: [3], x: [1]) == [0x00, 0x03])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let p: [UInt8], q: [UInt8], g: [UInt8], x: [UInt8]
        let error: DSAKeyError
        let testDescription: String
    }

    @Test(arguments: [
        Bad(p: [22], q: [11], g: [4], x: [3], error: .unusableModulus, testDescription: "even p"),
        Bad(p: [], q: [11], g: [4], x: [3], error: .unusableModulus, testDescription: "p = 0"),
        Bad(p: [23], q: [11], g: [1], x: [3], error: .generatorOutOfRange, testDescription: "g = 1"),
        Bad(p: [23], q: [11], g: [23], x: [3], error: .generatorOutOfRange, testDescription: "g = p"),
        Bad(p: [23], q: [11], g: [4], x: [0], error: .privateValueOutOfRange, testDescription: "x = 0"),
        Bad(p: [23], q: [11], g: [4], x: [11], error: .privateValueOutOfRange, testDescription: "x = q"),
        Bad(p: [23], q: [], g: [4], x: [23], error: .privateValueOutOfRange, testDescription: "x = p, q unknown"),
        Bad(p: [0x80] + [UInt8](repeating: 0, count: 1250) + [1], q: [11], g: [4], x: [3], error: .unusableModulus,
            testDescription: "p of 10,016 bits"),
        Bad(p: [23], q: [1] + [UInt8](repeating: 0, count: 64), g: [4], x: [3], error: .unusableSubgroupOrder,
            testDescription: "q of 513 bits"),
        Bad(p: [23], q: [], g: [4], x: [1] + [UInt8](repeating: 0, count: 64), error: .unusableSubgroupOrder,
            testDescription: "x of 513 bits, q unknown"),
    ])
    func rejected(_ bad: Bad) {
        #expect(throws: bad.error) {
            try DSAKeyDerivation.publicValue(p: bad.p, q: bad.q, g: bad.g, x: bad.x)
        }
    }
}
