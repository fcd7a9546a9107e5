import Testing
@testable import PureX509Crypto

/// The fixed-width Montgomery arithmetic and its constants, against `SlowBigUInt`.
@Suite("EC: field and scalar arithmetic against a slow reference")
struct ModularArithmeticTests {
    struct Modulus: Sendable, CustomTestStringConvertible {
        let name: String
        let type: any MontgomeryField.Type
        let limbs: Int
        var testDescription: String { name }
    }

    static let moduli: [Modulus] = [
        Modulus(name: "P-256 p", type: P256.Field.self, limbs: 4),
        Modulus(name: "P-256 n", type: P256.Scalar.self, limbs: 4),
        Modulus(name: "P-384 p", type: P384.Field.self, limbs: 6),
        Modulus(name: "P-384 n", type: P384.Scalar.self, limbs: 6),
        Modulus(name: "P-521 p", type: P521.Field.self, limbs: 9),
        Modulus(name: "P-521 n", type: P521.Scalar.self, limbs: 9),
        Modulus(name: "Ed25519 L", type: Ed25519.Scalar.self, limbs: 4),
    ]

    @Test("add, subtract, negate, multiply, square, invert, square root", arguments: moduli)
    func arithmetic(_ modulus: Modulus) {
        check(modulus.type, limbs: modulus.limbs, seed: UInt64(modulus.limbs) &* 0x1234 &+ UInt64(modulus.name.utf8.count))
    }

    private func check<F: ModularField>(_: F.Type, limbs: Int, seed: UInt64) {
        let m = SlowBigUInt(F.modulusWords)
        var rng = CurveTestSupport.SplitMix64(state: seed)
        var samples: [SlowBigUInt] = [
            SlowBigUInt([0]), SlowBigUInt([1]), SlowBigUInt([2]), m - SlowBigUInt([1]), m - SlowBigUInt([2]),
        ]
        for _ in 0..<40 {
            samples.append(SlowBigUInt((0..<limbs).map { _ in rng.next() }) % m)
        }
        func element(_ x: SlowBigUInt) -> F? { F(canonicalWords: x.words(limbs)) }
        // Values at and above m are refused.
        #expect(element(m) == nil)
        #expect(element(m + SlowBigUInt([5])) == nil)
        for (i, a) in samples.enumerated() {
            let b = samples[(i * 7 + 3) % samples.count]
            guard let fa = element(a), let fb = element(b) else {
                Issue.record("sample \(a) not accepted")
                continue
            }
            #expect(SlowBigUInt(fa.words) == a)
            #expect(SlowBigUInt((fa + fb).words) == (a + b) % m, "\(a) + \(b)")
            #expect(SlowBigUInt((fa - fb).words) == (a + m - b) % m, "\(a) - \(b)")
            #expect(SlowBigUInt((-fa).words) == (m - a) % m, "-\(a)")
            #expect(SlowBigUInt((fa * fb).words) == (a * b) % m, "\(a) * \(b)")
            #expect(SlowBigUInt(fa.squared().words) == (a * a) % m, "\(a)^2")
            #expect(SlowBigUInt(fa.doubled().words) == (a + a) % m)
            if a.isZero {
                #expect(fa.inverse().isZero)
            } else {
                #expect(fa * fa.inverse() == F.one, "inverse of \(a)")
            }
            // Big-endian byte round trip.
            let bytes = fa.bigEndianBytes(count: 8 * limbs)
            #expect(F(canonicalBigEndian: bytes[...]) == fa)
        }
    }

    /// Square roots exist for the NIST primes (p ≡ 3 mod 4): every square has one, and the
    /// decoder-facing result squares back.
    @Test("square roots modulo the NIST primes", arguments: [moduli[0], moduli[2], moduli[4]])
    func squareRoots(_ modulus: Modulus) {
        sqrtCheck(modulus.type, limbs: modulus.limbs)
    }

    private func sqrtCheck<F: ModularField>(_: F.Type, limbs: Int) {
        var rng = CurveTestSupport.SplitMix64(state: 99)
        let m = SlowBigUInt(F.modulusWords)
        var nonSquares = 0
        for _ in 0..<20 {
            guard let a = F(canonicalWords: (SlowBigUInt((0..<limbs).map { _ in rng.next() }) % m).words(limbs)) else {
                Issue.record("reduced sample refused")
                continue
            }
            let root = a.squared().squareRoot()
            #expect(root == a || root == -a)
            if let r = a.squareRoot() { #expect(r.squared() == a) } else { nonSquares += 1 }
        }
        #expect(nonSquares > 0)
    }

    /// Each literal Montgomery constant equals its definition, recomputed from the modulus.
    @Test("Montgomery constants", arguments: moduli)
    func constants(_ modulus: Modulus) {
        constantCheck(modulus.type, limbs: modulus.limbs)
    }

    private func constantCheck<F: MontgomeryField>(_: F.Type, limbs: Int) {
        let m = SlowBigUInt(F.modulusWords)
        let r = SlowBigUInt.powerOfTwo(64 * limbs) % m
        // one is R mod m in Montgomery form, so its plain value is 1.
        #expect(SlowBigUInt(F.one.words) == SlowBigUInt([1]))
        // A plain value below R is reduced on the way in: R - 1 ≡ (R mod m) - 1.
        let allOnes = [UInt8](repeating: 0xFF, count: 8 * limbs)
        let reduced = F(reducingBigEndian: allOnes[...])
        #expect(reduced.map { SlowBigUInt($0.words) } == (r + m - SlowBigUInt([1])) % m)
        // rModM and rSquared are checked through these; rCubed by the wide reduction below
        // (for L) and here; m0inv directly: m·m0inv ≡ -1 (mod 2^64).
        #expect(F.modulusWords[0] &* F.m0inv == UInt64.max)
        let rr = (r * r) % m
        #expect(SlowBigUInt(F.rSquaredWords) == rr)
        #expect(SlowBigUInt(F.rCubedWords) == (rr * r) % m)
        #expect(SlowBigUInt(F.rModMWords) == r)
    }

    /// `init(reducingWide:high:)` (used for SHA-512 output modulo L) against the reference.
    @Test("wide reduction modulo L")
    func wideReduction() {
        var rng = CurveTestSupport.SplitMix64(state: 7)
        let l = SlowBigUInt(Ed25519.Scalar.modulusWords)
        for round in 0..<50 {
            var bytes = (0..<64).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            if round == 0 { bytes = [UInt8](repeating: 0xFF, count: 64) }
            let expected = SlowBigUInt(littleEndianBytes: bytes) % l
            #expect(SlowBigUInt(Ed25519.reduceWide(bytes)) == expected)
        }
    }

    /// GF(2^255 - 19) in radix 2^51 against the reference.
    @Test("Field25519 arithmetic")
    func field25519() {
        let p = SlowBigUInt.powerOfTwo(255) - SlowBigUInt([19])
        var rng = CurveTestSupport.SplitMix64(state: 25519)
        var samples: [SlowBigUInt] = [SlowBigUInt([0]), SlowBigUInt([1]), p - SlowBigUInt([1]), SlowBigUInt.powerOfTwo(254)]
        for _ in 0..<40 { samples.append(SlowBigUInt((0..<4).map { _ in rng.next() }) % p) }
        func element(_ x: SlowBigUInt) -> Field25519 { Field25519(littleEndian: x.littleEndianBytes(32)[...]) }
        func value(_ f: Field25519) -> SlowBigUInt { SlowBigUInt(littleEndianBytes: f.bytes) }
        for (i, a) in samples.enumerated() {
            let b = samples[(i * 5 + 1) % samples.count]
            let fa = element(a)
            let fb = element(b)
            #expect(value(fa) == a)
            #expect(value(fa + fb) == (a + b) % p)
            #expect(value(fa - fb) == (a + p - b) % p)
            #expect(value(-fa) == (p - a) % p)
            #expect(value(fa * fb) == (a * b) % p, "\(a) * \(b)")
            #expect(value(fa.squared()) == (a * a) % p, "\(a)^2")
            // Long chains keep limbs in range.
            var chain = fa
            for _ in 0..<20 { chain = (chain + chain) * chain - fb }
            var expected = a
            for _ in 0..<20 { expected = ((expected + expected) * expected + p - b) % p }
            #expect(value(chain) == expected)
            if a.isZero { #expect(fa.inverse().isZero) } else { #expect(value(fa * fa.inverse()) == SlowBigUInt([1])) }
        }
        // Non-canonical inputs 2^255 - 19 ... 2^255 - 1 encode canonically.
        let nonCanonical = (p + SlowBigUInt([3])).littleEndianBytes(32)
        #expect(value(Field25519(littleEndian: nonCanonical[...])) == SlowBigUInt([3]))
    }
}
