import PureX509Crypto
import Testing

#if DEBUG
private let isReleaseBuild = false
#else
private let isReleaseBuild = true
#endif

/// X25519 known answers: RFC 7748 section 5.2 (two single multiplications and the iterated
/// test after 1 and 1,000 rounds, the latter in release builds only, which CI runs for this
/// target; the 1,000,000-round value is left out for time), section
/// 6.1 (Alice and Bob), and the key exchange of the RFC 8448 section 3 TLS 1.3 trace.
struct X25519Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let scalar: String
    let u: String
    let output: String
    var testDescription: String { name }
}

private let alicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
private let alicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
private let bobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
private let bobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"
private let rfc7748Shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
private let base = "09" + String(repeating: "00", count: 31)

private let x25519Vectors: [X25519Vector] = [
    X25519Vector(
        name: "RFC 7748 5.2 #1",
        scalar: "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
        u: "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
        output: "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"),
    // The u-coordinate has its top bit set: decodeUCoordinate must mask it.
    X25519Vector(
        name: "RFC 7748 5.2 #2 (u with bit 255 set)",
        scalar: "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
        u: "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
        output: "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957"),
    X25519Vector(name: "RFC 7748 6.1 Alice public", scalar: alicePrivate, u: base, output: alicePublic),
    X25519Vector(name: "RFC 7748 6.1 Bob public", scalar: bobPrivate, u: base, output: bobPublic),
    X25519Vector(name: "RFC 7748 6.1 Alice shared", scalar: alicePrivate, u: bobPublic, output: rfc7748Shared),
    X25519Vector(name: "RFC 7748 6.1 Bob shared", scalar: bobPrivate, u: alicePublic, output: rfc7748Shared),
    X25519Vector(
        name: "RFC 8448 3 client public",
        scalar: "49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005", u: base,
        output: "99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c"),
    X25519Vector(
        name: "RFC 8448 3 server public",
        scalar: "b1580eeadf6dd589b8ef4f2d5652578cc810e9980191ec8d058308cea216a21e", u: base,
        output: "c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"),
    X25519Vector(
        name: "RFC 8448 3 shared (client side)",
        scalar: "49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005",
        u: "c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f",
        output: "8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d"),
]

private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

@Suite("X25519 (RFC 7748)")
struct X25519Tests {
    @Test(arguments: x25519Vectors)
    func knownAnswer(_ v: X25519Vector) throws {
        #expect(try hex(X25519.scalarMultiply(scalar: bytes(v.scalar), uCoordinate: bytes(v.u))) == v.output)
    }

    /// `k` and `u` start at 9; each round sets `k = X25519(k, u)`, `u = old k`.
    private func iterate(_ rounds: Int) throws -> String {
        var k = bytes(base)
        var u = bytes(base)
        for _ in 0..<rounds {
            (k, u) = (try X25519.scalarMultiply(scalar: k, uCoordinate: u), k)
        }
        return hex(k)
    }

    @Test("RFC 7748 5.2 iterated: 1 round")
    func iteratedOnce() throws {
        #expect(try iterate(1) == "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079")
    }

    @Test("RFC 7748 5.2 iterated: 1,000 rounds", .enabled(if: isReleaseBuild, "slow (~40 s) in debug; runs only in release builds"))
    func iteratedThousand() throws {
        #expect(try iterate(1000) == "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51")
    }

    @Test("PrivateKey: public key and shared secret as in RFC 7748 6.1")
    func privateKey() throws {
        let alice = try X25519.PrivateKey(rawRepresentation: bytes(alicePrivate))
        let bob = try X25519.PrivateKey(rawRepresentation: bytes(bobPrivate))
        #expect(hex(alice.publicKey) == alicePublic)
        #expect(try hex(alice.sharedSecret(with: bob.publicKey)) == rfc7748Shared)
        #expect(try hex(bob.sharedSecret(with: alice.publicKey)) == rfc7748Shared)
    }

    @Test("fresh keys from the system random source agree and differ from each other")
    func generated() throws {
        let a = try X25519.PrivateKey()
        let b = try X25519.PrivateKey()
        #expect(a.rawRepresentation != b.rawRepresentation)
        #expect(a.publicKey.count == 32)
        #expect(try a.sharedSecret(with: b.publicKey) == b.sharedSecret(with: a.publicKey))
    }

    /// Points of small order on Curve25519 and its twist give the all-zero output; a key
    /// exchange must refuse them (RFC 7748 6.1, RFC 8446 7.4.2). u = 0, 1, p - 1 (= -1),
    /// p (non-canonical 0), p + 1 (non-canonical 1), and the two points of order 8.
    @Test("low-order peer keys are refused", arguments: [
        String(repeating: "00", count: 32),
        "01" + String(repeating: "00", count: 31),
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    ])
    func lowOrder(_ point: String) throws {
        let key = try X25519.PrivateKey(rawRepresentation: bytes(alicePrivate))
        #expect(try X25519.scalarMultiply(scalar: key.rawRepresentation, uCoordinate: bytes(point)) == [UInt8](repeating: 0, count: 32))
        #expect(throws: X25519Error.allZeroSharedSecret) { try key.sharedSecret(with: bytes(point)) }
    }

    @Test("wrong lengths are typed errors", arguments: [0, 31, 33, 64])
    func lengths(_ length: Int) {
        let wrong = [UInt8](repeating: 9, count: length)
        #expect(throws: X25519Error.invalidLength(field: "private key", length: length)) {
            try X25519.PrivateKey(rawRepresentation: wrong)
        }
        #expect(throws: X25519Error.invalidLength(field: "u-coordinate", length: length)) {
            try X25519.scalarMultiply(scalar: bytes(alicePrivate), uCoordinate: wrong)
        }
        #expect(throws: X25519Error.invalidLength(field: "scalar", length: length)) {
            try X25519.scalarMultiply(scalar: wrong, uCoordinate: bytes(base))
        }
    }
}
