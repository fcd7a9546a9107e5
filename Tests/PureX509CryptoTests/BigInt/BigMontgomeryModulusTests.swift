import Testing
@testable import PureX509Crypto

@Suite("BigMontgomeryModulus")
struct BigMontgomeryModulusTests {
    /// Modulus sizes: one limb, a bit over a limb boundary, full limbs, RSA sizes.
    static let bitSizes = [2, 3, 63, 64, 65, 127, 128, 129, 191, 256, 521, 1024, 2048]

    @Test func rejectsEvenTinyAndOversizedModuli() {
        #expect(BigMontgomeryModulus(BigUInt()) == nil)
        #expect(BigMontgomeryModulus(BigUInt(1)) == nil)
        #expect(BigMontgomeryModulus(BigUInt(10)) == nil)
        #expect(BigMontgomeryModulus(BigUInt(3)) != nil)
        var random = SplitMix64(seed: 1)
        #expect(BigMontgomeryModulus(random.oddInteger(bits: BigMontgomeryModulus.maximumBitWidth)) != nil)
        #expect(BigMontgomeryModulus(random.oddInteger(bits: BigMontgomeryModulus.maximumBitWidth + 1)) == nil)
    }

    @Test(arguments: bitSizes)
    func constantsMatchReference(bits: Int) throws {
        var random = SplitMix64(seed: UInt64(bits))
        for _ in 0..<3 {
            let n = random.oddInteger(bits: bits)
            let modulus = try #require(BigMontgomeryModulus(n))
            #expect(modulus.limbs[0] &* modulus.n0inv == .max, "n * n0inv = -1 mod 2^64")
            let r = NaiveArithmetic.powerOfTwo(64 * modulus.limbCount)
            let expected = NaiveArithmetic.remainder(NaiveArithmetic.multiply(r, r), n)
            #expect(BigUInt(limbs: modulus.rr) == expected, "R^2 mod n for \(bits) bits")
        }
    }

    @Test(arguments: bitSizes)
    func powerMatchesReference(bits: Int) throws {
        var random = SplitMix64(seed: 1000 + UInt64(bits))
        let n = random.oddInteger(bits: bits)
        let modulus = try #require(BigMontgomeryModulus(n))
        let nMinusOne = NaiveArithmetic.subtract(n, BigUInt(1))
        // The naive reference is slow in debug builds: large moduli get fewer rows.
        var exponents: [BigUInt] = [BigUInt(), BigUInt(1), BigUInt(3), BigUInt(65537)]
        var bases = [BigUInt(1), nMinusOne, random.integer(below: n)]
        if bits <= 1024 {
            exponents += [BigUInt(2), BigUInt(65536), random.integer(bits: 64), random.integer(bits: 130), BigUInt(limbs: [random.next() & ~1, 7])]
            bases += [BigUInt(), random.integer(below: n)]
        }
        for exponent in exponents {
            for base in bases {
                let expected = NaiveArithmetic.power(base, exponent, n)
                #expect(
                    modulus.power(base, exponent: exponent) == expected,
                    "\(bits)-bit n, e = \(exponent.limbs)")
            }
        }
    }

    @Test func powerRejectsBaseNotBelowModulus() throws {
        var random = SplitMix64(seed: 7)
        let n = random.oddInteger(bits: 200)
        let modulus = try #require(BigMontgomeryModulus(n))
        #expect(modulus.power(n, exponent: BigUInt(3)) == nil)
        #expect(modulus.power(NaiveArithmetic.multiply(n, BigUInt(2)), exponent: BigUInt(3)) == nil)
        #expect(modulus.power(BigUInt(limbs: [1, 0, 0, 0, 1]), exponent: BigUInt(3)) == nil)
        let nBytes = n.bigEndianBytes
        #expect(modulus.power(bigEndian: nBytes[...], exponent: BigUInt(3), outputCount: nBytes.count) == nil)
    }

    @Test func bigEndianPowerHandlesPaddingAndWidth() throws {
        var random = SplitMix64(seed: 8)
        let n = random.oddInteger(bits: 100)  // 13 bytes, 2 limbs
        let modulus = try #require(BigMontgomeryModulus(n))
        let base = random.integer(below: n)
        let expected = NaiveArithmetic.power(base, BigUInt(65537), n)
        // Leading zero bytes beyond the limb width are accepted.
        let padded = [UInt8](repeating: 0, count: 20) + base.bigEndianBytes
        #expect(modulus.power(bigEndian: padded[...], exponent: BigUInt(65537), outputCount: 13) == expected.bigEndianBytes(count: 13))
        // Non-zero bytes beyond the limb width mean base >= n.
        let wide = [1] + [UInt8](repeating: 0, count: 16) + base.bigEndianBytes
        #expect(modulus.power(bigEndian: wide[...], exponent: BigUInt(65537), outputCount: 13) == nil)
        // The output must fit the requested width.
        let big = NaiveArithmetic.subtract(n, BigUInt(1))
        #expect(modulus.power(bigEndian: big.bigEndianBytes[...], exponent: BigUInt(1), outputCount: 12) == nil)
        #expect(modulus.power(bigEndian: big.bigEndianBytes[...], exponent: BigUInt(1), outputCount: 13) == big.bigEndianBytes)
    }
}

@Suite("MontgomeryKernels")
struct MontgomeryKernelsTests {
    /// Runs `montgomeryMultiply` (or `montgomerySquare` when `b` is nil) on k-limb copies.
    static func montgomery(_ a: BigUInt, _ b: BigUInt?, _ modulus: BigMontgomeryModulus) -> BigUInt {
        let k = modulus.limbCount
        func padded(_ x: BigUInt) -> [UInt64] { x.limbs + [UInt64](repeating: 0, count: k - x.limbs.count) }
        var x = padded(a)
        let y = padded(b ?? a)
        var scratch = [UInt64](repeating: 0, count: 2 * k)
        modulus.limbs.withUnsafeBufferPointer { n in
            y.withUnsafeBufferPointer { yb in
                x.withUnsafeMutableBufferPointer { xb in
                    scratch.withUnsafeMutableBufferPointer { m in
                        if b == nil {
                            MontgomeryKernels.montgomerySquare(xb.baseAddress!, xb.baseAddress!, n.baseAddress!, modulus.n0inv, k, m.baseAddress!)
                        } else {
                            MontgomeryKernels.montgomeryMultiply(xb.baseAddress!, xb.baseAddress!, yb.baseAddress!, n.baseAddress!, modulus.n0inv, k, m.baseAddress!)
                        }
                    }
                }
            }
        }
        return BigUInt(limbs: x)
    }

    /// montgomeryMultiply(a, b) * R = a * b (mod n), and the result is fully reduced; the
    /// same for montgomerySquare(a). Sizes cover every unrolling remainder (k = 1...9).
    @Test(arguments: [64, 65, 128, 190, 256, 320, 384, 448, 512, 576, 1024, 2048, 4096])
    func matchesReference(bits: Int) throws {
        var random = SplitMix64(seed: 77 + UInt64(bits))
        for _ in 0..<(bits > 1024 ? 1 : 4) {
            let n = random.oddInteger(bits: bits)
            let modulus = try #require(BigMontgomeryModulus(n))
            let r = NaiveArithmetic.powerOfTwo(64 * modulus.limbCount)
            let nMinusOne = NaiveArithmetic.subtract(n, BigUInt(1))
            for (a, b) in [
                (random.integer(below: n), random.integer(below: n)), (nMinusOne, nMinusOne), (BigUInt(), nMinusOne),
            ] {
                let expected = NaiveArithmetic.remainder(NaiveArithmetic.multiply(a, b), n)
                let product = Self.montgomery(a, b, modulus)
                #expect(product < n)
                #expect(NaiveArithmetic.remainder(NaiveArithmetic.multiply(product, r), n) == expected)
                let square = Self.montgomery(a, nil, modulus)
                #expect(square < n)
                #expect(
                    NaiveArithmetic.remainder(NaiveArithmetic.multiply(square, r), n)
                        == NaiveArithmetic.remainder(NaiveArithmetic.multiply(a, a), n))
            }
        }
    }
}
