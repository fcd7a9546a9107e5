import PureX509
import PureX509Probe
import PureX509ProbeTestSupport
import Testing

/// The probe against `openssl s_server` on 127.0.0.1 speaking TLS 1.2 only: each leaf key
/// type, each kind of key exchange, a leaf-only chain, SNI-dependent certificates, client
/// certificate requests, ALPN, and handshake failures in words.
@Suite(.enabled(if: OpenSSLServer.executable != nil, Comment(rawValue: OpenSSLServer.skipMessage)))
struct LiveTLS12Tests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let server: [String]
        var serverName: String? = "probe.test"
        let suite: String
        let chainLength: Int
        let leafCommonName: String
        /// The scheme of the ServerKeyExchange signature, or nil for RSA key transport.
        let scheme: String?
        var group: String? = "X25519"
        var alpn: String? = nil
        var clientCertificateRequested = false
        var testDescription: String { name }
    }

    static let chain = ["-cert_chain", "intermediate.pem"]

    static let cases: [Case] = [
        Case(name: "RSA leaf, ECDHE_RSA", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2"] + chain,
             suite: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "rsa_pss_rsae_sha256"),
        Case(name: "P-256 leaf, ECDHE_ECDSA", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_2"] + chain,
             suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "P-384 leaf, AES-256", server: ["-cert", "p384.pem", "-key", "p384.key", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384"] + chain,
             suite: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", chainLength: 2, leafCommonName: "probe.test",
             // TLS 1.2 does not bind the curve to the scheme: 0x0403 is ECDSA with SHA-256 on any curve.
             scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "Ed25519 leaf", server: ["-cert", "ed25519.pem", "-key", "ed25519.key", "-tls1_2"] + chain,
             suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "ed25519"),
        Case(name: "ChaCha20 suite, P-256 group", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_2", "-cipher", "ECDHE-ECDSA-CHACHA20-POLY1305", "-groups", "P-256"] + chain,
             suite: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256", group: "P-256"),
        Case(name: "CBC suite, RSA PKCS#1 signature", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2", "-cipher", "ECDHE-RSA-AES256-SHA", "-sigalgs", "RSA+SHA384"] + chain,
             suite: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", chainLength: 2, leafCommonName: "probe.test", scheme: "rsa_pkcs1_sha384"),
        Case(name: "DHE_RSA", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2", "-cipher", "DHE-RSA-AES128-GCM-SHA256"] + chain,
             suite: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "rsa_pss_rsae_sha256", group: "DHE 2048-bit"),
        Case(name: "leaf only", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_2"],
             suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 1, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "SNI picks the second certificate", server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-tls1_2"],
             serverName: "other.test", suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 1, leafCommonName: "other.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "SNI for the default certificate", server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-tls1_2"],
             suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 1, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "no SNI sent", server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-tls1_2"],
             serverName: nil, suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 1, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "client certificate requested, ALPN h2", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_2", "-verify", "1", "-alpn", "h2"] + chain,
             suite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", chainLength: 2, leafCommonName: "probe.test", scheme: "ecdsa_secp256r1_sha256",
             alpn: "h2", clientCertificateRequested: true),
    ]

    @Test(arguments: cases)
    func probe(_ testCase: Case) throws {
        let server = try OpenSSLServer(testCase.server)
        defer { server.stop() }
        let options = ProbeOptions(host: "127.0.0.1", port: server.port, serverName: testCase.serverName, sendServerName: testCase.serverName != nil, timeout: 10)
        let result = try TLSProbe.run(options)
        #expect(result.version == "TLS 1.2")
        #expect(result.cipherSuite.name == testCase.suite)
        #expect(result.certificates.count == testCase.chainLength)
        #expect(result.serverName == testCase.serverName)
        #expect(result.peerAddress == "127.0.0.1:\(server.port)")
        let leaf = try Certificate(derEncoded: result.certificates[0])
        #expect(leaf.subject.description.contains("CN=\(testCase.leafCommonName)") || leaf.subject.description.contains("CN = \(testCase.leafCommonName)"), "\(leaf.subject)")
        if testCase.chainLength == 2 {
            let issuer = try Certificate(derEncoded: result.certificates[1])
            #expect(issuer.isCA)
        }
        #expect(result.signatureScheme?.name == testCase.scheme)
        #expect(result.keyExchangeGroup == testCase.group)
        #expect(result.alpn == testCase.alpn)
        #expect(result.clientCertificateRequested == testCase.clientCertificateRequested)
        if case .proven(let how) = result.keyPossession {
            #expect(how.contains("ServerKeyExchange"))
        } else {
            Issue.record("key possession not proven: \(result.keyPossession)")
        }
    }

    @Test func rsaKeyTransportIsNotProven() throws {
        let server = try OpenSSLServer(["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2", "-cipher", "AES128-GCM-SHA256"])
        defer { server.stop() }
        let result = try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "probe.test"))
        #expect(result.cipherSuite.name == "TLS_RSA_WITH_AES_128_GCM_SHA256")
        #expect(result.keyExchangeGroup == nil)
        #expect(result.certificates.count == 1)
        guard case .notProven(let why) = result.keyPossession else {
            Issue.record("RSA key transport claimed a proof: \(result.keyPossession)")
            return
        }
        #expect(why.contains("RSA key exchange"))
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        let name: String
        let server: [String]
        let serverName: String?
        /// The alert expected, or nil when the probe itself stops (with `words`).
        let alert: UInt8?
        let words: String
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(name: "no shared cipher suite", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"],
                serverName: "probe.test", alert: 40, words: "no shared cipher"),
        Failure(name: "server requires an SNI name it knows", server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-servername_fatal", "-tls1_2"],
                serverName: "unknown.test", alert: 112, words: "requires SNI"),
        // supported_versions lists 1.3 and 1.2 only, so a TLS 1.1 server finds no version
        // (a server choosing 1.1 from legacy_version is in HostileServerTests).
        Failure(name: "server speaks TLS 1.1 only", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_1", "-cipher", "ALL:@SECLEVEL=0"],
                serverName: "probe.test", alert: 70, words: "protocol_version (no shared protocol version (x509dump offers TLS 1.2 and 1.3 only))"),
    ]

    @Test(arguments: failures)
    func failure(_ failure: Failure) throws {
        let server = try OpenSSLServer(failure.server)
        defer { server.stop() }
        do {
            let result = try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: failure.serverName))
            Issue.record("the handshake succeeded: \(result.version) \(result.cipherSuite)")
        } catch {
            #expect(error.description.contains(failure.words), "\(error)")
            guard let expected = failure.alert else {
                if case .alert = error { Issue.record("expected the probe to stop by itself, got \(error)") }
                return
            }
            guard case .alert(let alert) = error else {
                Issue.record("expected an alert, got \(error)")
                return
            }
            #expect(alert.code == expected)
        }
    }
}
