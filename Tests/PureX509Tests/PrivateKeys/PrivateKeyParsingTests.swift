import Foundation
import Testing
@testable import PureX509

/// Every unencrypted key vector, in each encoding OpenSSL wrote it: type, size, curve,
/// encoding and whether the public key travels with it.
@Suite("Private keys: parsing every encoding")
struct PrivateKeyParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let algorithm: KeyAlgorithm
        let encoding: PrivateKey.Encoding
        let bits: Int?
        let curve: String?
        let embeddedPublicKey: Bool
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "rsa-2048.pem", algorithm: .rsa, encoding: .pkcs8, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-2048.der", algorithm: .rsa, encoding: .pkcs8, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-2048.pkcs1.pem", algorithm: .rsa, encoding: .pkcs1, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-2048.pkcs1.der", algorithm: .rsa, encoding: .pkcs1, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-3072-e3.pem", algorithm: .rsa, encoding: .pkcs8, bits: 3072, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-3072-e3.pkcs1.der", algorithm: .rsa, encoding: .pkcs1, bits: 3072, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-pss.pem", algorithm: .rsaPSS, encoding: .pkcs8, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "rsa-pss-params.pem", algorithm: .rsaPSS, encoding: .pkcs8, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "ec-p256.pem", algorithm: .ec, encoding: .pkcs8, bits: 256, curve: "P-256", embeddedPublicKey: true),
        Case(file: "ec-p256.der", algorithm: .ec, encoding: .pkcs8, bits: 256, curve: "P-256", embeddedPublicKey: true),
        Case(file: "ec-p256.nopub.pem", algorithm: .ec, encoding: .pkcs8, bits: 256, curve: "P-256", embeddedPublicKey: false),
        Case(file: "ec-p256.sec1.pem", algorithm: .ec, encoding: .sec1, bits: 256, curve: "P-256", embeddedPublicKey: true),
        Case(file: "ec-p256.sec1.der", algorithm: .ec, encoding: .sec1, bits: 256, curve: "P-256", embeddedPublicKey: true),
        Case(file: "ec-p256.sec1-nopub.pem", algorithm: .ec, encoding: .sec1, bits: 256, curve: "P-256", embeddedPublicKey: false),
        Case(file: "ec-p256-explicit.sec1.pem", algorithm: .ec, encoding: .sec1, bits: nil, curve: "explicit parameters", embeddedPublicKey: true),
        Case(file: "ec-p256-explicit.pem", algorithm: .ec, encoding: .pkcs8, bits: nil, curve: "explicit parameters", embeddedPublicKey: true),
        Case(file: "ec-p384.sec1-nopub.pem", algorithm: .ec, encoding: .sec1, bits: 384, curve: "P-384", embeddedPublicKey: false),
        Case(file: "ec-p521.pem", algorithm: .ec, encoding: .pkcs8, bits: 521, curve: "P-521", embeddedPublicKey: true),
        Case(file: "ec-p521.sec1-nopub.pem", algorithm: .ec, encoding: .sec1, bits: 521, curve: "P-521", embeddedPublicKey: false),
        Case(file: "ec-secp256k1.sec1.pem", algorithm: .ec, encoding: .sec1, bits: 256, curve: "secp256k1", embeddedPublicKey: true),
        Case(file: "ec-brainpoolP256r1.pem", algorithm: .ec, encoding: .pkcs8, bits: 256, curve: "brainpoolP256r1", embeddedPublicKey: true),
        Case(file: "ed25519.pem", algorithm: .ed25519, encoding: .pkcs8, bits: 256, curve: nil, embeddedPublicKey: false),
        Case(file: "ed25519.v2.pem", algorithm: .ed25519, encoding: .oneAsymmetricKey, bits: 256, curve: nil, embeddedPublicKey: true),
        Case(file: "ed448.pem", algorithm: .ed448, encoding: .pkcs8, bits: 456, curve: nil, embeddedPublicKey: false),
        Case(file: "ed448.v2.der", algorithm: .ed448, encoding: .oneAsymmetricKey, bits: 456, curve: nil, embeddedPublicKey: true),
        Case(file: "x25519.pem", algorithm: .x25519, encoding: .pkcs8, bits: 253, curve: nil, embeddedPublicKey: false),
        Case(file: "x25519.v2.pem", algorithm: .x25519, encoding: .oneAsymmetricKey, bits: 253, curve: nil, embeddedPublicKey: true),
        Case(file: "x448.der", algorithm: .x448, encoding: .pkcs8, bits: 448, curve: nil, embeddedPublicKey: false),
        Case(file: "dsa.pem", algorithm: .dsa, encoding: .pkcs8, bits: 2048, curve: nil, embeddedPublicKey: false),
        Case(file: "dsa.trad.pem", algorithm: .dsa, encoding: .traditionalDSA, bits: 2048, curve: nil, embeddedPublicKey: true),
    ]

    static func load(_ file: String, password: String? = nil) throws -> PrivateKey {
        let bytes = try KeyVectors.bytes(file)
        if file.hasSuffix(".der") { return try PrivateKey(derEncoded: bytes, password: password) }
        return try PrivateKey(pemEncoded: bytes, password: password)
    }

    @Test("reads the key", arguments: cases)
    func parses(_ c: Case) throws {
        let key = try Self.load(c.file)
        #expect(key.algorithm == c.algorithm)
        #expect(key.encoding == c.encoding)
        #expect(key.bitCount == c.bits)
        #expect(key.curveName == c.curve)
        #expect((key.embeddedPublicKey != nil) == c.embeddedPublicKey)
        #expect(key.protection == nil)
    }

    /// The same key in every encoding is the same key; a different key of the same type is not.
    @Test("encodings of one key agree", arguments: [
        ("rsa-2048", ["rsa-2048.der", "rsa-2048.pkcs1.pem", "rsa-2048.pkcs1.der"], "rsa-2048-other.pem"),
        ("ec-p256", ["ec-p256.der", "ec-p256.sec1.pem", "ec-p256.sec1.der", "ec-p256.sec1-nopub.pem", "ec-p256.nopub.pem"],
         "ec-p256-other.pem"),
        ("ed25519", ["ed25519.der", "ed25519.v2.pem"], "ed25519-other.pem"),
        ("dsa", ["dsa.der", "dsa.trad.pem"], "rsa-2048.pem"),
    ])
    func sameKey(_ name: String, _ others: [String], _ different: String) throws {
        let key = try Self.load(name + ".pem")
        for file in others {
            #expect(try key.isSameKey(as: Self.load(file)), "\(file)")
        }
        #expect(try !key.isSameKey(as: Self.load(different)))
    }

    /// The RSA public numbers equal those in the PUBLIC KEY file OpenSSL wrote.
    @Test func rsaPublicNumbers() throws {
        let key = try Self.load("rsa-3072-e3.pkcs1.pem")
        #expect(key.rsaPublicExponent == [3])
        #expect(key.rsaPrimeCount == 2)
        // The modulus appears verbatim in the SubjectPublicKeyInfo DER.
        let spki = try KeyVectors.bytes("rsa-3072-e3.pub.der")
        let modulus = try #require(key.rsaModulus)
        #expect(modulus.count == 384)
        #expect(KeyVectors.hex(spki).contains(KeyVectors.hex(modulus)))
    }

    /// The embedded EC point is the one in the SubjectPublicKeyInfo.
    @Test(arguments: ["ec-p256", "ec-p384", "ec-p521", "ec-secp256k1"])
    func ecEmbeddedPoint(_ name: String) throws {
        let key = try Self.load(name + ".sec1.pem")
        let point = try #require(key.embeddedPublicKey)
        let spki = try KeyVectors.bytes(name + ".pub.der")
        #expect(Array(spki.suffix(point.count)) == point)
        #expect(point.first == 0x04)
    }
}
