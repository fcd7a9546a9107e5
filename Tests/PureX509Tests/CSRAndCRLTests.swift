import Testing
import PureX509

@Suite("CSR and CRL")
struct CSRAndCRLTests {
    @Test func parsesTheCommittedCSR() throws {
        let document = try PEMDocument(parsing: try testVector("certs/request-p256.csr"))
        let block = try #require(document.blocks.first)
        let request = try CertificateSigningRequest(derEncoded: block.der)
        #expect(request.subject.opensslOneLine == "C = GB, O = CSR Example Ltd, CN = csr.example.test")
        #expect(request.subjectPublicKeyInfo.summary == "EC P-256")
        #expect(request.challengePassword == "s3cret-challenge")
        #expect(request.attributes.count == 3)
        let extensions = request.requestedExtensions
        #expect(extensions.subjectAlternativeName?.dnsNames == ["csr.example.test", "www.csr.example.test"])
        #expect(extensions.subjectAlternativeName?.ipAddresses.map(\.description) == ["198.51.100.7"])
        #expect(extensions.keyUsage == .digitalSignature)
        #expect(extensions[kind: .keyUsage]?.isCritical == true)
        #expect(extensions.extendedKeyUsage?.purposes == [ExtendedKeyUsage.serverAuth])
    }

    @Test func csrWithBadVersionNamesTheField() throws {
        let document = try PEMDocument(parsing: try testVector("certs/request-p256.csr"))
        var der = try #require(document.blocks.first).der
        // certificationRequestInfo.version is the first INTEGER: 02 01 00 -> 02 01 01.
        let offset = try #require(der.offset(of: [0x02, 0x01, 0x00]))
        der[offset + 2] = 0x01
        #expect(throws: X509ParseError(field: "certificationRequestInfo.version", reason: .unsupportedVersion(1), offset: offset)) {
            try CertificateSigningRequest(derEncoded: der)
        }
    }

    @Test func parsesTheCommittedCRL() throws {
        let document = try PEMDocument(parsing: try testVector("certs/inter-p384.crl"))
        let crl = try CertificateRevocationList(derEncoded: try #require(document.blocks.first).der)
        #expect(crl.version == 2)
        #expect(crl.issuer.opensslOneLine == "C = US, O = PureX509 Test, CN = PureX509 Test Intermediate P-384")
        #expect(crl.thisUpdate.rfc3339 == "2025-03-01T00:00:00Z")
        #expect(crl.nextUpdate?.rfc3339 == "2025-04-01T00:00:00Z")
        #expect(crl.crlNumber?.decimalString == "10")
        #expect(crl.extensions.authorityKeyIdentifier?.keyIdentifier != nil)
        let revoked = crl.revokedCertificates
        #expect(revoked.map(\.serialNumber.hexString) == ["1001", "1002", "1003", "1004"])
        #expect(revoked.map(\.reason) == [.keyCompromise, .superseded, .cessationOfOperation, nil])
        #expect(revoked[1].revocationDate.rfc3339 == "2025-02-02T12:00:00Z")
        let lookup = crl.revocation(of: SerialNumber(bytes: [0x10, 0x03]))
        #expect(lookup?.reason == .cessationOfOperation)
        #expect(crl.revocation(of: SerialNumber(bytes: [0x10, 0x05])) == nil)
    }

    @Test func crlWithEntryExtensionsInV1IsRejected() throws {
        // TBSCertList without version, one entry with a reason code extension.
        let entry = hex("30 1e 02 01 01 17 0d 3235303130313030303030305a 30 0a 30 08 06 03 55 1d 15 04 01 0a")
        var list = CertificateBuilder.wrap(0x30, entry)
        let tbs = CertificateBuilder.wrap(0x30,
            hex("30 0a 06 08 2a 86 48 ce 3d 04 03 02") + CertificateBuilder.name(cn: "CA")
            + hex("17 0d 3235303130313030303030305a") + list)
        let der = CertificateBuilder.wrap(0x30, tbs + hex("30 0a 06 08 2a 86 48 ce 3d 04 03 02 03 02 00 00"))
        list = []
        let offset = try #require(der.offset(of: hex("30 0a 30 08 06 03 55 1d 15")))
        #expect(throws: X509ParseError(
            field: "tbsCertList.revokedCertificates[0].crlEntryExtensions",
            reason: .fieldRequiresVersion(field: "crlEntryExtensions", minimum: 2), offset: offset)) {
            try CertificateRevocationList(derEncoded: der)
        }
    }
}
