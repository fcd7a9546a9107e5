import Testing
@testable import PureX509
import PureX509Crypto

/// PKCS#12 files made by OpenSSL 3.0 (default, `-legacy`, and variants): what is read
/// equals what `openssl pkcs12 -nokeys` / `-nocerts -nodes` extracted (recorded with each
/// file), and each kind of failure has its own error.
@Suite("PKCS#12")
struct PKCS12BundleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let password: String?
        let integrity: String
        let friendlyName: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "default.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "default-sha1mac.p12", password: KeyVectors.password, integrity: "HMAC-SHA-1 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "legacy.p12", password: KeyVectors.password, integrity: "HMAC-SHA-1 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "legacy-3des.p12", password: KeyVectors.password, integrity: "HMAC-SHA-1 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "unicode-password.p12", password: KeyVectors.unicodePassword,
             integrity: "HMAC-SHA-256 MAC (2048 iterations)", friendlyName: "PureX509 ключ"),
        Case(file: "unicode-password-legacy.p12", password: KeyVectors.unicodePassword,
             integrity: "HMAC-SHA-1 MAC (2048 iterations)", friendlyName: "PureX509 ключ"),
        Case(file: "empty-password.p12", password: "", integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "empty-password.p12", password: nil, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "nomac.p12", password: KeyVectors.password, integrity: "no MAC", friendlyName: "PureX509 leaf"),
        Case(file: "unencrypted.p12", password: nil, integrity: "no MAC", friendlyName: "PureX509 leaf"),
        Case(file: "ec.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "ec key"),
        Case(file: "ed25519.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "ed25519 key"),
        Case(file: "key-only.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "lonely key"),
        Case(file: "certs-only.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: nil),
        Case(file: "high-iter.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (10000 iterations)",
             friendlyName: "PureX509 leaf"),
        Case(file: "mismatched.p12", password: KeyVectors.password, integrity: "HMAC-SHA-256 MAC (2048 iterations)",
             friendlyName: "mismatched"),
    ]

    @Test("contents equal what OpenSSL extracts", arguments: cases)
    func roundTrip(_ c: Case) throws {
        let bundle = try PKCS12Bundle(derEncoded: KeyVectors.bytes(c.file), password: c.password)
        #expect(bundle.integrity.name == c.integrity)
        let expectedCertificates = try KeyVectors.pemBlocks(c.file + ".extracted-certs.pem", label: .certificate)
        #expect(Set(bundle.certificates.map(\.derEncoded)) == Set(expectedCertificates))
        #expect(bundle.certificates.count == expectedCertificates.count)

        let expectedKeys = try KeyVectors.pemBlocks(c.file + ".extracted-keys.pem", label: .privateKey)
            .map { try PrivateKey(pkcs8DER: $0) }
        #expect(bundle.privateKeys.count == expectedKeys.count)
        for (key, expected) in zip(bundle.privateKeys, expectedKeys) {
            #expect(key.isSameKey(as: expected))
        }
        #expect(bundle.safes.allSatisfy { $0.problem == nil })
        if let name = c.friendlyName {
            #expect(bundle.bags.contains { $0.friendlyName == name })
        }
    }

    /// OpenSSL pairs a key with its certificate through localKeyID (the certificate's
    /// SHA-1 fingerprint).
    @Test func localKeyIDPairsKeyAndCertificate() throws {
        let bundle = try PKCS12Bundle(derEncoded: KeyVectors.bytes("default.p12"), password: KeyVectors.password)
        let keyBag = try #require(bundle.bags.first { if case .privateKey = $0.content { return true } else { return false } })
        let id = try #require(keyBag.localKeyID)
        let certificateBag = try #require(bundle.bags.first { $0.localKeyID == id && $0.kindName == "certificate" })
        guard case .certificate(let certificate) = certificateBag.content else { Issue.record("not a certificate"); return }
        #expect(certificate.fingerprint(.sha1) == id)
        #expect(keyBag.kindName == "shrouded private key")
    }

    @Test("schemes are named per safe", arguments: [
        ("default.p12", "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)"),
        ("legacy.p12", "pbeWithSHA1And40BitRC2-CBC (2048 iterations)"),
        ("legacy-3des.p12", "pbeWithSHA1And3-KeyTripleDES-CBC (2048 iterations)"),
    ])
    func schemes(_ file: String, _ certificateScheme: String) throws {
        let bundle = try PKCS12Bundle(derEncoded: KeyVectors.bytes(file), password: KeyVectors.password)
        let encrypted = bundle.safes.compactMap { safe -> String? in
            if case .password(let scheme) = safe.protection { return scheme.name }
            return nil
        }
        #expect(encrypted == [certificateScheme])
        let keyScheme = bundle.privateKeys.first?.protection?.name
        #expect(keyScheme == (file == "default.p12" ? certificateScheme : "pbeWithSHA1And3-KeyTripleDES-CBC (2048 iterations)"))
    }

    @Test("wrong password", arguments: ["default.p12", "legacy.p12", "unicode-password.p12", "nomac.p12", "high-iter.p12"])
    func wrongPassword(_ file: String) throws {
        let error = #expect(throws: ContainerError.self) {
            try PKCS12Bundle(derEncoded: KeyVectors.bytes(file), password: "not the password")
        }
        #expect(error?.kind == .wrongPassword, "\(String(describing: error))")
    }

    @Test("no password", arguments: ["default.p12", "legacy.p12", "nomac.p12"])
    func passwordRequired(_ file: String) throws {
        let error = #expect(throws: ContainerError.self) { try PKCS12Bundle(derEncoded: KeyVectors.bytes(file)) }
        #expect(error?.kind == .passwordRequired, "\(String(describing: error))")
    }

    /// One byte flipped inside the encrypted certificates: the password still decrypts the
    /// key, so this is an altered file, not a wrong password.
    @Test func corruptFileIsNotAWrongPassword() throws {
        let error = #expect(throws: ContainerError.self) {
            try PKCS12Bundle(derEncoded: KeyVectors.bytes("corrupt.p12"), password: KeyVectors.password)
        }
        #expect(error?.kind == .integrityCheckFailed || error?.kind == .malformed, "\(String(describing: error))")
        #expect(error?.kind != .wrongPassword)
    }

    @Test func truncatedFile() throws {
        let bytes = try KeyVectors.bytes("default.p12")
        for length in stride(from: 0, to: bytes.count, by: 7) {
            let error = #expect(throws: ContainerError.self) {
                try PKCS12Bundle(derEncoded: Array(bytes[0..<length]), password: KeyVectors.password)
            }
            #expect(error?.kind == .malformed, "length \(length): \(String(describing: error))")
        }
        let error = #expect(throws: ContainerError.self) {
            try PKCS12Bundle(derEncoded: KeyVectors.bytes("truncated.p12"), password: KeyVectors.password)
        }
        #expect(error?.kind == .malformed)
        #expect(error?.description.contains("truncated") == true)
    }

    /// A PBMAC1 MAC (RFC 9579) over the AuthenticatedSafe of an OpenSSL file, built here
    /// from the crypto layer's PBKDF2 and HMAC (each checked against published vectors);
    /// OpenSSL 3.0 cannot write PBMAC1.
    @Test func pbmac1() throws {
        let original = try KeyVectors.bytes("nomac.p12")
        var reader = DERReader(original)
        let pfx = try PFXLayout.read(&reader)
        let authSafe = Array(original[pfx.authSafe])
        let salt: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]
        func build(password: String, tamper: Bool) throws -> [UInt8] {
            let key = try PBKDF2.deriveKey(password: Array(password.utf8), salt: salt, iterations: 1000, keyLength: 32, prf: .sha256)
            var mac = HashAlgorithm.sha256.authenticationCode(for: authSafe, key: key)
            if tamper { mac[0] ^= 1 }
            var writer = DERWriter()
            writer.writeSequence { pfxWriter in
                pfxWriter.writeInteger(3)
                pfxWriter.writeSequence { contentInfo in
                    contentInfo.writeObjectIdentifier(.pkcs7Data)
                    contentInfo.writeExplicit(0) { $0.writeOctetString(authSafe) }
                }
                pfxWriter.writeSequence { macData in
                    macData.writeSequence { digestInfo in
                        digestInfo.writeSequence { algorithm in
                            algorithm.writeObjectIdentifier(.pbmac1)
                            algorithm.writeSequence { params in
                                params.writeSequence { kdf in
                                    kdf.writeObjectIdentifier(.pbkdf2)
                                    kdf.writeSequence { p in
                                        p.writeOctetString(salt)
                                        p.writeInteger(1000)
                                        p.writeInteger(32)
                                        p.writeSequence { prf in
                                            prf.writeObjectIdentifier(.hmacWithSHA256)
                                            prf.writeNull()
                                        }
                                    }
                                }
                                params.writeSequence { scheme in
                                    scheme.writeObjectIdentifier(.hmacWithSHA256)
                                    scheme.writeNull()
                                }
                            }
                        }
                        digestInfo.writeOctetString(mac)
                    }
                    macData.writeOctetString(Array("NOT USED".utf8))
                    macData.writeInteger(1)
                }
            }
            return writer.bytes
        }
        let good = try build(password: KeyVectors.password, tamper: false)
        let bundle = try PKCS12Bundle(derEncoded: good, password: KeyVectors.password)
        #expect(bundle.integrity == .pbmac1(hmac: .sha256, pbkdf2: .sha256, iterations: 1000))
        #expect(bundle.certificates.count == 2)
        #expect(bundle.privateKeys.count == 1)
        let wrong = #expect(throws: ContainerError.self) { try PKCS12Bundle(derEncoded: good, password: "nope") }
        #expect(wrong?.kind == .wrongPassword)
        let tampered = #expect(throws: ContainerError.self) {
            try PKCS12Bundle(derEncoded: try build(password: KeyVectors.password, tamper: true), password: KeyVectors.password)
        }
        #expect(tampered?.kind == .integrityCheckFailed)
    }
}
