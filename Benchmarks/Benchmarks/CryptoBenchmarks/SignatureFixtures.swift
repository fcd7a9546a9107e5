import BenchmarkHarness
import BenchmarkInputs
import Crypto
import _CryptoExtras

/// Keys and signatures made once per process with swift-crypto, so that PureX509 and
/// swift-crypto verify exactly the same (key, message, signature) triples. The message is
/// 256 bytes (a small TBSCertificate); both sides hash it inside the timed region.
enum SignatureFixtures {
    static let message: [UInt8] = Inputs.deterministicBytes(count: 256, seed: 0x516E)

    struct RSAFixture: @unchecked Sendable {
        let key: _RSA.Signing.PublicKey
        /// PKCS#1 RSAPublicKey DER (what a certificate's SPKI BIT STRING holds).
        let pkcs1: [UInt8]
        let signature: [UInt8]
        let padding: _RSA.Signing.Padding
    }

    struct ECFixture<Key>: @unchecked Sendable {
        let key: Key
        /// Uncompressed point 04||X||Y.
        let x963: [UInt8]
        /// DER Ecdsa-Sig-Value.
        let signature: [UInt8]
    }

    static func rsa(bits: Int, pss: Bool) throws -> RSAFixture {
        let size: _RSA.Signing.KeySize = bits == 4096 ? .bits4096 : .bits2048
        let privateKey = try _RSA.Signing.PrivateKey(keySize: size)
        let padding: _RSA.Signing.Padding = pss ? .PSS : .insecurePKCS1v1_5
        let signature = try privateKey.signature(for: SHA256.hash(data: message), padding: padding)
        let publicKey = privateKey.publicKey
        guard publicKey.isValidSignature(signature, for: SHA256.hash(data: message), padding: padding) else {
            throw BenchmarkSetupError("swift-crypto rejects its own RSA signature")
        }
        return RSAFixture(key: publicKey, pkcs1: [UInt8](publicKey.pkcs1DERRepresentation),
                          signature: [UInt8](signature.rawRepresentation), padding: padding)
    }

    static let rsa2048 = Result { try rsa(bits: 2048, pss: false) }
    static let rsa4096 = Result { try rsa(bits: 4096, pss: false) }
    static let rsa2048PSS = Result { try rsa(bits: 2048, pss: true) }

    /// The RSA cases by benchmark name, each fixture behind a closure (made on first use).
    static let rsaCases: [(String, @Sendable () -> Result<RSAFixture, any Error>)] = [
        ("rsa2048-pkcs1", { rsa2048 }),
        ("rsa4096-pkcs1", { rsa4096 }),
        ("rsa2048-pss", { rsa2048PSS }),
    ]

    static let p256: ECFixture<P256.Signing.PublicKey> = {
        let privateKey = P256.Signing.PrivateKey()
        let signature = try! privateKey.signature(for: message)
        return ECFixture(key: privateKey.publicKey, x963: [UInt8](privateKey.publicKey.x963Representation),
                         signature: [UInt8](signature.derRepresentation))
    }()

    static let p384: ECFixture<P384.Signing.PublicKey> = {
        let privateKey = P384.Signing.PrivateKey()
        let signature = try! privateKey.signature(for: message)
        return ECFixture(key: privateKey.publicKey, x963: [UInt8](privateKey.publicKey.x963Representation),
                         signature: [UInt8](signature.derRepresentation))
    }()

    static let p521: ECFixture<P521.Signing.PublicKey> = {
        let privateKey = P521.Signing.PrivateKey()
        let signature = try! privateKey.signature(for: message)
        return ECFixture(key: privateKey.publicKey, x963: [UInt8](privateKey.publicKey.x963Representation),
                         signature: [UInt8](signature.derRepresentation))
    }()

    struct Ed25519Fixture: @unchecked Sendable {
        let key: Curve25519.Signing.PublicKey
        let raw: [UInt8]
        let signature: [UInt8]
    }

    static let ed25519: Ed25519Fixture = {
        let privateKey = Curve25519.Signing.PrivateKey()
        let signature = try! privateKey.signature(for: message)
        return Ed25519Fixture(key: privateKey.publicKey, raw: [UInt8](privateKey.publicKey.rawRepresentation),
                              signature: [UInt8](signature))
    }()
}

