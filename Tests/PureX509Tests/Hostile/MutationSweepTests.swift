import Testing
import PureX509

/// Every single-bit flip and every truncation of a few real certificates (RSA, ECDSA,
/// Ed25519; OpenSSL-made, committed under TestVectors/) either parses into a valid
/// certificate or throws an `X509ParseError` pointing inside the input: never a trap.
@Suite("Mutation sweep: certificates")
struct MutationSweepTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        var testDescription: String { name }

        func der() throws -> [UInt8] {
            let bytes = try testVector(path)
            if path.hasSuffix(".pem") {
                return try #require(pemBlocks(String(decoding: bytes, as: UTF8.self)).first)
            }
            return bytes
        }
    }

    static let samples = [
        Sample(name: "ECDSA P-256 self-signed", path: "malformed/base-cert.der"),
        Sample(name: "RSA 2048", path: "keys/rsa-2048.cert.der"),
        Sample(name: "Ed25519", path: "keys/ed25519.cert.pem"),
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
}
