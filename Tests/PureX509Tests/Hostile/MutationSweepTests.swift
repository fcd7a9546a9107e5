import Testing
import PureX509
import PureX509Crypto

/// Every single-bit flip and every truncation of a few real certificates (RSA, ECDSA,
/// Ed25519; OpenSSL-made, committed under TestVectors/) either parses into a valid
/// certificate or throws an `X509ParseError` pointing inside the input: never a trap. And a
/// mutant that parses never verifies under its issuer's key: every byte of a certificate
/// is signed, is the signature, or must match a signed byte.
@Suite("Mutation sweep: certificates")
struct MutationSweepTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        /// The issuing CA's certificate (nil: self-signed).
        let issuerPath: String?
        var testDescription: String { name }

        func issuerKey() throws -> PublicKey {
            let issuer = try issuerPath.map { try Sample(name: "issuer", path: $0, issuerPath: nil).der() } ?? der()
            let certificate = try Certificate(derEncoded: issuer)
            return try PublicKey(subjectPublicKeyInfoDER: certificate.subjectPublicKeyInfo.derEncoded)
        }

        func der() throws -> [UInt8] {
            let bytes = try testVector(path)
            if path.hasSuffix(".pem") {
                return try #require(pemBlocks(String(decoding: bytes, as: UTF8.self)).first)
            }
            return bytes
        }
    }

    static let samples = [
        Sample(name: "ECDSA P-256 self-signed", path: "malformed/base-cert.der", issuerPath: nil),
        Sample(name: "RSA 2048", path: "keys/rsa-2048.cert.der", issuerPath: "keys/ca-intermediate.cert.pem"),
        Sample(name: "Ed25519", path: "keys/ed25519.cert.pem", issuerPath: "keys/ca-intermediate.cert.pem"),
    ]

    /// What a parsed mutant must satisfy: it is its input, every accessor works, every
    /// known extension decodes, and it re-parses equal.
    static func checkValid(_ certificate: Certificate, _ input: [UInt8]) -> Bool {
        guard certificate.derEncoded == input else { return false }
        _ = certificate.subject.rfc4514String
        _ = certificate.issuer.opensslOneLine
        _ = certificate.subjectPublicKeyInfo.summary
        _ = certificate.serialNumber.hexString
        for ext in certificate.extensions where ext.kind != nil {
            if ext.decoded == .unknown { return false }
        }
        guard let again = try? Certificate(derEncoded: input) else { return false }
        return again == certificate
    }

    @Test("every bit flip parses to a valid certificate or throws a located error", arguments: samples)
    func bitFlips(_ sample: Sample) throws {
        let der = try sample.der()
        _ = try Certificate(derEncoded: der)  // the unmutated sample parses
        var parsed = 0
        var refused = 0
        for index in der.indices {
            for bit in 0..<8 {
                var mutant = der
                mutant[index] ^= 1 << bit
                do {
                    let certificate = try Certificate(derEncoded: mutant)
                    #expect(Self.checkValid(certificate, mutant), "byte \(index) bit \(bit): parsed but not valid")
                    parsed += 1
                } catch {
                    #expect(error.offset >= 0 && error.offset < mutant.count, "byte \(index) bit \(bit): \(error)")
                    #expect(!error.description.isEmpty)
                    refused += 1
                }
            }
        }
        // Both outcomes occur: flips in names and key bits still parse, flips in headers do not.
        #expect(parsed > 0 && refused > 0)
        #expect(parsed + refused == der.count * 8)
    }

    @Test("every truncation throws, and so does any trailing byte", arguments: samples)
    func truncations(_ sample: Sample) throws {
        let der = try sample.der()
        for length in 0..<der.count {
            let prefix = Array(der[..<length])
            #expect(throws: X509ParseError.self, "truncated to \(length) bytes") { try Certificate(derEncoded: prefix) }
        }
        for extra: UInt8 in [0x00, 0x30, 0xFF] {
            #expect(throws: X509ParseError.self) { try Certificate(derEncoded: der + [extra]) }
        }
    }

    /// Verifies `certificate`'s signature with `key`; a thrown error counts as not verified.
    static func verifies(_ certificate: Certificate, _ key: PublicKey) -> Bool {
        guard let algorithm = try? SignatureAlgorithm(derEncoded: certificate.signatureAlgorithm.derEncoded) else { return false }
        return (try? verify(signatureAlgorithm: algorithm, publicKey: key,
                            message: certificate.tbsCertificateBytes, signature: certificate.signature)) ?? false
    }

    @Test("no mutant that parses verifies under the issuer's key", arguments: samples)
    func mutantsDoNotVerify(_ sample: Sample) throws {
        let der = try sample.der()
        let key = try sample.issuerKey()
        #expect(Self.verifies(try Certificate(derEncoded: der), key), "the unmutated certificate verifies")
        // One flip per byte (a different bit each time) keeps the debug-build run short while
        // touching every byte: TBS fields, the signature algorithm, and the signature value.
        var verified: [Int] = []
        var checked = 0
        for index in der.indices {
            var mutant = der
            mutant[index] ^= 1 << (index % 8)
            guard let certificate = try? Certificate(derEncoded: mutant) else { continue }
            checked += 1
            if Self.verifies(certificate, key) { verified.append(index) }
        }
        #expect(verified.isEmpty, "mutants flipped at bytes \(verified) still verify")
        #expect(checked > 0)
    }
}
