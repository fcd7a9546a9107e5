import Foundation
import PureX509ProbeTestSupport
import Testing

/// `x509dump probe` and `x509dump diagnose --connect` as a person runs them, against
/// `openssl s_server` on 127.0.0.1 serving TestVectors/probe: the text and JSON, the saved
/// chain, exit codes, and the diagnosis findings that must (and must not) appear.
@Suite(.enabled(if: OpenSSLServer.executable != nil, Comment(rawValue: OpenSSLServer.skipMessage)))
struct ProbeCommandTests {
    static let at = "2027-06-01"

    @Test func probeShowsVersionSuiteProofAndChain() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem", "-alpn", "h2"])
        defer { server.stop() }
        let run = try Tool.run(["probe", "127.0.0.1:\(server.port)", "--servername", "probe.test", "--at", Self.at])
        #expect(run.exitCode == 0, "\(run.standardError)")
        for line in [
            "Probe of 127.0.0.1:\(server.port)", "SNI:           probe.test", "Version:       TLS 1.3", "Cipher suite:  TLS_AES_128_GCM_SHA256",
            "Key exchange:  X25519", "ALPN:          h2",
            "Key proof:     proven: CertificateVerify signature (ecdsa_secp256r1_sha256)", "OCSP staple:   none stapled",
            "Chain:         2 certificates, in the order served", "Certificate #1", "Certificate #2", "CN = probe.test",
            "CN = Probe Test Intermediate",
        ] {
            #expect(run.text.contains(line), "missing '\(line)' in\n\(run.text)")
        }
        #expect(!run.text.contains("Client cert"))
        // The leaf comes first, as served.
        let leaf = try #require(run.text.range(of: "Certificate #1"))
        let intermediate = try #require(run.text.range(of: "Certificate #2"))
        #expect(leaf.lowerBound < intermediate.lowerBound)
    }

    /// IPv6 loopback, in brackets with a port; no SNI is sent for an IP address.
    @Test func probeIPv6() throws {
        let server: OpenSSLServer
        do {
            server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key"], address: "[::1]")
        } catch {
            // A machine without IPv6 loopback: say so rather than pass silently.
            Issue.record("IPv6 loopback unavailable, the IPv6 probe is not tested: \(error)")
            return
        }
        defer { server.stop() }
        let run = try Tool.run(["probe", "[::1]:\(server.port)", "--at", Self.at])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.text.contains("Probe of [::1]:\(server.port) ([::1]:\(server.port))"), "\(run.text)")
        #expect(run.text.contains("SNI:           none sent"))
    }

    @Test func probeSTARTTLSAndProxyFromTheEnvironment() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key"])
        defer { server.stop() }
        let smtp = try DialogueRelay(
            script: [.send("220 mail.test ESMTP\r\n"), .expectLine("EHLO"), .send("250 STARTTLS\r\n"), .expectLine("STARTTLS"), .send("220 go\r\n")],
            backendPort: server.port)
        let run = try Tool.run(["probe", "127.0.0.1:\(smtp.port)", "--starttls", "smtp", "--servername", "probe.test", "--at", Self.at])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.text.contains("Note:          SMTP STARTTLS dialogue before the handshake"), "\(run.text)")

        let proxy = try DialogueRelay(
            script: [.expectLine("CONNECT probe.test:8443 HTTP/1.1"), .skipHeaders, .send("HTTP/1.1 200 OK\r\n\r\n")], backendPort: server.port)
        let proxied = try Tool.run(["probe", "probe.test:8443", "--at", Self.at], environment: ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)"])
        #expect(proxied.exitCode == 0, "\(proxied.standardError)")
        #expect(proxied.text.contains("(127.0.0.1:\(proxy.port) (proxy))"), "\(proxied.text)")
        #expect(proxy.failure == nil)
    }

    @Test func probeShowsStapledOCSP() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-status_file", "p256.ocsp.der"])
        defer { server.stop() }
        let run = try Tool.run(["probe", "127.0.0.1:\(server.port)", "--servername", "probe.test", "--at", Self.at])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.text.contains("OCSP staple:   successful response,"), "\(run.text)")
    }

    @Test func probeJSONAndSave() throws {
        let server = try OpenSSLServer(["-cert", "rsa.pem", "-key", "rsa.key", "-cert_chain", "intermediate.pem", "-tls1_2"])
        defer { server.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("served.pem").path
        let run = try Tool.run(["probe", "127.0.0.1:\(server.port)", "--servername", "probe.test", "--json", "--save", saved, "--at", Self.at])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        #expect(json["version"] as? String == "TLS 1.2")
        #expect(json["cipherSuite"] as? String == "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
        #expect(json["serverName"] as? String == "probe.test")
        let possession = try #require(json["keyPossession"] as? [String: Any])
        #expect(possession["proven"] as? Bool == true)
        #expect(possession["signatureScheme"] as? String == "rsa_pss_rsae_sha256")
        // The saved chain is the two certificates as served, leaf first, byte for byte.
        let pem = try String(contentsOfFile: saved, encoding: .utf8)
        let expected = try String(contentsOfFile: vectorPath("probe/rsa.pem"), encoding: .utf8)
            + String(contentsOfFile: vectorPath("probe/intermediate.pem"), encoding: .utf8)
        #expect(pem == expected)
    }

    @Test func probeAlertInWords() throws {
        let server = try OpenSSLServer(["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"])
        defer { server.stop() }
        let run = try Tool.run(["probe", "127.0.0.1:\(server.port)"])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("handshake_failure (no shared cipher suite"), "\(run.standardError)")
    }

    @Test(arguments: [
        (["probe"], "expected one HOST[:PORT]"),
        (["probe", "host:0"], "the port must be 1 to 65535"),
        (["probe", "https://example.com/"], "not a URL"),
        (["probe", "[::1"], "needs its ']'"),
        (["probe", "host", "--timeout", "soon"], "--timeout takes a number of seconds"),
        (["probe", "host", "--no-sni", "--servername", "x"], "contradict"),
        (["probe", "host", "--starttls", "gopher"], "--starttls takes one of smtp, imap, pop3, ftp, postgres, ldap"),
        (["probe", "host", "--proxy", "socks5://proxy:1080"], "--proxy takes http://HOST:PORT"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let run = try Tool.run(arguments)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        let server: [String]
        var extra: [String] = []
        let exitCode: Int32
        let present: [String]
        let absent: [String]
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "full chain, trusted root, right host",
                 server: ["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem"], extra: ["--ca", "ROOT"],
                 exitCode: 0, present: ["Key proof: proven", "host probe.test"],
                 absent: ["missing-intermediate", "name-mismatch", "expired", "untrusted-root"]),
        Scenario(name: "leaf only", server: ["-cert", "p256.pem", "-key", "p256.key"], extra: ["--ca", "ROOT"],
                 exitCode: 1, present: ["missing-intermediate"], absent: ["name-mismatch", "expired"]),
        Scenario(name: "host checked against HOST by default", server: ["-cert", "other.pem", "-key", "other.key", "-cert_chain", "intermediate.pem"],
                 extra: ["--ca", "ROOT"], exitCode: 1, present: ["name-mismatch"], absent: ["missing-intermediate"]),
        Scenario(name: "expired leaf", server: ["-cert", "expired.pem", "-key", "expired.key", "-cert_chain", "intermediate.pem"],
                 extra: ["--ca", "ROOT"], exitCode: 1, present: ["expired"], absent: ["missing-intermediate", "name-mismatch"]),
        Scenario(name: "root not trusted", server: ["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem"],
                 extra: ["--ca", "INTERMEDIATE_AS_UNRELATED"], exitCode: 1, present: ["untrusted-root"], absent: ["name-mismatch"]),
    ]

    @Test(arguments: scenarios)
    func diagnoseConnect(_ scenario: Scenario) throws {
        let server = try OpenSSLServer(scenario.server)
        defer { server.stop() }
        let extra = scenario.extra.map { argument -> String in
            switch argument {
            case "ROOT": vectorPath("probe/root.pem")
            case "INTERMEDIATE_AS_UNRELATED": vectorPath("verification/cn-root.pem")
            default: argument
            }
        }
        // The SNI name probe.test is also the host checked; the address is 127.0.0.1.
        let run = try Tool.run(["diagnose", "--connect", "127.0.0.1:\(server.port)", "--servername", "probe.test", "--at", Self.at] + extra)
        #expect(run.exitCode == scenario.exitCode, "\(run.text)\(run.standardError)")
        for text in scenario.present { #expect(run.text.contains(text), "missing '\(text)' in\n\(run.text)") }
        for text in scenario.absent { #expect(!run.text.contains(text), "unexpected '\(text)' in\n\(run.text)") }
        #expect(run.text.contains("Diagnosis of 127.0.0.1:\(server.port) (served)"))
    }

    /// A backend reached by its address, checked for one of its names: --host is sent as SNI,
    /// so the server picks the certificate of that name (not its default one), as a client
    /// connecting to that name gets.
    @Test func diagnoseConnectSendsHostAsSNI() throws {
        let server = try OpenSSLServer(
            ["-cert", "other.pem", "-key", "other.key", "-servername", "probe.test", "-cert2", "p256.pem", "-key2", "p256.key"])
        defer { server.stop() }
        let base = ["diagnose", "--connect", "127.0.0.1:\(server.port)", "--at", Self.at, "--ca", vectorPath("probe/root.pem")]
        let named = try Tool.run(base + ["--host", "probe.test"])
        #expect(named.text.contains("SNI probe.test"), "\(named.text)")
        #expect(named.text.contains("CN=probe.test"), "\(named.text)")
        #expect(!named.text.contains("name-mismatch"), "\(named.text)")
        // --no-sni still sends none: the server's default certificate, for another name.
        let bare = try Tool.run(base + ["--host", "probe.test", "--no-sni"])
        #expect(bare.text.contains("SNI none sent"), "\(bare.text)")
        #expect(bare.text.contains("name-mismatch"), "\(bare.text)")
    }

    @Test func diagnoseConnectJSON() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key"])
        defer { server.stop() }
        let run = try Tool.run(
            ["diagnose", "--connect", "127.0.0.1:\(server.port)", "--servername", "probe.test", "--at", Self.at, "--ca", vectorPath("probe/root.pem"), "--json"])
        #expect(run.exitCode == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["code"] as? String == "missing-intermediate" })
        let probe = try #require(json["probe"] as? [String: Any])
        #expect(probe["version"] as? String == "TLS 1.3")
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["host"] as? String == "probe.test")
    }

    @Test func diagnoseConnectRefused() throws {
        // A port nobody listens on: start and stop a server to find one.
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key"])
        let port = server.port
        server.stop()
        let run = try Tool.run(["diagnose", "--connect", "127.0.0.1:\(port)", "--timeout", "2"])
        #expect(run.exitCode == 2)
        #expect(run.text.contains("no chain to diagnose: cannot connect to 127.0.0.1:\(port)"), "\(run.text)")
    }
}
