import PureX509
import PureX509Probe
import PureX509ProbeTestSupport
import Testing

/// The probe against `openssl s_server` on 127.0.0.1 speaking TLS 1.3: each cipher suite
/// (so each AEAD), each leaf key type, a leaf-only chain, SNI, a client certificate request,
/// ALPN, and failures in words.
@Suite(.enabled(if: OpenSSLServer.executable != nil, Comment(rawValue: OpenSSLServer.skipMessage)))
struct LiveTLS13Tests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let server: [String]
        var serverName: String? = "probe.test"
        var suite = "TLS_AES_128_GCM_SHA256"
        var chainLength = 2
        var leafCommonName = "probe.test"
        let scheme: String
        var alpn: String? = nil
        var clientCertificateRequested = false
        var testDescription: String { name }
    }

    static let chain = ["-cert_chain", "intermediate.pem", "-tls1_3"]

    static let cases: [Case] = [
        Case(name: "P-256 leaf, AES-128-GCM", server: ["-cert", "p256.pem", "-key", "p256.key"] + chain, scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "RSA leaf, AES-256-GCM", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-ciphersuites", "TLS_AES_256_GCM_SHA384"] + chain,
             suite: "TLS_AES_256_GCM_SHA384", scheme: "rsa_pss_rsae_sha256"),
        Case(name: "Ed25519 leaf, ChaCha20-Poly1305", server: ["-cert", "ed25519.pem", "-key", "ed25519.key", "-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256"] + chain,
             suite: "TLS_CHACHA20_POLY1305_SHA256", scheme: "ed25519"),
        Case(name: "P-384 leaf, its curve's scheme", server: ["-cert", "p384.pem", "-key", "p384.key"] + chain, scheme: "ecdsa_secp384r1_sha384"),
        Case(name: "RSA leaf, RSA-PSS SHA-512", server: ["-cert", "rsa.pem", "-key", "rsa.key", "-sigalgs", "rsa_pss_rsae_sha512"] + chain,
             scheme: "rsa_pss_rsae_sha512"),
        Case(name: "leaf only", server: ["-cert", "p256.pem", "-key", "p256.key", "-tls1_3"], chainLength: 1, scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "SNI picks the second certificate",
             server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-tls1_3"],
             serverName: "other.test", chainLength: 1, leafCommonName: "other.test", scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "no SNI gets the default certificate",
             server: ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-tls1_3"],
             serverName: nil, chainLength: 1, scheme: "ecdsa_secp256r1_sha256"),
        Case(name: "client certificate required, ALPN http/1.1",
             server: ["-cert", "p256.pem", "-key", "p256.key", "-Verify", "1", "-alpn", "http/1.1"] + chain, scheme: "ecdsa_secp256r1_sha256",
             alpn: "http/1.1", clientCertificateRequested: true),
        Case(name: "both versions offered, server prefers 1.3", server: ["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem"],
             scheme: "ecdsa_secp256r1_sha256"),
    ]

    @Test(arguments: cases)
    func probe(_ testCase: Case) throws {
        let server = try OpenSSLServer(testCase.server)
        defer { server.stop() }
        let options = ProbeOptions(host: "127.0.0.1", port: server.port, serverName: testCase.serverName, sendServerName: testCase.serverName != nil)
        let result = try TLSProbe.run(options)
        #expect(result.version == "TLS 1.3")
        #expect(result.cipherSuite.name == testCase.suite)
        #expect(result.keyExchangeGroup == "X25519")
        #expect(result.certificates.count == testCase.chainLength)
        let leaf = try Certificate(derEncoded: result.certificates[0])
        #expect(leaf.subject.description.contains(testCase.leafCommonName), "\(leaf.subject)")
        #expect(result.signatureScheme?.name == testCase.scheme)
        #expect(result.alpn == testCase.alpn)
        #expect(result.clientCertificateRequested == testCase.clientCertificateRequested)
        #expect(result.keyPossession == .proven("CertificateVerify signature (\(testCase.scheme)) over the handshake verified with the leaf's key"))
    }

    /// A server without X25519 answers the X25519 share with a HelloRetryRequest; the probe
    /// sends a second ClientHello with a share for the group asked.
    @Test(arguments: [("P-256", "P-256"), ("P-384", "P-384"), ("P-521", "P-521")])
    func helloRetryRequest(_ serverGroup: String, _ expected: String) throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-tls1_3", "-groups", serverGroup])
        defer { server.stop() }
        let result = try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "probe.test"))
        #expect(result.version == "TLS 1.3")
        #expect(result.keyExchangeGroup == expected)
        #expect(result.notes.contains("the server asked for a \(expected) key share (HelloRetryRequest)"))
        #expect(result.keyPossession == .proven("CertificateVerify signature (ecdsa_secp256r1_sha256) over the handshake verified with the leaf's key"))
    }

    /// A server whose only group was never offered (X448) cannot agree.
    @Test func noSharedGroup() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-tls1_3", "-groups", "X448"])
        defer { server.stop() }
        #expect {
            try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "probe.test"))
        } throws: { error in
            guard let error = error as? ProbeError, case .alert(let alert) = error else { return false }
            return alert.code == 40 && error.description.contains("no shared cipher suite, group or signature algorithm")
        }
    }

    @Test func sniRequiredIsSaidInWords() throws {
        let server = try OpenSSLServer(
            ["-cert", "p256.pem", "-key", "p256.key", "-servername", "other.test", "-cert2", "other.pem", "-key2", "other.key", "-servername_fatal", "-tls1_3"])
        defer { server.stop() }
        #expect {
            try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "unknown.test"))
        } throws: { error in
            guard let error = error as? ProbeError, case .alert(let alert) = error else { return false }
            return alert.code == 112 && error.description.contains("the server requires SNI")
        }
    }
}
