import Testing
@testable import PureX509ASN1

@Suite("OID registry")
struct OIDRegistryTests {
    @Test("every constant's dotted form round-trips")
    func dottedRoundTrip() {
        #expect(registryExpected.count == OIDRegistry.entries.count)
        for row in registryExpected {
            #expect(row.oid.dotted == row.dotted, "\(row.name)")
            #expect(OID(dotted: row.dotted) == row.oid, "\(row.name)")
            #expect(OID(derContent: row.oid.derContent) == row.oid, "\(row.name)")
            #expect(row.oid.shortName == row.short, "\(row.name)")
            #expect(row.oid.longName == row.long, "\(row.name)")
        }
    }

    @Test("names are unique, so every name finds its identifier")
    func uniqueNames() {
        var oids = Set<OID>(), shorts = Set<String>(), longs = Set<String>()
        for entry in OIDRegistry.entries {
            #expect(oids.insert(entry.oid).inserted, "duplicate \(entry.oid)")
            #expect(shorts.insert(entry.shortName).inserted, "duplicate short name \(entry.shortName)")
            // OpenSSL's long names are unique among themselves; a few equal their own short name.
            #expect(longs.insert(entry.longName).inserted, "duplicate long name \(entry.longName)")
            #expect(OID(shortName: entry.shortName) == entry.oid)
            #expect(OIDRegistry.oid(longName: entry.longName) == entry.oid)
        }
    }

    /// Names as `openssl x509 -text` and `openssl asn1parse` print them, written by hand.
    @Test("OpenSSL's names", arguments: [
        (OID.commonName, "2.5.4.3", "CN", "commonName"),
        (.countryName, "2.5.4.6", "C", "countryName"),
        (.sha256WithRSAEncryption, "1.2.840.113549.1.1.11", "RSA-SHA256", "sha256WithRSAEncryption"),
        (.basicConstraints, "2.5.29.19", "basicConstraints", "X509v3 Basic Constraints"),
        (.subjectAltName, "2.5.29.17", "subjectAltName", "X509v3 Subject Alternative Name"),
        (.serverAuth, "1.3.6.1.5.5.7.3.1", "serverAuth", "TLS Web Server Authentication"),
        (.clientAuth, "1.3.6.1.5.5.7.3.2", "clientAuth", "TLS Web Client Authentication"),
        (.ocspSigning, "1.3.6.1.5.5.7.3.9", "OCSPSigning", "OCSP Signing"),
        (.anyExtendedKeyUsage, "2.5.29.37.0", "anyExtendedKeyUsage", "Any Extended Key Usage"),
        (.ecPublicKey, "1.2.840.10045.2.1", "id-ecPublicKey", "id-ecPublicKey"),
        (.prime256v1, "1.2.840.10045.3.1.7", "prime256v1", "prime256v1"),
        (.secp256k1, "1.3.132.0.10", "secp256k1", "secp256k1"),
        (.brainpoolP256r1, "1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1", "brainpoolP256r1"),
        (.ed25519, "1.3.101.112", "ED25519", "ED25519"),
        (.x25519, "1.3.101.110", "X25519", "X25519"),
        (.rsassaPSS, "1.2.840.113549.1.1.10", "RSASSA-PSS", "rsassaPss"),
        (.pkcs7SignedData, "1.2.840.113549.1.7.2", "pkcs7-signedData", "pkcs7-signedData"),
        (.ctPrecertificateSCTs, "1.3.6.1.4.1.11129.2.4.2", "ct_precert_scts", "CT Precertificate SCTs"),
        (.ctPrecertificatePoison, "1.3.6.1.4.1.11129.2.4.3", "ct_precert_poison", "CT Precertificate Poison"),
        (.tlsFeature, "1.3.6.1.5.5.7.1.24", "tlsfeature", "TLS Feature"),
        (.msUPN, "1.3.6.1.4.1.311.20.2.3", "msUPN", "Microsoft User Principal Name"),
        (.netscapeCertType, "2.16.840.1.113730.1.1", "nsCertType", "Netscape Cert Type"),
        (.nsSGC, "2.16.840.1.113730.4.1", "nsSGC", "Netscape Server Gated Crypto"),
        (.msSGC, "1.3.6.1.4.1.311.10.3.3", "msSGC", "Microsoft Server Gated Crypto"),
        (.jurisdictionCountryName, "1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC", "jurisdictionCountryName"),
        (.ocspNonce, "1.3.6.1.5.5.7.48.1.2", "Nonce", "OCSP Nonce"),
        (.pbkdf2, "1.2.840.113549.1.5.12", "PBKDF2", "PBKDF2"),
        (.dsa, "1.2.840.10040.4.1", "DSA", "dsaEncryption"),
        (.emailAddress, "1.2.840.113549.1.9.1", "emailAddress", "emailAddress"),
        (.domainComponent, "0.9.2342.19200300.100.1.25", "DC", "domainComponent"),
    ])
    func openSSLNames(_ oid: OID, _ dotted: String, _ short: String, _ long: String) {
        #expect(oid.dotted == dotted)
        #expect(oid.shortName == short)
        #expect(oid.longName == long)
        #expect(oid.displayName == long)
        #expect(OIDRegistry.entry(for: oid)?.isOpenSSLName == true)
    }

    @Test("identifiers OpenSSL does not name carry ours", arguments: [
        (OID.cabfDomainValidated, "2.23.140.1.2.1"), (.cabfOrganizationValidated, "2.23.140.1.2.2"),
        (.cabfIndividualValidated, "2.23.140.1.2.3"), (.cabfEVGuidelines, "2.23.140.1.1"),
        (.cabfOrganizationIdentifier, "2.23.140.3.1"), (.msCertificateTemplate, "1.3.6.1.4.1.311.21.7"),
        (.msCertificateTemplateName, "1.3.6.1.4.1.311.20.2"),
    ])
    func ourNames(_ oid: OID, _ dotted: String) throws {
        #expect(oid.dotted == dotted)
        let entry = try #require(OIDRegistry.entry(for: oid))
        #expect(!entry.isOpenSSLName)
        #expect(oid.longName != nil)
    }

    @Test("lookups by name and unknown identifiers")
    func lookups() {
        #expect(OID(shortName: "CN") == .commonName)
        #expect(OID(shortName: "commonName") == nil)
        #expect(OID(name: "commonName") == .commonName)
        #expect(OID(name: "X509v3 Key Usage") == .keyUsage)
        #expect(OID(name: "1.2.3.4") == OID(dotted: "1.2.3.4"))
        #expect(OID(name: "no such name") == nil)
        let unknown = OID(dotted: "1.2.3.4.5")!
        #expect(unknown.shortName == nil && unknown.longName == nil)
        #expect(unknown.displayName == "1.2.3.4.5")
    }
}
