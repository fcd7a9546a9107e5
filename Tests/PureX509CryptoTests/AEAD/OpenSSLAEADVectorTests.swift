import Foundation
import PureX509Crypto
import Testing

/// Known answers from OpenSSL for random inputs (TestVectors/crypto/aead/vectors.txt, made by
/// TestVectors/crypto/generate-aead.py through Python `cryptography`): AES-128/192/256-GCM
/// with 96-bit and other nonces, ChaCha20-Poly1305, X25519 (including peer keys with bit 255
/// set and non-canonical u), HKDF-SHA256/384 and ECDH on P-256/P-384/P-521 (scalars 1, 2,
/// n - 1 and random ones), for message lengths 0-69 and a few long ones. Each AEAD row is sealed, opened, and opened again with its last tag byte altered.
struct OpenSSLVector: Sendable, CustomTestStringConvertible {
    let line: Int
    let kind: String
    let fields: [String]
    var testDescription: String { "line \(line): \(kind) (\(fields.map { $0.count / 2 }.map(String.init).joined(separator: "/")) bytes)" }
}

private let vectorFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("TestVectors/crypto/aead/vectors.txt")

private let openSSLVectors: [OpenSSLVector] = {
    guard let text = try? String(contentsOf: vectorFile, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").enumerated().map { index, line in
        let parts = line.split(separator: " ").map(String.init)
        return OpenSSLVector(line: index + 1, kind: parts[0], fields: parts.dropFirst().map { $0 == "-" ? "" : $0 })
    }
}()

private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

@Suite("AEAD, X25519 and HKDF against OpenSSL")
struct OpenSSLAEADVectorTests {
    @Test("the vector file is committed and complete")
    func present() {
        // The file is part of the repository, not a shared suite: its absence is a failure.
        #expect(openSSLVectors.count == 332, "\(vectorFile.path)")
        for kind in ["aes-gcm", "chacha20-poly1305", "x25519", "hkdf-sha256", "hkdf-sha384", "ecdh-p256", "ecdh-p384", "ecdh-p521"] {
            #expect(openSSLVectors.contains { $0.kind == kind }, "no \(kind) rows")
        }
    }

    @Test(arguments: openSSLVectors)
    func vector(_ v: OpenSSLVector) throws {
        let f = v.fields.map(bytes)
        switch v.kind {
        case "aes-gcm", "chacha20-poly1305":
            let (key, nonce, aad, plaintext, sealed) = (f[0], f[1], f[2], f[3], f[4])
            let seal: ([UInt8]) throws -> [UInt8]
            let open: ([UInt8]) throws -> [UInt8]
            if v.kind == "aes-gcm" {
                let gcm = try AESGCM(key: key)
                seal = { try gcm.seal($0, nonce: nonce, authenticating: aad) }
                open = { try gcm.open($0, nonce: nonce, authenticating: aad) }
            } else {
                let aead = try ChaCha20Poly1305(key: key)
                seal = { try aead.seal($0, nonce: nonce, authenticating: aad) }
                open = { try aead.open($0, nonce: nonce, authenticating: aad) }
            }
            #expect(try hex(seal(plaintext)) == hex(sealed))
            #expect(try open(sealed) == plaintext)
            var altered = sealed
            altered[altered.count - 1] ^= 0x01
            #expect(throws: AEADError.authenticationFailure) { try open(altered) }
        case "x25519":
            let key = try X25519.PrivateKey(rawRepresentation: f[0])
            #expect(hex(key.publicKey) == hex(f[2]))
            #expect(try hex(key.sharedSecret(with: f[1])) == hex(f[3]))
        case "hkdf-sha256":
            #expect(try hex(HKDF<SHA256>.deriveKey(inputKeyMaterial: f[0], salt: f[1], info: f[2], outputLength: f[3].count)) == hex(f[3]))
        case "hkdf-sha384":
            #expect(try hex(HKDF<SHA384>.deriveKey(inputKeyMaterial: f[0], salt: f[1], info: f[2], outputLength: f[3].count)) == hex(f[3]))
        case "ecdh-p256", "ecdh-p384", "ecdh-p521":
            let curve: ECCurve = v.kind == "ecdh-p256" ? .p256 : v.kind == "ecdh-p384" ? .p384 : .p521
            let key = try ECDH.PrivateKey(curve: curve, rawRepresentation: f[0])
            #expect(hex(key.publicKeyX963) == hex(f[2]))
            #expect(try hex(key.sharedSecret(withX963: f[1])) == hex(f[3]))
        default:
            Issue.record("unknown vector kind \(v.kind)")
        }
    }
}
