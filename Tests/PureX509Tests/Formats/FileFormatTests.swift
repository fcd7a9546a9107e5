import Testing
@testable import PureX509

/// Format sniffing over every kind of committed vector and hand-made samples of the formats
/// OpenSSL does not write (Java keystores, OpenSSH, PuTTY, BER).
@Suite("File format sniffing")
struct FileFormatTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let kind: FileFormat.Kind
        var testDescription: String { file }
    }

    @Test("committed vectors", arguments: [
        Case(file: "rsa-2048.cert.der", kind: .derCertificate),
        Case(file: "rsa-2048.cert.pem", kind: .pem(labels: ["CERTIFICATE"])),
        Case(file: "chain.pem", kind: .pem(labels: ["CERTIFICATE", "CERTIFICATE", "CERTIFICATE"])),
        Case(file: "rsa-2048.csr.der", kind: .derCertificateRequest),
        Case(file: "intermediate.crl.der", kind: .derCRL),
        Case(file: "rsa-2048.der", kind: .derPrivateKey(.pkcs8)),
        Case(file: "rsa-2048.pkcs1.der", kind: .derPrivateKey(.pkcs1)),
        Case(file: "ec-p256.sec1.der", kind: .derPrivateKey(.sec1)),
        Case(file: "ed448.v2.der", kind: .derPrivateKey(.oneAsymmetricKey)),
        Case(file: "ec-p256.pbes2-aes256-sha256.der", kind: .derEncryptedPrivateKey),
        Case(file: "rsa-2048.pub.der", kind: .derPublicKey),
        Case(file: "ed25519.pub.der", kind: .derPublicKey),
        Case(file: "chain.p7b.der", kind: .pkcs7(isBER: false)),
        Case(file: "chain.p7b", kind: .pem(labels: ["PKCS7"])),
        Case(file: "default.p12", kind: .pkcs12(isBER: false)),
        Case(file: "legacy.p12", kind: .pkcs12(isBER: false)),
        Case(file: "rsa-2048.legacy-aes256.pem", kind: .pem(labels: ["RSA PRIVATE KEY"])),
        Case(file: "dsa.trad.pem", kind: .pem(labels: ["DSA PRIVATE KEY"])),
        Case(file: "rsa-2048.rsapub.pem", kind: .pem(labels: ["RSA PUBLIC KEY"])),
    ])
    func vectors(_ c: Case) throws {
        #expect(FileFormat.detect(try KeyVectors.bytes(c.file)).kind == c.kind)
    }

    @Test func derRSAPublicKey() throws {
        let block = try #require(try PEMDocument(parsing: KeyVectors.bytes("rsa-2048.rsapub.pem")).blocks.first)
        #expect(FileFormat.detect(block.der).kind == .derRSAPublicKey)
    }

    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let kind: FileFormat.Kind
        let adviceContains: String?
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "empty", bytes: [], kind: .empty, adviceContains: nil),
        Sample(name: "whitespace", bytes: Array(" \n\t\r\n".utf8), kind: .empty, adviceContains: nil),
        Sample(name: "JKS", bytes: [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 1], kind: .javaKeyStore,
               adviceContains: "keytool -importkeystore"),
        Sample(name: "JCEKS", bytes: [0xCE, 0xCE, 0xCE, 0xCE, 0, 0, 0, 2], kind: .javaJCEKS, adviceContains: "keytool"),
        Sample(name: "OpenSSH private key",
               bytes: Array("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----\n".utf8),
               kind: .openSSHPrivateKey, adviceContains: "ssh-keygen -p -m PKCS8"),
        Sample(name: "OpenSSH public key",
               bytes: Array("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ1c3Rlcg me@host\n".utf8), kind: .openSSHPublicKey,
               adviceContains: "ssh-keygen -e -m PKCS8"),
        Sample(name: "authorized_keys with options",
               bytes: Array("from=\"10.0.0.1\" ecdsa-sha2-nistp256 AAAAE2VjZHNh me\n".utf8), kind: .openSSHPublicKey,
               adviceContains: "ssh-keygen"),
        Sample(name: "SSH2 public key", bytes: Array("---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----\n".utf8),
               kind: .ssh2PublicKey, adviceContains: "ssh-keygen"),
        Sample(name: "PuTTY key", bytes: Array("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n".utf8),
               kind: .puttyPrivateKey, adviceContains: "puttygen"),
        Sample(name: "text", bytes: Array("MIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBBQUAMBExDzANBgNVBAMMBnVudXNlZDAe\n".utf8),
               kind: .text, adviceContains: "BEGIN CERTIFICATE"),
        Sample(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], kind: .binary, adviceContains: nil),
        Sample(name: "BER PKCS#12", bytes: [0x30, 0x80, 0x02, 0x01, 0x03, 0x30, 0x80, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7],
               kind: .pkcs12(isBER: true), adviceContains: "openssl pkcs12"),
        Sample(name: "BER PKCS#7",
               bytes: [0x30, 0x80, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02, 0xA0, 0x80],
               kind: .pkcs7(isBER: true), adviceContains: "openssl pkcs7"),
        Sample(name: "unknown DER", bytes: [0x30, 0x03, 0x01, 0x01, 0xFF], kind: .unknownDER, adviceContains: nil),
        // Windows line ends: CR LF is one Swift Character, neither "\n" nor "\r".
        Sample(name: "PEM with CR LF", bytes: Array("-----BEGIN CERTIFICATE-----\r\nMAA=\r\n-----END CERTIFICATE-----\r\n".utf8),
               kind: .pem(labels: ["CERTIFICATE"]), adviceContains: nil),
        Sample(name: "OpenSSH private key with CR LF",
               bytes: Array("-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3BlbnNzaC1rZXktdjE=\r\n-----END OPENSSH PRIVATE KEY-----\r\n".utf8),
               kind: .openSSHPrivateKey, adviceContains: "ssh-keygen"),
        Sample(name: "OpenSSH public key with CR LF",
               bytes: Array("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ1c3Rlcg me@host\r\nssh-rsa AAAAB3 you@host\r\n".utf8),
               kind: .openSSHPublicKey, adviceContains: "ssh-keygen"),
    ]

    @Test("hand-made samples", arguments: samples)
    func sample(_ s: Sample) {
        let format = FileFormat.detect(s.bytes)
        #expect(format.kind == s.kind)
        if let needle = s.adviceContains {
            #expect(format.advice?.contains(needle) == true, "\(format.advice ?? "no advice")")
        }
        #expect(!format.description.isEmpty)
    }

    @Test func pemDescriptionCountsLabels() throws {
        let text = try String(decoding: KeyVectors.bytes("chain.pem"), as: UTF8.self)
            + String(decoding: KeyVectors.bytes("ec-p256.pem"), as: UTF8.self)
        #expect(FileFormat.detect(Array(text.utf8)).description == "PEM text with 3 CERTIFICATE blocks and 1 PRIVATE KEY block")
    }

    /// No input makes sniffing crash: every prefix of every kind of file.
    @Test func prefixesNeverCrash() throws {
        for file in ["default.p12", "chain.p7b.der", "rsa-2048.cert.der", "ec-p256.sec1.der", "chain.pem"] {
            let bytes = try KeyVectors.bytes(file)
            for length in 0...bytes.count { _ = FileFormat.detect(Array(bytes[0..<length])) }
        }
    }
}
