import Testing
@testable import PureX509

/// Which certificate a private key belongs to, for every key type: a key matches its own
/// certificate and no other; a different key of the same type is reported as different.
@Suite("Key/certificate matching")
struct KeyMatchingTests {
    static let certificateNames = [
        "rsa-2048", "rsa-3072-e3", "rsa-pss", "ec-p256", "ec-p384", "ec-p521", "ec-secp256k1", "ec-brainpoolP256r1",
        "ed25519", "ed448", "x25519", "x448", "dsa",
    ]

    static func certificate(_ name: String) throws -> Certificate {
        let der = try #require(try KeyVectors.pemBlocks(name + ".cert.pem", label: .certificate).first)
        return try Certificate(derEncoded: der)
    }

    static func allCertificates() throws -> [Certificate] {
        try certificateNames.map(certificate)
    }

    /// Keys whose public key is in the file (or is RSA): they match their certificate only.
    @Test("matches its own certificate and no other", arguments: [
        ("rsa-2048.pem", "rsa-2048"), ("rsa-2048.pkcs1.der", "rsa-2048"), ("rsa-3072-e3.pkcs1.pem", "rsa-3072-e3"),
        ("rsa-pss.pem", "rsa-pss"), ("ec-p256.sec1.pem", "ec-p256"), ("ec-p256.pem", "ec-p256"), ("ec-p384.pem", "ec-p384"),
        ("ec-p521.sec1.der", "ec-p521"), ("ec-secp256k1.pem", "ec-secp256k1"),
        ("ec-brainpoolP256r1.pem", "ec-brainpoolP256r1"), ("ec-p256-explicit.sec1.pem", "ec-p256"),
        ("ed25519.v2.pem", "ed25519"), ("ed448.v2.der", "ed448"), ("x25519.v2.pem", "x25519"), ("dsa.trad.pem", "dsa"),
        // Public key derived from the private value (not in the file):
        ("ec-p256.sec1-nopub.pem", "ec-p256"), ("ec-p256.nopub.pem", "ec-p256"), ("ec-p384.sec1-nopub.pem", "ec-p384"),
        ("ec-p521.sec1-nopub.pem", "ec-p521"), ("ed25519.pem", "ed25519"), ("ed25519.der", "ed25519"),
        ("dsa.pem", "dsa"), ("dsa.der", "dsa"),
    ])
    func matchesOwnCertificate(_ file: String, _ name: String) throws {
        let key = try PrivateKeyParsingTests.load(file)
        let certificates = try Self.allCertificates()
        let own = try #require(Self.certificateNames.firstIndex(of: name))
        #expect(key.matches(certificates[own]) == .matches)
        #expect(key.matchingCertificates(in: certificates) == [own])
        for (index, certificate) in certificates.enumerated() where index != own {
            if case .matches = key.matches(certificate) { Issue.record("\(file) matches \(Self.certificateNames[index])") }
        }
    }

    /// Mismatched pairs: another key of the same type.
    @Test("a different key of the same type does not match", arguments: [
        ("rsa-2048-other.pem", "rsa-2048", "different RSA modulus"),
        ("ec-p256-other.pem", "ec-p256", "different P-256 public point"),
        ("ec-p384.pem", "ec-p256", "different curves (P-384 and P-256)"),
        ("rsa-2048.pem", "ec-p256", "an RSA key and an EC key"),
        ("ed25519.v2.pem", "ed448", "an Ed25519 key and an Ed448 key"),
        ("ed25519.pem", "rsa-2048", "an Ed25519 key and an RSA key"),
        ("ed25519-other.pem", "ed25519", "different Ed25519 public key"),
        ("ec-p256.sec1-nopub.pem", "ec-p384", "different curves (P-256 and P-384)"),
    ])
    func mismatch(_ file: String, _ certificateName: String, _ reason: String) throws {
        let key = try PrivateKeyParsingTests.load(file)
        #expect(key.matches(try Self.certificate(certificateName)) == .doesNotMatch(reason))
    }

    /// Keys without their public key whose type PureX509 cannot derive: said so, never a
    /// false "does not match".
    @Test("undetermined when the public key cannot be had", arguments: [
        ("x448.pem", "x448"), ("ed448.pem", "ed448"), ("x25519.pem", "x25519"),
        ("ec-secp256k1.sec1-nopub.pem", "ec-secp256k1"),
    ])
    func undetermined(_ file: String, _ name: String) throws {
        let key = try PrivateKeyParsingTests.load(file)
        guard case .undetermined = key.matches(try Self.certificate(name)) else {
            Issue.record("expected undetermined for \(file)")
            return
        }
        #expect(key.publicKeyInfo == nil)
    }

    /// The derived public key equals the one in the file, for every key that has both.
    @Test("derived public key agrees with the stored one", arguments: [
        "ec-p256.sec1.pem", "ec-p384.pem", "ec-p521.sec1.der", "ed25519.v2.pem", "ec-p256-other.pem",
    ])
    func consistent(_ file: String) throws {
        #expect(try PrivateKeyParsingTests.load(file).embeddedPublicKeyIsConsistent == true)
    }

    /// DSA: y = g^x mod p derived from a PKCS#8 key (which has no y) equals the y of the
    /// traditional encoding of the same key, as OpenSSL wrote it.
    @Test func derivedDSAPublicValue() throws {
        let pkcs8 = try PrivateKeyParsingTests.load("dsa.pem")
        let traditional = try PrivateKeyParsingTests.load("dsa.trad.pem")
        #expect(pkcs8.embeddedPublicKey == nil)
        let y = try pkcs8.derivedDSAPublicValue().get()
        let stored = try #require(traditional.embeddedPublicKey)
        #expect(PublicKeyValue.stripped(y[...]) == PublicKeyValue.stripped(stored[...]))
        #expect(pkcs8.publicKeyInfo != nil)
    }

    /// A SEC 1 key whose stored public key belongs to another key is caught.
    @Test func inconsistentStoredPublicKey() throws {
        let key = try PrivateKeyParsingTests.load("ec-p256.sec1.der")
        let other = try PrivateKeyParsingTests.load("ec-p256-other.pem")
        let der = try KeyVectors.bytes("ec-p256.sec1.der")
        let point = try #require(key.embeddedPublicKey)
        let otherPoint = try #require(other.embeddedPublicKey)
        let hex = KeyVectors.hex(der).replacingOccurrences(of: KeyVectors.hex(point), with: KeyVectors.hex(otherPoint))
        let spliced = try PrivateKey(sec1DER: KeyVectors.bytes(hex: hex))
        #expect(spliced.embeddedPublicKeyIsConsistent == false)
        #expect(try PrivateKeyParsingTests.load("rsa-2048.pem").embeddedPublicKeyIsConsistent == nil)
    }

    /// The key OpenSSL put into mismatched.p12 does not belong to the certificate with it.
    @Test func mismatchedPKCS12() throws {
        let bundle = try PKCS12Bundle(derEncoded: KeyVectors.bytes("mismatched.p12"), password: KeyVectors.password)
        let key = try #require(bundle.privateKeys.first)
        let certificate = try #require(bundle.certificates.first)
        #expect(key.matches(certificate) == .doesNotMatch("different P-256 public point"))
        let good = try PKCS12Bundle(derEncoded: KeyVectors.bytes("ec.p12"), password: KeyVectors.password)
        #expect(try #require(good.privateKeys.first).matchingCertificates(in: good.certificates) == [0])
    }
}
