import Testing
@testable import PureX509

/// `.p7b` bundles made by `openssl crl2pkcs7`: the certificates and CRLs read equal the ones
/// `openssl pkcs7 -print_certs` extracts (recorded next to each bundle) and the CRL put in.
@Suite("PKCS#7 certificate bundles")
struct PKCS7BundleTests {
    static func bundle(_ file: String) throws -> PKCS7Bundle {
        let bytes = try KeyVectors.bytes(file)
        if bytes.first == 0x30 { return try PKCS7Bundle(derEncoded: bytes) }
        let block = try #require(try PEMDocument(parsing: bytes).blocks.first)
        #expect(block.label == .pkcs7)
        return try PKCS7Bundle(pemBlock: block)
    }

    @Test("certificates equal what OpenSSL extracts", arguments: [
        ("chain.p7b", 3), ("chain.p7b.der", 3), ("chain-crl.p7b", 3), ("single.p7b", 1),
    ])
    func roundTrip(_ file: String, _ count: Int) throws {
        let bundle = try Self.bundle(file)
        let expected = try KeyVectors.pemBlocks(file + ".extracted-certs.pem", label: .certificate)
        #expect(expected.count == count)
        #expect(bundle.certificates.map(\.derEncoded) == expected)
        #expect(bundle.signerCount == 0)
        #expect(bundle.contentType == .pkcs7Data)
    }

    @Test func crlInBundle() throws {
        let bundle = try Self.bundle("chain-crl.p7b")
        #expect(bundle.crls.map(\.derEncoded) == [try KeyVectors.bytes("intermediate.crl.der")])
        #expect(try Self.bundle("chain.p7b").crls.isEmpty)
        #expect(bundle.description == "PKCS#7 bundle: 3 certificates, 1 CRL")
    }

    @Test func emptyBundle() throws {
        let bundle = try Self.bundle("empty.p7b")
        #expect(bundle.certificates.isEmpty)
        #expect(bundle.crls.isEmpty)
    }

    /// Every truncation of a bundle is a typed error (never a crash), pointing inside it.
    @Test func truncations() throws {
        let bytes = try KeyVectors.bytes("chain-crl.p7b.der".replacingOccurrences(of: "-crl", with: ""))
        for length in 0..<bytes.count {
            let error = #expect(throws: ContainerError.self) { try PKCS7Bundle(derEncoded: Array(bytes[0..<length])) }
            #expect(error?.kind == .malformed || error?.kind == .invalid, "length \(length)")
            if let offset = error?.offset { #expect(offset <= length) }
        }
    }

    /// BER with an indefinite length (as Windows writes) is named, with its offset and the
    /// command that converts it.
    @Test func indefiniteLength() throws {
        let der = try KeyVectors.bytes("chain.p7b.der")
        // Outer SEQUENCE 30 82 LL LL -> 30 80 ... 00 00.
        #expect(der[0] == 0x30 && der[1] == 0x82)
        let ber = [0x30, 0x80] + der[4...] + [0, 0]
        let error = #expect(throws: ContainerError.self) { try PKCS7Bundle(derEncoded: ber) }
        #expect(error?.reason == .malformed(.indefiniteLength(offset: 1)))
        #expect(error?.hint?.contains("openssl pkcs7") == true)
    }

    @Test func notSignedData() throws {
        // ContentInfo { id-data, [0] { OCTET STRING } }
        var writer = DERWriter()
        writer.writeSequence { w in
            w.writeObjectIdentifier(.pkcs7Data)
            w.writeExplicit(0) { $0.writeOctetString([1, 2, 3]) }
        }
        let error = #expect(throws: ContainerError.self) { try PKCS7Bundle(derEncoded: writer.bytes) }
        #expect(error?.kind == .unsupported)
        #expect(error?.offset == 2)
    }
}
