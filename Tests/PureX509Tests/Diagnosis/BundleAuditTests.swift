import Foundation
import PureX509
import PureX509ASN1
import Testing

/// `BundleAudit` over a bundle made of scenario certificates with known faults.
@Suite("Bundle audit")
struct BundleAuditTests {
    static let at: Int64 = 1_780_315_200  // 2026-06-01T12:00:00Z

    /// The PEM blocks of a scenario file, each as its own PEM text.
    static func blocks(_ path: String) throws -> [String] {
        let bytes = try testVector("scenarios/" + path)
        return try PEMDocument(parsing: bytes).blocks.map(\.pemText)
    }

    static func source(_ name: String, _ pem: [String]) -> DiagnosisSource {
        DiagnosisSource(name: name, bytes: Array(pem.joined().utf8))
    }

    @Test func findsEachKindOfProblem() throws {
        let store = try Self.blocks("expired-cross-sign/trust-store.pem")  // old root (expired 2026-03-01), new root
        let cross = try Self.blocks("expired-cross-sign/fullchain.pem")[2]  // new root cross-signed by the old one
        let root = try Self.blocks("ok/root.pem")[0]
        let chain = try Self.blocks("ok/chain.pem")  // leaf, intermediate
        let weak = try Self.blocks("weak-key/chain.pem")[0]  // RSA 1024 leaf
        let bundle = [store[0], store[1], cross, root, root, chain[1], chain[0], weak]
        let audit = BundleAudit(sources: [Self.source("bundle.pem", bundle)], time: Self.at, soonWithin: 30 * 365 * 86_400)

        #expect(audit.certificates.count == 8)
        #expect(audit.distinct.count == 7)
        #expect(audit.expired.map(\.certificate.subject.commonName) == ["Old Root CA X3"])
        #expect(audit.duplicates.map(\.certificate.index) == [4])
        #expect(audit.duplicates.map(\.firstIndex) == [3])
        #expect(Set(audit.notCA.map(\.certificate.subject.commonName)) == ["www.example.com"])
        #expect(audit.weakKeys.map(\.index) == [7])
        #expect(Set(audit.notSelfIssued.compactMap(\.index)) == [2, 5, 6, 7])
        #expect(audit.twins.map { $0.compactMap(\.index) } == [[1, 2]])
        #expect(audit.hasProblems)
        // Lines point at the BEGIN line of each block.
        var expectedLines: [Int?] = []
        var line = 1
        for block in bundle {
            expectedLines.append(line)
            line += block.split(separator: "\n").count
        }
        #expect(audit.certificates.map(\.line) == expectedLines)
        // The timeline: soonest first, never an expired one.
        let timeline = audit.timeline(10)
        #expect(timeline.map(\.certificate.notAfter.secondsSince1970) == timeline.map(\.certificate.notAfter.secondsSince1970).sorted())
        #expect(timeline.allSatisfy { $0.certificate.notAfter.secondsSince1970 >= Self.at })
        #expect(audit.expiringSoon.count == timeline.count)
    }

    @Test func aCleanBundleHasNoProblems() throws {
        let audit = BundleAudit(sources: [Self.source("roots.pem", try Self.blocks("ok/root.pem"))], time: Self.at)
        #expect(!audit.hasProblems)
        #expect(audit.expiringSoon.isEmpty)
    }

    @Test func differenceByFingerprint() throws {
        let store = try Self.blocks("expired-cross-sign/trust-store.pem")
        let root = try Self.blocks("ok/root.pem")[0]
        let other = try Self.blocks("untrusted-root/trusted.pem")[0]
        let old = BundleAudit(sources: [Self.source("old.pem", [store[0], root])], time: Self.at)
        let new = BundleAudit(sources: [Self.source("new.pem", [root, other, store[1]])], time: Self.at)
        let difference = new.difference(from: old)
        #expect(difference.unchangedCount == 1)
        #expect(Set(difference.added.compactMap(\.certificate.subject.commonName)) == ["Elsewhere Root CA", "New Root X1"])
        #expect(difference.removed.compactMap(\.certificate.subject.commonName) == ["Old Root CA X3"])
        #expect(difference.reissued.isEmpty)
    }

    @Test func reportsUnreadableBlocks() throws {
        let bytes = try testVector("scenarios/pem-bad-base64/chain.pem")
        let audit = BundleAudit(sources: [DiagnosisSource(name: "bundle.pem", bytes: bytes)], time: Self.at)
        #expect(audit.certificates.count == 2)
        #expect(audit.readingProblems.map(\.code) == [.pemBadBase64])
        #expect(audit.hasProblems)
    }

    @Test func systemBundle() throws {
        let sources = Diagnosis.systemTrustSources()
        guard !sources.isEmpty else {
            print("skipping: no system trust store on this machine")
            return
        }
        let audit = BundleAudit(sources: sources, time: Self.at)
        #expect(audit.certificates.count > 50)
        #expect(audit.readingProblems.filter { $0.severity == .error }.isEmpty)
        #expect(audit.notCA.isEmpty)
    }
}
