import Testing
@testable import PureX509Crypto

/// Public key decoding (SEC1 2.3.4, 3.2.2.1): each rule with an accepted and a rejected row.
@Suite("ECDSA: public key decoding")
struct ECDSAPublicKeyTests {
    /// G on each curve (uncompressed), from the key-derivation known answers (d = 1).
    static let generators: [ECCurve: String] = [
        .p256: "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
        .p384: "04aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab73617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f",
        .p521: "0400c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650",
    ]

    static let primes: [ECCurve: String] = [
        .p256: "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
        .p384: "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
        .p521: "01" + String(repeating: "ff", count: 65),
    ]

    @Test("uncompressed generator round-trips", arguments: ECCurve.allCases)
    func uncompressed(_ curve: ECCurve) throws {
        let bytes = CurveTestSupport.bytes(try #require(Self.generators[curve]))
        let key = try ECDSAPublicKey(curve: curve, x963Representation: bytes)
        #expect(key.x963Representation == bytes)
        #expect(key.curve == curve)
    }

    /// Compressed keys for the derived points d = 1, 2, n-1 and a random d decompress to the
    /// uncompressed known answers (covering both parities of y).
    @Test("compressed points decompress to the known answers", arguments: ECKeyDerivationTests.cases)
    func compressed(_ c: ECKeyDerivationTests.Case) throws {
        let full = CurveTestSupport.bytes(c.publicKey)
        let size = c.curve.byteCount
        let yIsOdd = full[full.count - 1] & 1 == 1
        let compressed = [yIsOdd ? 0x03 : 0x02] + full[1...size]
        let key = try ECDSAPublicKey(curve: c.curve, x963Representation: compressed)
        #expect(key.x963Representation == full)
        // The other parity gives the negated point, a different key.
        let flipped = [yIsOdd ? 0x02 : 0x03] + full[1...size]
        let negated = try ECDSAPublicKey(curve: c.curve, x963Representation: flipped)
        #expect(negated != key)
        #expect(negated.x963Representation[1...size] == full[1...size])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String
        let curve: ECCurve
        let bytes: [UInt8]
        let error: ECKeyError
        var testDescription: String { name }
    }

    static var badKeys: [Bad] {
        let g256 = CurveTestSupport.bytes(generators[.p256] ?? "")
        let g521 = CurveTestSupport.bytes(generators[.p521] ?? "")
        let p256 = CurveTestSupport.bytes(primes[.p256] ?? "")
        let p521 = CurveTestSupport.bytes(primes[.p521] ?? "")
        var offCurve = g256
        offCurve[64] ^= 1
        return [
            Bad(name: "empty", curve: .p256, bytes: [], error: .invalidLength(expected: 65, actual: 0)),
            Bad(name: "infinity 00", curve: .p256, bytes: [0x00], error: .pointAtInfinity),
            Bad(name: "uncompressed too short", curve: .p256, bytes: Array(g256.dropLast()),
                error: .invalidLength(expected: 65, actual: 64)),
            Bad(name: "uncompressed with trailing byte", curve: .p256, bytes: g256 + [0],
                error: .invalidLength(expected: 65, actual: 66)),
            Bad(name: "P-521 point given as P-256", curve: .p256, bytes: g521,
                error: .invalidLength(expected: 65, actual: 133)),
            Bad(name: "hybrid form 06", curve: .p256, bytes: [0x06] + g256.dropFirst(),
                error: .unsupportedPointFormat(firstByte: 0x06)),
            Bad(name: "x = p", curve: .p256, bytes: [0x04] + p256 + g256[33...],
                error: .coordinateOutOfRange(byteOffset: 1)),
            Bad(name: "y = p", curve: .p256, bytes: Array(g256[0...32]) + p256,
                error: .coordinateOutOfRange(byteOffset: 33)),
            Bad(name: "P-521 x = p", curve: .p521, bytes: [0x04] + p521 + g521[67...],
                error: .coordinateOutOfRange(byteOffset: 1)),
            Bad(name: "P-521 x above 2^521", curve: .p521,
                bytes: [0x04, 0x02] + g521[2...],
                error: .coordinateOutOfRange(byteOffset: 1)),
            Bad(name: "y off by one", curve: .p256, bytes: offCurve, error: .notOnCurve),
            Bad(name: "compressed too long", curve: .p256, bytes: [0x02] + g256[1...],
                error: .invalidLength(expected: 33, actual: 65)),
            Bad(name: "compressed x = p", curve: .p256, bytes: [0x03] + p256,
                error: .coordinateOutOfRange(byteOffset: 1)),
        ]
    }

    @Test("malformed keys are rejected with the reason", arguments: badKeys)
    func rejects(_ c: Bad) {
        #expect(throws: c.error) { try ECDSAPublicKey(curve: c.curve, x963Representation: c.bytes) }
    }

    /// About half of all x have no point; the compressed form of such an x must be refused.
    /// Over x = 5...40 each curve has both kinds, so both branches are exercised.
    @Test("compressed x with no y is rejected", arguments: ECCurve.allCases)
    func compressedNonResidue(_ curve: ECCurve) {
        var rejected = 0
        var accepted = 0
        for x in 5...40 {
            let encoding = [0x02] + [UInt8](repeating: 0, count: curve.byteCount - 1) + [UInt8(x)]
            do {
                let key = try ECDSAPublicKey(curve: curve, x963Representation: encoding)
                #expect(key.x963Representation[curve.byteCount] == UInt8(x))
                #expect(key.x963Representation[2 * curve.byteCount] & 1 == 0)  // 02: y even
                accepted += 1
            } catch {
                #expect(error == .notOnCurve)
                rejected += 1
            }
        }
        #expect(rejected > 0)
        #expect(accepted > 0)
    }
}
