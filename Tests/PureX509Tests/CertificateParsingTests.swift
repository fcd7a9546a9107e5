import Testing
import PureX509

/// One malformed certificate and the exact error it must give.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable () -> (der: [UInt8], field: String, reason: X509ParseError.Reason, offset: Int)
    var testDescription: String { name }
}

private let bcDuplicate = CertificateBuilder.basicConstraintsCA

let malformedCases: [MalformedCase] = [
    MalformedCase(name: "truncated") {
        let der = CertificateBuilder().der
        let cut = Array(der.dropLast(10))
        return (cut, "certificate", .der(.truncated(offset: 0, needed: der.count, available: cut.count)), 0)
    },
    MalformedCase(name: "trailing data after the certificate") {
        var builder = CertificateBuilder()
        builder.trailing = [0x00, 0x00]
        let der = builder.der
        return (der, "certificate", .der(.trailingData(offset: der.count - 2, count: 2)), der.count - 2)
    },
    MalformedCase(name: "serial number with OCTET STRING tag") {
        var builder = CertificateBuilder()
        builder.serial = hex("04 01 01")
        let offset = builder.offset(ofField: 1)
        return (builder.der, "tbsCertificate.serialNumber",
                .der(.unexpectedTag(offset: offset, expected: .integer, found: .octetString)), offset)
    },
    MalformedCase(name: "non-minimal serial number") {
        var builder = CertificateBuilder()
        builder.serial = hex("02 02 00 01")
        let offset = builder.offset(ofField: 1)
        return (builder.der, "tbsCertificate.serialNumber", .der(.nonMinimalInteger(offset: offset)), offset)
    },
    MalformedCase(name: "issuer with non-minimal length") {
        var builder = CertificateBuilder()
        let name = CertificateBuilder.name(cn: "Test CA")
        builder.issuer = [0x30, 0x81] + name.dropFirst()
        let offset = builder.offset(ofField: 3)
        return (builder.der, "tbsCertificate.issuer", .der(.nonMinimalLength(offset: offset + 1)), offset + 1)
    },
    MalformedCase(name: "issuer attribute value with invalid PrintableString") {
        var builder = CertificateBuilder()
        // SEQUENCE { SET { SEQUENCE { OID CN, PrintableString "a@b" } } }
        builder.issuer = hex("30 10 31 0e 30 0c 06 03 55 04 03 13 05 61 40 62 63 64")
        let offset = builder.offset(ofField: 3) + 11
        return (builder.der, "tbsCertificate.issuer", .der(.invalidString(offset: offset, tag: .printableString)), offset)
    },
    MalformedCase(name: "empty RDN") {
        var builder = CertificateBuilder()
        builder.subject = hex("30 02 31 00")
        let offset = builder.offset(ofField: 5) + 2
        return (builder.der, "tbsCertificate.subject", .empty, offset)
    },
    MalformedCase(name: "notBefore with month 13") {
        var builder = CertificateBuilder()
        builder.validity = hex("30 1e 17 0d 3235313330313030303030305a 17 0d 3335303130313030303030305a")
        let offset = builder.offset(ofField: 4) + 2
        return (builder.der, "tbsCertificate.validity.notBefore", .der(.invalidTime(offset: offset)), offset)
    },
    MalformedCase(name: "notAfter with fractional seconds") {
        var builder = CertificateBuilder()
        builder.validity = hex("30 22 17 0d 3235303130313030303030305a 18 11 32303335303130313030303030302e355a")
        let offset = builder.offset(ofField: 4) + 17
        return (builder.der, "tbsCertificate.validity.notAfter", .der(.invalidTime(offset: offset)), offset)
    },
    MalformedCase(name: "version v1 encoded explicitly") {
        var builder = CertificateBuilder()
        builder.version = hex("a0 03 02 01 00")
        builder.extensions = []
        return (builder.der, "tbsCertificate.version", .explicitDefaultVersion, builder.offset(ofField: 0))
    },
    MalformedCase(name: "version 4") {
        var builder = CertificateBuilder()
        builder.version = hex("a0 03 02 01 03")
        return (builder.der, "tbsCertificate.version", .unsupportedVersion(3), builder.offset(ofField: 0))
    },
    MalformedCase(name: "extensions in a v1 certificate") {
        var builder = CertificateBuilder()
        builder.version = nil
        return (builder.der, "tbsCertificate.extensions", .fieldRequiresVersion(field: "extensions", minimum: 3), builder.offset(ofField: 8))
    },
    MalformedCase(name: "extensions in a v2 certificate") {
        var builder = CertificateBuilder()
        builder.version = hex("a0 03 02 01 01")
        return (builder.der, "tbsCertificate.extensions", .fieldRequiresVersion(field: "extensions", minimum: 3), builder.offset(ofField: 8))
    },
    MalformedCase(name: "issuerUniqueID in a v1 certificate") {
        var builder = CertificateBuilder()
        builder.version = nil
        builder.extensions = []
        builder.uniqueIDs = hex("81 02 00 aa")
        return (builder.der, "tbsCertificate.issuerUniqueID", .fieldRequiresVersion(field: "issuerUniqueID", minimum: 2), builder.offset(ofField: 7))
    },
    MalformedCase(name: "subjectUniqueID with unused bits set") {
        var builder = CertificateBuilder()
        builder.uniqueIDs = hex("82 02 01 ff")
        let offset = builder.offset(ofField: 7)
        return (builder.der, "tbsCertificate.subjectUniqueID", .der(.invalidBitString(offset: offset)), offset)
    },
    MalformedCase(name: "empty extensions") {
        var builder = CertificateBuilder()
        builder.extensions = hex("a3 02 30 00")
        let offset = builder.offset(ofField: 8) + 2
        return (builder.der, "tbsCertificate.extensions", .empty, offset)
    },
    MalformedCase(name: "duplicate extension") {
        var builder = CertificateBuilder()
        builder.extensions = CertificateBuilder.extensionsBlock([bcDuplicate, bcDuplicate])
        let offset = builder.offset(ofField: 8) + 4 + bcDuplicate.count
        return (builder.der, "tbsCertificate.extensions[1]", .duplicateExtension(OID(dotted: "2.5.29.19")!), offset)
    },
    MalformedCase(name: "critical encoded as FALSE") {
        var builder = CertificateBuilder()
        let ext = hex("30 0c 06 03 55 1d 13 01 01 00 04 02 30 00")
        builder.extensions = CertificateBuilder.extensionsBlock([ext])
        let offset = builder.offset(ofField: 8) + 4 + 7
        return (builder.der, "tbsCertificate.extensions[0]", .der(.invalidBoolean(offset: offset)), offset)
    },
    MalformedCase(name: "basicConstraints with cA FALSE encoded") {
        var builder = CertificateBuilder()
        let ext = CertificateBuilder.extensionElement("2.5.29.19", value: hex("30 03 01 01 00"))
        builder.extensions = CertificateBuilder.extensionsBlock([ext])
        let offset = builder.der.offset(of: hex("30 03 01 01 00"))! + 2
        return (builder.der, "tbsCertificate.extensions.basicConstraints", .der(.invalidBoolean(offset: offset)), offset)
    },
    MalformedCase(name: "subjectAltName with a 5-octet iPAddress") {
        var builder = CertificateBuilder()
        let ext = CertificateBuilder.extensionElement("2.5.29.17", value: hex("30 07 87 05 01 02 03 04 05"))
        builder.extensions = CertificateBuilder.extensionsBlock([ext])
        let offset = builder.der.offset(of: hex("87 05 01 02 03 04 05"))!
        return (builder.der, "tbsCertificate.extensions.subjectAltName[0]", .invalid("iPAddress must be 4 or 16 octets, found 5"), offset)
    },
    MalformedCase(name: "empty subjectAltName") {
        var builder = CertificateBuilder()
        let ext = CertificateBuilder.extensionElement("2.5.29.17", value: hex("30 00"))
        builder.extensions = CertificateBuilder.extensionsBlock([ext])
        let offset = builder.der.offset(of: hex("04 02 30 00"))! + 2
        return (builder.der, "tbsCertificate.extensions.subjectAltName", .empty, offset)
    },
    MalformedCase(name: "inner and outer signature algorithms differ") {
        var builder = CertificateBuilder()
        builder.outerAlgorithm = hex("30 0a 06 08 2a 86 48 ce 3d 04 03 03")
        return (builder.der, "signatureAlgorithm", .signatureAlgorithmMismatch, builder.outerAlgorithmOffset)
    },
    MalformedCase(name: "Ed25519 key of 31 bytes") {
        var builder = CertificateBuilder()
        builder.publicKey = hex("30 29 30 05 06 03 2b 65 70 03 20 00") + [UInt8](repeating: 0x11, count: 31)
        let offset = builder.offset(ofField: 6) + 9
        return (builder.der, "tbsCertificate.subjectPublicKeyInfo.subjectPublicKey", .invalid("Ed25519 key must be 32 bytes, found 31"), offset)
    },
    MalformedCase(name: "signature BIT STRING with unused bits set") {
        var builder = CertificateBuilder()
        builder.signature = hex("03 02 01 01")
        let offset = builder.outerAlgorithmOffset + builder.innerAlgorithm.count
        return (builder.der, "signatureValue", .der(.invalidBitString(offset: offset)), offset)
    },
]

@Suite("Certificate parsing")
struct CertificateParsingTests {
    @Test func parsesBuiltCertificate() throws {
        let builder = CertificateBuilder()
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.version == .v3)
        #expect(certificate.serialNumber.hexString == "01")
        #expect(certificate.issuer.commonName == "Test CA")
        #expect(certificate.subject.commonName == "leaf")
        #expect(certificate.notBefore.rfc3339 == "2025-01-01T00:00:00Z")
        #expect(certificate.notAfter.rfc3339 == "2035-01-01T00:00:00Z")
        #expect(certificate.subjectPublicKeyInfo.summary == "Ed25519")
        #expect(certificate.extensions.basicConstraints == BasicConstraints(isCA: true))
        #expect(certificate.isCA)
        #expect(certificate.leniencies.isEmpty)
        #expect(certificate.signature.elementsEqual([0xAB, 0xCD]))
        #expect(certificate.tbsCertificateBytes.elementsEqual(builder.tbs))
        #expect(certificate.derEncoded == builder.der)
    }

    @Test(arguments: malformedCases)
    func rejectsMalformed(_ testCase: MalformedCase) {
        let (der, field, reason, offset) = testCase.build()
        #expect(throws: X509ParseError(field: field, reason: reason, offset: offset)) {
            try Certificate(derEncoded: der)
        }
    }

    @Test func errorDescriptionNamesFieldAndOffset() {
        var builder = CertificateBuilder()
        builder.issuer = [0x30, 0x81] + CertificateBuilder.name(cn: "Test CA").dropFirst()
        let offset = builder.offset(ofField: 3) + 1
        do {
            _ = try Certificate(derEncoded: builder.der)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "tbsCertificate.issuer: non-minimal length at byte \(offset)")
        }
    }

    @Test func unknownCriticalExtensionIsKept() throws {
        var builder = CertificateBuilder()
        let unknown = CertificateBuilder.extensionElement("1.2.3.4", critical: true, value: hex("05 00"))
        builder.extensions = CertificateBuilder.extensionsBlock([CertificateBuilder.basicConstraintsCA, unknown])
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.extensions.count == 2)
        #expect(certificate.extensions.unhandledCritical.map(\.oid) == [OID(dotted: "1.2.3.4")!])
        #expect(certificate.extensions[1].decoded == .unknown)
        #expect(certificate.extensions[1].value.elementsEqual([0x05, 0x00]))
    }

    @Test(arguments: [
        ("02 01 00", Leniencies.serialNumberZero, "00"),
        ("02 01 ff", Leniencies.serialNumberNegative, "-01"),
        ("02 15 01" + String(repeating: " 00", count: 20), Leniencies.serialNumberTooLong, "01" + String(repeating: "00", count: 20)),
    ])
    func serialNumberLeniencies(serial: String, leniency: Leniencies, hexForm: String) throws {
        var builder = CertificateBuilder()
        builder.serial = hex(serial)
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.leniencies == leniency)
        #expect(certificate.serialNumber.hexString == hexForm)
    }

    @Test func keyUsageNotMinimalIsAcceptedAndFlagged() throws {
        var builder = CertificateBuilder()
        // The Trustwave ECC roots' encoding: BIT STRING, 7 unused bits, 06 00.
        let ku = CertificateBuilder.extensionElement("2.5.29.15", critical: true, value: hex("03 03 07 06 00"))
        builder.extensions = CertificateBuilder.extensionsBlock([CertificateBuilder.basicConstraintsCA, ku])
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.leniencies == .keyUsageNotMinimal)
        #expect(certificate.extensions.keyUsage == [.keyCertSign, .cRLSign])
    }

    @Test func minimalKeyUsageIsNotFlagged() throws {
        var builder = CertificateBuilder()
        let ku = CertificateBuilder.extensionElement("2.5.29.15", critical: true, value: hex("03 02 01 06"))
        builder.extensions = CertificateBuilder.extensionsBlock([ku])
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.leniencies.isEmpty)
        #expect(certificate.extensions.keyUsage == [.keyCertSign, .cRLSign])
    }

    @Test func equalityAndHashingFollowDER() throws {
        let a = try Certificate(derEncoded: CertificateBuilder().der)
        let b = try Certificate(derEncoded: CertificateBuilder().der)
        var builder = CertificateBuilder()
        builder.serial = hex("02 01 02")
        let c = try Certificate(derEncoded: builder.der)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }
}
