import Testing
@testable import PureX509Crypto

/// SEC1 4.1.4 step 5 / FIPS 186-4 6.4: a digest longer than the group order is cut to its
/// leftmost bit-length-of-n bits. The Wycheproof files never need this (their hashes are no
/// longer than n), so these vectors do.
///
/// The first three were made with python `cryptography` 48.0.0
/// (`ec.derive_private_key(d, curve).sign(b"digest truncation", ec.ECDSA(hashes.SHA384()))`, ...).
/// The P-521 one uses a 72-byte (576-bit) "digest", which no standard hash gives, to reach the
/// bit shift (576 - 521 = 55 bits dropped): made with a plain-Python SEC1 signer
/// (e = int(digest) >> 55, s = k^-1·(e + r·d) mod n) and checked against the formulas only.
@Suite("ECDSA: digest truncation")
struct ECDSADigestTruncationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let curve: ECCurve
        let hash: HashAlgorithm
        let publicKey: String
        let signature: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "P-256 with SHA384", curve: .p256, hash: .sha384,
             publicKey: "04e537a94f222d687f72d7d74c0a76170a912fe23a0e0e527e4d843c2e2f35605d9db5a742ede38c57e9471a95e3926075585829ac5a51870129759270acce81ef",
             signature: "304402207e6bd4366f52b43d97d5bacf4de1393328b93e59b48150e2390c7c4a4dbe28a8022006025a28624b31e54dd11ae4997f7e155ff1bb4f8c57fae605a11347b1537c81"),
        Case(name: "P-256 with SHA512", curve: .p256, hash: .sha512,
             publicKey: "04c671a0c998b8dc0ee3ced0867573e4673750ad7e6a6b31de7cb6fd7965eafe46bddc6dd574a4a7b79f720327f375c7c3f023bb1aa463e7072a09e96af68ab14d",
             signature: "3045022100e1786a6fab91155187e8b7b142160419f69d607c4820ecaf63bf567eb9d4237b022077c82939f611bbb2c52ebd51b29975a09a7db1847e2508df51d863184a7e0b37"),
        Case(name: "P-384 with SHA512", curve: .p384, hash: .sha512,
             publicKey: "04a96f1dd3e7623449d256980076f5fd1e32b57ffb4a2c3c7b14f213478efdee78c636f945b2075661dc3489ac50168ea4978f50155306bf448c370ec708c5a8abc96fd22f4bef60577b235d3e235982215fcc0e4b65452cfbe300009c5af3c98d",
             signature: "30640230323d51d2b1e03c5745a2cda8a036aa50061cc2592fa3ae73daefd7c566a2dd590e28ea764e393f9e0bcc7b0c7497c379023003b175b42b5e1fa481989826b6d4594d2b8f907281782fce32e36f8c4ecbb5c46d95d00f9ec8b6849b111f0e7b0df2d1"),
    ]

    static let message = Array("digest truncation".utf8)

    @Test("a longer digest is truncated to the order's bit length", arguments: cases)
    func truncation(_ c: Case) throws {
        let key = try ECDSAPublicKey(curve: c.curve, x963Representation: CurveTestSupport.bytes(c.publicKey))
        let digest = c.hash.hash(Self.message)
        let signature = CurveTestSupport.bytes(c.signature)
        #expect(key.isValidSignature(derSignature: signature[...], digest: digest[...]))
        // Only the leftmost bytes matter (the orders here are whole bytes long) ...
        let kept = c.curve.orderBitCount / 8
        #expect(key.isValidSignature(derSignature: signature[...], digest: digest.prefix(kept)))
        var changedTail = digest
        changedTail[digest.count - 1] ^= 0xFF
        #expect(key.isValidSignature(derSignature: signature[...], digest: changedTail[...]))
        // ... and they do matter.
        var changedHead = digest
        changedHead[kept - 1] ^= 0x01
        #expect(!key.isValidSignature(derSignature: signature[...], digest: changedHead[...]))
    }

    @Test("P-521 with a 576-bit digest: the low 55 bits are dropped, the shift is applied")
    func p521Shift() throws {
        let key = try ECDSAPublicKey(curve: .p521, x963Representation: CurveTestSupport.bytes(
            "040038ea894678788c39edbbf7707504e402762e11ad2a89cfe79ff6a9f69aced110146322e5f4c29d285ce6c95970ad012c2580b9ad0908be0d4db394e58e252f13da00bb2518276f57c9c463b0013a7ea9e11ad5114111c467c41239e2758af3ebbd310296f795acdadb6f25b085a58ba9e3e93391d584e3bb45cd3805d7c81c2b9b58d2"))
        let signature = CurveTestSupport.bytes(
            "01eca6441a3c7c23ae33919eb5ce4c78546e4a579a30c0e30371fe7ba73438e0488e0f2dfa684d996dcb2a9201430761bbf6733dab331dbc6983ff180dcbc1333c8e01f4d3a289fb9d7a82026562b41740f7b2ffca61b53abeaff0f2f9a41d456989ac60bc03f7cb48bacd183d95777df8c50921aa30afec16f96085f835d1bfac79f843")
        let digest = CurveTestSupport.bytes(
            "1f40fc92da241694750979ee6cf582f2d5d7d28e18335de05abc54d0560e0f5302860c652bf08d560252aa5e74210546f369fbbbce8c12cfc7957b2652fe9a750102030405060708")
        #expect(key.isValidSignature(rawSignature: signature[...], digest: digest[...]))
        // Bits below the leftmost 521 do not count: flip the last byte and bit 0 of byte 65
        // (bit 7 of the 66th byte is bit 528 from the left, beyond 521).
        var low = digest
        low[71] ^= 0xFF
        low[65] ^= 0x01
        #expect(key.isValidSignature(rawSignature: signature[...], digest: low[...]))
        // Bit 520 from the left (in byte 65, mask 0x80) counts.
        var high = digest
        high[65] ^= 0x80
        #expect(!key.isValidSignature(rawSignature: signature[...], digest: high[...]))
        // The first 66 bytes (528 bits) have the same leftmost 521 bits, so they verify too;
        // the first 65 (520 bits, no truncation) are a different number and do not.
        #expect(key.isValidSignature(rawSignature: signature[...], digest: digest.prefix(66)))
        #expect(!key.isValidSignature(rawSignature: signature[...], digest: digest.prefix(65)))
    }
}
