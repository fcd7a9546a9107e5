import Foundation
import Testing
import PureX509

private let vectorExpectations: [OpenSSLExpected] = {
    let url = packageRoot.appendingPathComponent("TestVectors/certs/expected.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return OpenSSLExpected.parse(text)
}()

/// Differential tests: our model against what `openssl x509` printed (recorded by
/// TestVectors/gen/20-certs.sh; no openssl at test time).
@Suite("Differential against OpenSSL")
struct DifferentialTests {
    @Test func vectorsWereRecorded() {
        #expect(vectorExpectations.count >= 7)
    }

    @Test(arguments: vectorExpectations)
    func committedVector(_ expected: OpenSSLExpected) throws {
        let bytes = try testVector("certs/" + expected.key)
        let input = InputContents(bytes: bytes)
        #expect(input.unreadable.isEmpty, "\(input.unreadable)")
        let certificates = input.allCertificates
        #expect(certificates.count == 1)
        let certificate = try #require(certificates.first)
        let problems = OpenSSLExpected.differences(certificate, expected)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func systemBundle() throws {
        guard let ders = PureX509Tests.systemBundle() else {
            print("skipped: no system CA bundle at \(systemBundlePath)")
            return
        }
        let url = packageRoot.appendingPathComponent("TestVectors/certs/ca-bundle-expected.txt")
        let recorded = OpenSSLExpected.parse(try String(contentsOf: url, encoding: .utf8))
        let byFingerprint = Dictionary(recorded.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var compared = 0
        var problems: [String] = []
        for der in ders {
            let certificate = try Certificate(derEncoded: der)
            let fingerprint = certificate.fingerprint(.sha256).map { String(format: "%02X", $0) }.joined(separator: ":")
            guard let expected = byFingerprint[fingerprint] else { continue }
            compared += 1
            for problem in OpenSSLExpected.differences(certificate, expected) {
                problems.append("\(certificate.subject): \(problem)")
            }
        }
        if compared < ders.count {
            print("note: \(ders.count - compared) of \(ders.count) bundle certificates were not recorded; compared \(compared)")
        }
        #expect(compared > 0 || recorded.isEmpty)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
