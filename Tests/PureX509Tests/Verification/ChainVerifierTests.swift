import PureX509
import PureX509ASN1
import Testing

/// Path building and validation over the chains of TestVectors/verification (made by
/// TestVectors/gen/50-verification.sh; all valid on 2026-06-01 except leaf-expired.pem).
struct ChainVerifierTests {
    static func load(_ name: String) throws -> Certificate {
        try Certificate(derEncoded: pemBlocks(String(decoding: try testVector("verification/\(name).pem"), as: UTF8.self))[0])
    }

    static let june2026: Int64 = ASN1Time(year: 2026, month: 6, day: 1)!.secondsSince1970

    static func verify(
        _ leafName: String = "leaf", intermediates: [String] = ["intermediate"], anchors: [String] = ["root"],
        names: [PeerName] = [], at time: Int64 = june2026, configure: (inout VerificationPolicy) -> Void = { _ in }
    ) throws -> VerificationResult {
        var policy = VerificationPolicy(time: time, purpose: .serverAuth, peerNames: names)
        configure(&policy)
        let store = TrustStore(certificates: try anchors.map(load))
        return ChainVerifier(trustStore: store, policy: policy).verify(try load(leafName), intermediates: try intermediates.map(load))
    }

    @Test func validChain() throws {
        let result = try Self.verify(names: [.dns("www.example.com")])
        let path = try #require(result.path)
        #expect(path.map { $0.subject.commonName ?? "" } == ["www.example.com", "Test Intermediate", "Test Root"])
        #expect(result.signatureChecks == 2)
    }

    struct NameRow: Sendable, CustomTestStringConvertible {
        let name: PeerName
        let valid: Bool
        var testDescription: String { "\(name)" }
    }

    @Test(arguments: [
        NameRow(name: .dns("www.example.com"), valid: true),
        NameRow(name: .dns("WWW.Example.COM."), valid: true),
        NameRow(name: .dns("example.com"), valid: false),
        NameRow(name: .dns("foo.example.org"), valid: true),
        NameRow(name: .dns("example.org"), valid: false),
        NameRow(name: .dns("a.b.example.org"), valid: false),
        NameRow(name: .ip(IPAddress("192.0.2.1")!), valid: true),
        NameRow(name: .ip(IPAddress("192.0.2.2")!), valid: false),
        NameRow(name: .dns("192.0.2.1"), valid: false),  // an address is no DNS name
        NameRow(name: .email("admin@example.com"), valid: true),
    ])
    func peerNames(_ row: NameRow) throws {
        let result = try Self.verify(names: [row.name])
        #expect(result.isValid == row.valid)
        if !row.valid {
            #expect(result.primaryFailure == .peerNameMismatch(row.name) || result.primaryFailure?.code == "invalid-peer-name")
        }
    }

    /// BR 7.1.4.3 on a leaf whose commonName names a host absent from subjectAltName
    /// (TestVectors/gen/51-common-name.sh): a rule for CAs, so no profile fails on it by
    /// default; a caller who opts in with `.hostNames` gets a failure for a TLS server
    /// verification, not for a client one.
    @Test(arguments: [VerificationProfile.client, .webPKI, .rfc5280])
    func commonNameNotInSubjectAltName(_ profile: VerificationProfile) throws {
        func verify(_ purpose: VerificationPolicy.Purpose, _ membership: CommonNameMembership = .hostNames) throws -> VerificationResult {
            var policy = VerificationPolicy(time: Self.june2026, purpose: purpose, profile: profile)
            policy.commonNameMembership = membership
            let store = TrustStore(certificates: [try Self.load("cn-root")])
            return ChainVerifier(trustStore: store, policy: policy).verify(try Self.load("cn-not-in-san"), intermediates: [])
        }
        let server = try verify(.serverAuth)
        guard case .commonNameProfile(let detail)? = server.primaryFailure else {
            Issue.record("expected a commonName failure, got \(String(describing: server.primaryFailure))")
            return
        }
        #expect(detail.contains("other.example.net"))
        #expect(try verify(.clientAuth).isValid)
        #expect(try verify(.serverAuth, .notRequired).isValid)
    }

    @Test func expiredLeaf() throws {
        let result = try Self.verify("leaf-expired")
        guard case .expired? = result.primaryFailure else {
            Issue.record("expected expired, got \(String(describing: result.primaryFailure))")
            return
        }
        #expect(result.attempts.first?.failingIndex == 0)
    }

    @Test func beforeValidity() throws {
        let result = try Self.verify(at: ASN1Time(year: 2025, month: 6, day: 1)!.secondsSince1970)
        guard case .notYetValid? = result.primaryFailure else {
            Issue.record("expected notYetValid, got \(String(describing: result.primaryFailure))")
            return
        }
    }

    @Test func clockSkewTolerance() throws {
        let justBefore = ASN1Time(year: 2026, month: 1, day: 1)!.secondsSince1970 - 30
        #expect(try !Self.verify(at: justBefore).isValid)
        #expect(try Self.verify(at: justBefore) { $0.clockSkew = 60 }.isValid)
    }

    @Test func unknownIssuerReportsThePathTried() throws {
        let result = try Self.verify(anchors: ["other-root"])
        #expect(!result.isValid)
        #expect(result.primaryFailure == .issuerNotFound)
        let attempt = try #require(result.attempts.last)
        #expect(attempt.certificates.count == 2)
        #expect(attempt.failingIndex == 1)
    }

    @Test func missingIntermediate() throws {
        let result = try Self.verify(intermediates: [])
        #expect(result.primaryFailure == .issuerNotFound)
        #expect(result.attempts.first?.failingIndex == 0)
    }

    @Test func crossSignedIntermediateIsFound() throws {
        // Only the other root is trusted: the path must go through the cross-certificate.
        let result = try Self.verify(intermediates: ["intermediate", "intermediate-cross"], anchors: ["other-root"])
        let path = try #require(result.path)
        #expect(path.last?.subject.commonName == "Other Root")
        // The root-issued intermediate was tried and failed first or was ranked after.
        let bothTrusted = try Self.verify(intermediates: ["intermediate-cross", "intermediate"], anchors: ["root", "other-root"])
        #expect(bothTrusted.isValid)
    }

    @Test func directlyTrustedLeaf() throws {
        let root = try Self.load("root")
        let policy = VerificationPolicy(time: Self.june2026, purpose: .any, profile: .rfc5280)
        let trusted = ChainVerifier(trustStore: TrustStore(certificates: [root]), policy: policy).verify(root)
        #expect(trusted.path == [root])
        // Not trusted: a self-signed certificate finds no anchor.
        let other = ChainVerifier(trustStore: TrustStore(certificates: [try Self.load("other-root")]), policy: policy).verify(root)
        #expect(!other.isValid)
    }

    @Test func maximumDepth() throws {
        let result = try Self.verify { $0.maximumIntermediates = 0 }
        #expect(result.primaryFailure == .maximumDepthExceeded(0))
    }

    @Test func purposes() throws {
        #expect(try Self.verify { $0.purpose = .clientAuth }.isValid)
        #expect(try Self.verify { $0.purpose = .any }.isValid)
    }

    @Test func leafAsIntermediateIsRejected() throws {
        // The leaf claims to issue itself? No: an end-entity certificate used as an issuer
        // must fail notCA. Use the intermediate as "leaf" of a path through the leaf.
        let leaf = try Self.load("leaf")
        let store = TrustStore(certificates: [leaf])
        let policy = VerificationPolicy(time: Self.june2026, purpose: .any)
        let result = ChainVerifier(trustStore: store, policy: policy).verify(try Self.load("intermediate"))
        #expect(!result.isValid)
    }

    /// Path building cost does not grow with unrelated certificates in the pool: the subject
    /// index hands over only the candidates that can be issuers.
    @Test func unrelatedPoolSizeDoesNotMatter() throws {
        let leaf = try Self.load("leaf")
        let intermediate = try Self.load("intermediate")
        let store = TrustStore(certificates: [try Self.load("root")])
        let policy = VerificationPolicy(time: Self.june2026, peerNames: [.dns("www.example.com")])
        let verifier = ChainVerifier(trustStore: store, policy: policy)
        var timings: [(Int, Duration)] = []
        // 100,000 in release (`swift test -c release --filter unrelatedPoolSizeDoesNotMatter`);
        // building that pool takes minutes in a debug build, so debug stops at 10,000.
        #if DEBUG
        let sizes = [10, 1_000, 10_000]
        #else
        let sizes = [10, 1_000, 100_000]
        #endif
        for size in sizes {
            var pool = CertificatePool([intermediate])
            for index in 0..<size { pool.insert(try Certificate(derEncoded: Self.unrelatedCertificate(index))) }
            #expect(pool.count == size + 1)
            let clock = ContinuousClock()
            var result: VerificationResult?
            let elapsed = clock.measure { for _ in 0..<5 { result = verifier.verify(leaf, intermediates: pool) } }
            let found = try #require(result)
            #expect(found.isValid)
            #expect(found.candidatesConsidered == 2)
            #expect(found.signatureChecks == 2)
            timings.append((size, elapsed / 5))
        }
        print("path building with unrelated pools: " + timings.map { "\($0.0): \($0.1)" }.joined(separator: ", "))
    }

    /// A structurally valid CA certificate with a unique subject (never signature-checked).
    static func unrelatedCertificate(_ index: Int) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { certificate in
            certificate.writeSequence { tbs in
                tbs.writeExplicit(0) { $0.writeInteger(2) }
                tbs.writeInteger(index + 1)
                tbs.writeSequence { $0.writeObjectIdentifier(OID(dotted: "1.2.840.10045.4.3.2")!) }
                writeName(&tbs, "Unrelated Root \(index)")
                tbs.writeSequence { validity in
                    validity.writeTime(ASN1Time(year: 2025, month: 1, day: 1)!)
                    validity.writeTime(ASN1Time(year: 2035, month: 1, day: 1)!)
                }
                writeName(&tbs, "Unrelated CA \(index)")
                tbs.writeEncoded(hex("30 2a 30 05 06 03 2b 65 70 03 21 00") + [UInt8](repeating: UInt8(index & 0xFF), count: 32))
            }
            certificate.writeSequence { $0.writeObjectIdentifier(OID(dotted: "1.2.840.10045.4.3.2")!) }
            certificate.writeBitString([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01])
        }
        return writer.bytes
    }

    static func writeName(_ writer: inout DERWriter, _ cn: String) {
        writer.writeSequence { rdns in
            rdns.writeSetOf { set in
                set.writeSequence { pair in
                    pair.writeObjectIdentifier(OID(dotted: "2.5.4.3")!)
                    pair.writeUTF8String(cn)
                }
            }
        }
    }
}
