import Testing
import PureX509

/// Typed extension values of the committed vectors, against what 20-certs.sh asked for.
@Suite("Extensions of the committed vectors")
struct VectorExtensionTests {
    func load(_ name: String) throws -> Certificate {
        try Certificate(pemEncoded: try testVector("certs/" + name))
    }

    @Test func rsaLeafHasEverySANForm() throws {
        let certificate = try load("leaf-rsa2048.pem")
        let san = try #require(certificate.extensions.subjectAlternativeName)
        #expect(san.dnsNames == ["www.example.test", "*.api.example.test"])
        #expect(san.ipAddresses.map(\.description) == ["192.0.2.10", "2001:db8::1", "::ffff:c000:201"])
        #expect(san.emailAddresses == ["admin@example.test"])
        #expect(san.uris == ["https://www.example.test/path?q=1"])
        let forms = san.names.map(\.typeName)
        #expect(forms == ["dNSName", "dNSName", "iPAddress", "iPAddress", "iPAddress", "rfc822Name",
                          "uniformResourceIdentifier", "directoryName", "registeredID", "otherName", "otherName"])
        if case .directoryName(let name) = san.names[7] {
            #expect(name.rfc4514String == "CN=Directory Name,O=Example GmbH,C=DE")
        } else {
            Issue.record("expected a directoryName")
        }
        #expect(san.names[8] == .registeredID(OID(dotted: "1.2.3.4.5")!))
        if case .otherName(let other) = san.names[9] {
            #expect(other.userPrincipalName == "user@example.test")
        } else {
            Issue.record("expected an otherName")
        }
    }

    @Test func rsaLeafExtensions() throws {
        let certificate = try load("leaf-rsa2048.pem")
        let extensions = certificate.extensions
        #expect(extensions.basicConstraints == BasicConstraints(isCA: false))
        #expect(extensions.keyUsage == [.digitalSignature, .keyEncipherment])
        #expect(extensions.extendedKeyUsage?.purposes == [
            ExtendedKeyUsage.serverAuth, ExtendedKeyUsage.clientAuth, ExtendedKeyUsage.codeSigning,
            ExtendedKeyUsage.emailProtection, ExtendedKeyUsage.timeStamping, ExtendedKeyUsage.ocspSigning,
        ])
        let aki = try #require(extensions.authorityKeyIdentifier)
        let issuer = try load("inter-p384.pem")
        #expect(aki.keyIdentifier == issuer.extensions.subjectKeyIdentifier?.keyIdentifier)
        #expect(aki.authorityCertSerialNumber == nil)  // "keyid, issuer": issuer only when keyid fails
        let crldp = try #require(extensions.crlDistributionPoints)
        #expect(crldp.uris == ["http://crl.example.test/inter.crl", "ldap://ldap.example.test/cn=inter"])
        #expect(crldp.points.first?.reasons == [.keyCompromise, .cACompromise, .superseded])
        if case .directoryName(let name)? = crldp.points.first?.crlIssuer?.first {
            #expect(name.commonName == "CRL Issuer")
        } else {
            Issue.record("expected a cRLIssuer directoryName")
        }
        let aia = try #require(extensions.authorityInformationAccess)
        #expect(aia.ocspURIs == ["http://ocsp.example.test/inter"])
        #expect(aia.caIssuersURIs == ["http://ca.example.test/inter.der"])
        #expect(extensions.subjectInformationAccess?.descriptions.first?.method == AccessDescription.caRepository)
        #expect(extensions.issuerAlternativeName?.names == [
            .uniformResourceIdentifier("http://issuer.example.test/"), .rfc822Name("ca@example.test"),
        ])
        #expect(extensions.tlsFeature?.isMustStaple == true)
        #expect(extensions.freshestCRL?.uris == ["http://crl.example.test/delta.crl"])
        #expect(extensions.certificatePolicies?.identifiers == [OID(dotted: "2.23.140.1.2.1")!])
        #expect(certificate.serialNumber.hexString == "E1F2A3B4C5D6E7F8091A2B3C4D5E6F70819203")
        #expect(certificate.subjectPublicKeyInfo.summary == "RSA 2048")
    }

    @Test func intermediateConstraintsAndPolicies() throws {
        let certificate = try load("inter-p384.pem")
        let extensions = certificate.extensions
        #expect(extensions.basicConstraints == BasicConstraints(isCA: true, pathLengthConstraint: 0))
        let nc = try #require(extensions.nameConstraints)
        #expect(nc.permittedSubtrees?.map(\.base.valueDescription) == [
            "example.test", ".example.org", "example.test", "192.0.2.0/24", "2001:db8::/32", "O=Example,C=US",
        ])
        #expect(nc.excludedSubtrees?.map(\.base.valueDescription) == ["bad.example.test", ".evil.test"])
        let policies = try #require(extensions.certificatePolicies)
        #expect(policies.identifiers == [OID(dotted: "1.3.6.1.4.1.55555.1.1")!, OID(dotted: "2.23.140.1.2.2")!])
        let qualifiers = policies.policies[0].qualifiers
        #expect(qualifiers.first == .cps("https://cps.example.test/cps"))
        if case .userNotice(let notice)? = qualifiers.last {
            #expect(notice.explicitText == "Example explicit text")
            #expect(notice.organization == "Example Org")
            #expect(notice.noticeNumbers == [1, 2])
        } else {
            Issue.record("expected a user notice")
        }
        #expect(extensions.policyConstraints?.requireExplicitPolicy == 0)
        #expect(extensions.policyConstraints?.inhibitPolicyMapping == 1)
        #expect(extensions.inhibitAnyPolicy?.skipCerts == 0)
        #expect(certificate.subjectPublicKeyInfo.summary == "EC P-384")
    }

    @Test func precertificatePoisonAndKeys() throws {
        let p256 = try load("leaf-p256.pem")
        #expect(p256.extensions.isPrecertificate)
        #expect(p256.extensions[kind: .precertificatePoison]?.isCritical == true)
        #expect(p256.subject.organization == "例え株式会社")
        let p521 = try load("leaf-p521.pem")
        #expect(p521.subjectPublicKeyInfo.summary == "EC P-521")
        #expect(p521.subject.commonNames == [" lead  and trail ", "p521;semi, #hash"])
        #expect(p521.subject.domainComponents == ["test", "example"])
        let ed = try load("leaf-ed25519.pem")
        #expect(ed.subjectPublicKeyInfo.summary == "Ed25519")
        #expect(ed.subject.relativeNames.first?.attributes.count == 2)
        let root = try load("root-rsa4096.pem")
        #expect(root.isSelfIssued)
        #expect(!ed.isSelfIssued)
        #expect(root.subjectPublicKeyInfo.bitCount == 4096)
    }
}
