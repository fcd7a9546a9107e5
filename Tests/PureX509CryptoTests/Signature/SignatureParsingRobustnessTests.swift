import Foundation
import PureX509ASN1
import Testing
@testable import PureX509Crypto

/// Hostile-input checks for the parsers in Signature/: every truncation and many one-byte
/// changes of real encodings must end in a value or a typed `CryptoError`, never a trap.
/// (A trap would abort the test process, so reaching the end is the assertion; the counts
/// make sure both outcomes happen.)
@Suite("Signature parsing robustness")
struct SignatureParsingRobustnessTests {
    /// Real SubjectPublicKeyInfo and AlgorithmIdentifier encodings from the OpenSSL vectors.
    static func samples() throws -> [(spki: [UInt8], algorithm: [UInt8])] {
        var result: [(spki: [UInt8], algorithm: [UInt8])] = []
        for name in ["rsa2048-pkcs1-sha256", "rsa2048-pss-sha256-32", "rsapss2048sha256-pss-sha256-32", "rsa1025-pss-sha256-32"] {
            let url = OpenSSLRSAVectorTests.directory.appendingPathComponent("\(name).csr.der")
            let bytes = Array(try Data(contentsOf: url))
            var reader = PureX509ASN1.DERReader(bytes)
            let ranges = try reader.readSequence { request -> (Range<Int>, Range<Int>) in
                let info = try request.readElement(.sequence)
                let spki = try request.withContent(of: info) { info -> Range<Int> in
                    _ = try info.readInt()
                    try info.skipElement()
                    let element = try info.readElement(.sequence)
                    try info.skipElement()
                    return element.fullRange
                }
                let algorithm = try request.readElement(.sequence).fullRange
                _ = try request.readBitString()
                return (spki, algorithm)
            }
            result.append((Array(bytes[ranges.0]), Array(bytes[ranges.1])))
        }
        return result
    }

    @Test func truncationsAndByteChangesNeverTrap() throws {
        var accepted = 0
        var rejected = 0
        func attempt(_ body: () throws(CryptoError) -> Void) {
            do {
                try body()
                accepted += 1
            } catch {
                rejected += 1
            }
        }
        var random = SplitMix64(seed: 2026)
        for sample in try Self.samples() {
            for length in 0...sample.spki.count {
                attempt { () throws(CryptoError) in _ = try PublicKey(subjectPublicKeyInfoDER: sample.spki[..<length]) }
            }
            for length in 0...sample.algorithm.count {
                attempt { () throws(CryptoError) in _ = try SignatureAlgorithm(derEncoded: sample.algorithm[..<length]) }
            }
            for _ in 0..<300 {
                var spki = sample.spki
                spki[Int(random.next() % UInt64(min(spki.count, 40)))] = UInt8(truncatingIfNeeded: random.next())
                attempt { () throws(CryptoError) in _ = try PublicKey(subjectPublicKeyInfoDER: spki) }
                var algorithm = sample.algorithm
                algorithm[Int(random.next() % UInt64(algorithm.count))] = UInt8(truncatingIfNeeded: random.next())
                attempt { () throws(CryptoError) in _ = try SignatureAlgorithm(derEncoded: algorithm[...]) }
            }
        }
        #expect(accepted > 0)
        #expect(rejected > 0)
    }
}
