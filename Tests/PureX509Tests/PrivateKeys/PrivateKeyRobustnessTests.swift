import Testing
@testable import PureX509

/// Garbage, truncated and corrupted key files give typed errors, never a crash, and the
/// structural rules of each format are enforced.
@Suite("Private keys: malformed input")
struct PrivateKeyRobustnessTests {
    static let files = ["rsa-2048.der", "rsa-2048.pkcs1.der", "ec-p256.sec1.der", "ed448.v2.der", "x448.der", "dsa.der",
                        "ec-p256.pbes2-aes256-sha256.der"]

    @Test("every truncation is a typed error", arguments: files)
    func truncations(_ file: String) throws {
        let bytes = try KeyVectors.bytes(file)
        for length in 0..<bytes.count {
            let error = #expect(throws: KeyFileError.self) {
                try PrivateKey(derEncoded: Array(bytes[0..<length]), password: KeyVectors.password)
            }
            if let offset = error?.offset { #expect(offset <= length) }
        }
    }

    /// Every byte flipped in turn: parse or fail with a KeyFileError, never trap.
    @Test("every single-byte corruption is handled", arguments: files.filter { !$0.contains("pbes2") })
    func corruptions(_ file: String) throws {
        let bytes = try KeyVectors.bytes(file)
        for index in bytes.indices {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var copy = bytes
                copy[index] ^= mask
                do {
                    let key = try PrivateKey(derEncoded: copy)
                    _ = key.summary
                    _ = key.publicKeyInfo
                } catch {
                    #expect(!error.context.isEmpty)
                }
            }
        }
    }

    struct Rule: Sendable, CustomTestStringConvertible {
        let name: String
        let der: [UInt8]
        let kind: KeyFileError.Kind
        let offset: Int?
        var testDescription: String { name }
    }

    static func pkcs8(version: Int, algorithm: OID, parameters: ((inout DERWriter) -> Void)? = nil, key: [UInt8],
                      publicKey: [UInt8]? = nil) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { w in
            w.writeInteger(version)
            w.writeSequence { a in
                a.writeObjectIdentifier(algorithm)
                parameters?(&a)
            }
            w.writeOctetString(key)
            if let publicKey {
                w.writeElement(.contextSpecificPrimitive(1), content: [0] + publicKey)
            }
        }
        return writer.bytes
    }

    static func octetString(_ bytes: [UInt8]) -> [UInt8] {
        var writer = DERWriter()
        writer.writeOctetString(bytes)
        return writer.bytes
    }

    static let rules: [Rule] = [
        Rule(name: "version 2", der: pkcs8(version: 2, algorithm: .ed25519, key: octetString(Array(repeating: 1, count: 32))),
             kind: .invalid, offset: 2),
        Rule(name: "publicKey in a version 1 key",
             der: pkcs8(version: 0, algorithm: .ed25519, key: octetString(Array(repeating: 1, count: 32)),
                        publicKey: Array(repeating: 2, count: 32)),
             kind: .invalid, offset: 48),
        Rule(name: "Ed25519 seed of 31 bytes", der: pkcs8(version: 0, algorithm: .ed25519, key: octetString(Array(repeating: 1, count: 31))),
             kind: .invalid, offset: 16),
        Rule(name: "Ed25519 with parameters",
             der: pkcs8(version: 0, algorithm: .ed25519, parameters: { $0.writeNull() }, key: octetString(Array(repeating: 1, count: 32))),
             kind: .invalid, offset: 12),
        Rule(name: "X448 public key of the wrong size",
             der: pkcs8(version: 1, algorithm: .x448, key: octetString(Array(repeating: 1, count: 56)), publicKey: [1, 2, 3]),
             kind: .invalid, offset: 72),
        Rule(name: "EC without curve", der: pkcs8(version: 0, algorithm: .ecPublicKey, key: [0x30, 0x00]), kind: .invalid, offset: 5),
        Rule(name: "not a key at all", der: [0x30, 0x03, 0x01, 0x01, 0xFF], kind: .wrongFormat, offset: 2),
        Rule(name: "trailing bytes", der: pkcs8(version: 0, algorithm: .ed25519, key: octetString(Array(repeating: 1, count: 32))) + [0],
             kind: .wrongFormat, offset: 48),
    ]

    @Test("structural rules", arguments: rules)
    func rule(_ r: Rule) {
        let error = #expect(throws: KeyFileError.self) { try PrivateKey(derEncoded: r.der) }
        #expect(error?.kind == r.kind, "\(String(describing: error))")
        #expect(error?.offset == r.offset, "\(String(describing: error))")
    }

    /// SEC 1 scalars longer than the curve, zero scalars, and a version other than 1.
    @Test func sec1Rules() throws {
        func sec1(version: Int, scalar: [UInt8]) -> [UInt8] {
            var writer = DERWriter()
            writer.writeSequence { w in
                w.writeInteger(version)
                w.writeOctetString(scalar)
                w.writeExplicit(0) { $0.writeObjectIdentifier(.prime256v1) }
            }
            return writer.bytes
        }
        #expect(throws: KeyFileError.self) { try PrivateKey(sec1DER: sec1(version: 1, scalar: Array(repeating: 1, count: 33))) }
        #expect(throws: KeyFileError.self) { try PrivateKey(sec1DER: sec1(version: 1, scalar: Array(repeating: 0, count: 32))) }
        #expect(throws: KeyFileError.self) { try PrivateKey(sec1DER: sec1(version: 2, scalar: Array(repeating: 1, count: 32))) }
        // A scalar with its leading zero dropped is accepted (some encoders strip it).
        let short = try PrivateKey(sec1DER: sec1(version: 1, scalar: Array(repeating: 1, count: 31)))
        #expect(short.curve == .p256)
    }

    /// An EncryptedPrivateKeyInfo with a hostile iteration count is refused before any work.
    @Test func iterationLimit() throws {
        var writer = DERWriter()
        writer.writeSequence { w in
            w.writeSequence { a in
                a.writeObjectIdentifier(.pbeWithSHA1And3KeyTripleDES_CBC)
                a.writeSequence { p in
                    p.writeOctetString([1, 2, 3, 4, 5, 6, 7, 8])
                    p.writeInteger(2_000_000_000)
                }
            }
            w.writeOctetString([UInt8](repeating: 0, count: 16))
        }
        let error = #expect(throws: KeyFileError.self) { try EncryptedPrivateKeyInfo(derEncoded: writer.bytes) }
        #expect(error?.kind == .unsupported)
        #expect(error?.description.contains("iteration count above the limit") == true)
    }
}
