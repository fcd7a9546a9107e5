import Testing
@testable import PureX509

/// Public keys: `PUBLIC KEY` and `RSA PUBLIC KEY` PEM, the pin-sha256 OpenSSL computes, and
/// the public key a private key implies.
@Suite("Public keys")
struct PublicKeyTests {
    static let keys = [
        "rsa-2048", "rsa-3072-e3", "rsa-pss", "rsa-pss-params", "ec-p256", "ec-p384", "ec-p521", "ec-secp256k1",
        "ec-brainpoolP256r1", "ed25519", "ed448", "x25519", "x448", "dsa",
    ]

    static func publicKey(_ name: String) throws -> SubjectPublicKeyInfo {
        let block = try #require(try PEMDocument(parsing: KeyVectors.bytes(name + ".pub.pem")).blocks.first)
        return try SubjectPublicKeyInfo(pemBlock: block)
    }

    /// pin-sha256 as recorded by the generator (`openssl pkey -pubin -outform DER |
    /// openssl dgst -sha256 -binary | base64`).
    @Test("pin-sha256 equals OpenSSL's", arguments: keys)
    func pin(_ name: String) throws {
        let pins = try String(decoding: KeyVectors.bytes("pins.txt"), as: UTF8.self)
        let expected = try #require(pins.split(separator: "\n").first { $0.hasPrefix(name + " ") }?.split(separator: " ").last)
        let key = try Self.publicKey(name)
        #expect(key.pinSHA256 == String(expected))
        #expect(key.sha256Fingerprint.count == 32)
        #expect(key.derEncoded.elementsEqual(try KeyVectors.bytes(name + ".pub.der")))
    }

    @Test("RSA PUBLIC KEY is the same key as PUBLIC KEY", arguments: ["rsa-2048", "rsa-3072-e3"])
    func rsaPublicKey(_ name: String) throws {
        let block = try #require(try PEMDocument(parsing: KeyVectors.bytes(name + ".rsapub.pem")).blocks.first)
        #expect(block.label == .rsaPublicKey)
        let key = try SubjectPublicKeyInfo(pemBlock: block)
        let expected = try Self.publicKey(name)
        #expect(key == expected)
        #expect(key.pkcs1RSAPublicKeyDER == block.der)
        #expect(key.matches(expected) == .matches)
    }

    /// The public key built from a private key file is the one OpenSSL derives
    /// (`openssl pkey -pubout`), when the file carries or implies it.
    @Test("private key -> public key", arguments: [
        ("rsa-2048.pkcs1.pem", "rsa-2048"), ("rsa-3072-e3.pem", "rsa-3072-e3"), ("rsa-pss.pem", "rsa-pss"),
        ("rsa-pss-params.pem", "rsa-pss-params"), ("ec-p256.sec1.pem", "ec-p256"), ("ec-p521.pem", "ec-p521"),
        ("ec-secp256k1.pem", "ec-secp256k1"), ("ec-brainpoolP256r1.pem", "ec-brainpoolP256r1"),
        ("ed25519.v2.pem", "ed25519"), ("ed448.v2.pem", "ed448"), ("x25519.v2.pem", "x25519"), ("dsa.trad.pem", "dsa"),
    ])
    func derivedPublicKey(_ file: String, _ name: String) throws {
        let key = try PrivateKeyParsingTests.load(file)
        let spki = try #require(key.publicKeyInfo)
        #expect(spki.derEncoded.elementsEqual(try KeyVectors.bytes(name + ".pub.der")))
    }

    @Test func compressedPointMatchesUncompressed() throws {
        let key = try Self.publicKey("ec-p256")
        guard case .ec(_, let point) = key.details else { Issue.record("not EC"); return }
        let compressed = [0x02 | (point.last! & 1)] + point[(point.startIndex + 1)...(point.startIndex + 32)]
        var writer = DERWriter()
        writer.writeSequence { spki in
            spki.writeSequence { a in
                a.writeObjectIdentifier(.ecPublicKey)
                a.writeObjectIdentifier(.prime256v1)
            }
            spki.writeBitString(compressed)
        }
        let other = try SubjectPublicKeyInfo(derEncoded: writer.bytes)
        #expect(other.matches(key) == .matches)
        // The other parity is another point.
        var flipped = compressed
        flipped[0] ^= 1
        #expect(!PublicKeyValue.samePoint(flipped, Array(point)))
    }

    @Test func publicKeyPEMErrorsCarryTheLine() throws {
        let text = "junk\n" + (try String(decoding: KeyVectors.bytes("rsa-2048.rsapub.pem"), as: UTF8.self))
            .replacingOccurrences(of: "RSA PUBLIC KEY", with: "PUBLIC KEY")
        let block = try #require(try PEMDocument(parsing: text).blocks.first)
        let error = #expect(throws: KeyFileError.self) { try SubjectPublicKeyInfo(pemBlock: block) }
        #expect(error?.pemLine == 2)
        #expect(error?.kind == .malformed)
    }
}
