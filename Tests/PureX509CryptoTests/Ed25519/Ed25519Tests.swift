import Foundation
import Testing
@testable import PureX509Crypto

/// Ed25519 (RFC 8032 5.1): the section 7.1 test vectors, key decoding rules, key
/// derivation, and the Wycheproof suite.
@Suite("Ed25519")
struct Ed25519Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let seed: String
        let publicKey: String
        let message: String
        let signature: String
        var testDescription: String { name }
    }

    /// RFC 8032 section 7.1, TEST 1, 2, 3 and TEST SHA(abc) (whose message is SHA-512("abc")).
    static let rfcVectors: [Vector] = [
        Vector(name: "TEST 1",
               seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
               publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
               message: "",
               signature: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        Vector(name: "TEST 2",
               seed: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
               publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
               message: "72",
               signature: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        Vector(name: "TEST 3",
               seed: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
               publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
               message: "af82",
               signature: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
        Vector(name: "TEST SHA(abc)",
               seed: "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
               publicKey: "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
               message: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
               signature: "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"),
    ]

    @Test("RFC 8032 7.1: signature verifies, tampering does not", arguments: rfcVectors)
    func rfc8032(_ v: Vector) throws {
        let key = try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes(v.publicKey))
        let message = CurveTestSupport.bytes(v.message)
        let signature = CurveTestSupport.bytes(v.signature)
        #expect(key.isValidSignature(signature[...], message: message[...]))
        #expect(!key.isValidSignature(signature[...], message: (message + [0])[...]))
        for index in [0, 31, 32, 63] {
            var tampered = signature
            tampered[index] ^= 0x01
            #expect(!key.isValidSignature(tampered[...], message: message[...]), "byte \(index) flipped")
        }
        #expect(!key.isValidSignature(signature.dropLast(), message: message[...]))
    }

    @Test("RFC 8032 5.1.5: public key from the seed", arguments: rfcVectors)
    func derive(_ v: Vector) throws {
        let key = try Ed25519PublicKey(derivingFromPrivateKeySeed: CurveTestSupport.bytes(v.seed))
        #expect(CurveTestSupport.hex(key.rawRepresentation) == v.publicKey)
        #expect(key == (try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes(v.publicKey))))
        let message = CurveTestSupport.bytes(v.message)
        #expect(key.isValidSignature(CurveTestSupport.bytes(v.signature)[...], message: message[...]))
    }

    @Test("a seed must be 32 bytes")
    func seedLength() {
        #expect(throws: Ed25519KeyError.invalidLength(expected: 32, actual: 31)) {
            try Ed25519PublicKey(derivingFromPrivateKeySeed: [UInt8](repeating: 1, count: 31))
        }
    }

    struct BadKey: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: String
        let error: Ed25519KeyError
        var testDescription: String { name }
    }

    /// p = 2^255 - 19 is ed ff…ff 7f little-endian; y = p + 1 ("ee ff…7f") is the
    /// non-canonical form of y = 1. y = 2 has no x (checked against the curve equation:
    /// (y²-1)/(dy²+1) = 3/(4d+1) is a non-square). x = 0 with the sign bit set is y = 1 with
    /// bit 255 set.
    static let badKeys: [BadKey] = [
        BadKey(name: "31 bytes", bytes: String(repeating: "00", count: 31), error: .invalidLength(expected: 32, actual: 31)),
        BadKey(name: "33 bytes", bytes: String(repeating: "00", count: 33), error: .invalidLength(expected: 32, actual: 33)),
        BadKey(name: "y = p + 1", bytes: "ee" + String(repeating: "ff", count: 30) + "7f", error: .nonCanonicalEncoding),
        BadKey(name: "y = p", bytes: "ed" + String(repeating: "ff", count: 30) + "7f", error: .nonCanonicalEncoding),
        BadKey(name: "y = 1, sign bit set (x = 0)", bytes: "01" + String(repeating: "00", count: 30) + "80", error: .nonCanonicalEncoding),
        BadKey(name: "y = 2 (no x)", bytes: "02" + String(repeating: "00", count: 31), error: .notOnCurve),
    ]

    @Test("public key decoding rejects", arguments: badKeys)
    func badKey(_ c: BadKey) {
        #expect(throws: c.error) { try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes(c.bytes)) }
    }

    @Test("identity (y = 1) and y = p - 1 (x = 0) decode")
    func edgeKeys() throws {
        _ = try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes("01" + String(repeating: "00", count: 31)))
        _ = try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes("ec" + String(repeating: "ff", count: 30) + "7f"))
    }

    // MARK: Wycheproof

    struct Suite: Decodable {
        let numberOfTests: Int
        let testGroups: [Group]
    }
    struct Group: Decodable {
        let publicKey: PublicKey
        let tests: [Case]
    }
    struct PublicKey: Decodable {
        let pk: String
    }
    struct Case: Decodable {
        let tcId: Int
        let comment: String
        let flags: [String]
        let msg: String
        let sig: String
        let result: String
    }

    /// ../shared/wycheproof/ed25519_test.json (eddsa_verify_schema_v1): every "valid" case
    /// verifies, every "invalid" one does not. The file has no "acceptable" cases; any that a
    /// future version adds are counted per flag and fail the test until decided here.
    @Test("Wycheproof ed25519_test.json",
          .enabled(if: CurveTestSupport.wycheproofDirectory != nil,
                   "skipped: ../shared/wycheproof (beside the package root) is absent"))
    func wycheproof() throws {
        let url = try #require(CurveTestSupport.wycheproofDirectory).appendingPathComponent("ed25519_test.json")
        let suite = try JSONDecoder().decode(Suite.self, from: Data(contentsOf: url))
        var checked = 0
        var acceptable: [String: Int] = [:]
        for group in suite.testGroups {
            let key = try Ed25519PublicKey(rawRepresentation: CurveTestSupport.bytes(group.publicKey.pk))
            for test in group.tests {
                let verified = key.isValidSignature(CurveTestSupport.bytes(test.sig)[...],
                                                    message: CurveTestSupport.bytes(test.msg)[...])
                let label = "tcId \(test.tcId) (\(test.comment), \(test.flags))"
                switch test.result {
                case "valid": #expect(verified, "\(label) should verify")
                case "invalid": #expect(!verified, "\(label) should be rejected")
                default: for flag in test.flags { acceptable[flag, default: 0] += 1 }
                }
                checked += 1
            }
        }
        #expect(checked == suite.numberOfTests)
        #expect(acceptable.isEmpty, "undocumented acceptable cases by flag: \(acceptable)")
    }
}
