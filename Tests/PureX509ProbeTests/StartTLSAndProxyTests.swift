import PureX509Probe
import PureX509ProbeTestSupport
import Testing

/// STARTTLS dialogues and the HTTP CONNECT proxy against small fake servers in the test
/// (`DialogueRelay`) that hand the connection over to `openssl s_server` on 127.0.0.1.
@Suite(.enabled(if: OpenSSLServer.executable != nil, Comment(rawValue: OpenSSLServer.skipMessage)))
struct StartTLSAndProxyTests {
    static let ldapRequest: [UInt8] = [0x30, 0x1D, 0x02, 0x01, 0x01, 0x77, 0x18, 0x80, 0x16] + Array("1.3.6.1.4.1.1466.20037".utf8)

    static let dialogues: [(StartTLS, [DialogueRelay.Step])] = [
        (.smtp, [.send("220 mail.test ESMTP\r\n"), .expectLine("EHLO "), .send("250-mail.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n"),
                 .expectLine("STARTTLS"), .send("220 2.0.0 Ready to start TLS\r\n")]),
        (.imap, [.send("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n"), .expectLine("a1 STARTTLS"), .send("a1 OK Begin TLS negotiation now\r\n")]),
        (.pop3, [.send("+OK POP3 ready\r\n"), .expectLine("STLS"), .send("+OK Begin TLS\r\n")]),
        (.ftp, [.send("220-Welcome\r\n220 FTP ready\r\n"), .expectLine("AUTH TLS"), .send("234 AUTH TLS successful\r\n")]),
        (.postgres, [.expectBytes([0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F]), .send("S")]),
        (.ldap, [.expectBytes(ldapRequest), .sendBytes([0x30, 0x0C, 0x02, 0x01, 0x01, 0x78, 0x07, 0x0A, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00])]),
    ]

    @Test(arguments: dialogues)
    func startTLS(_ protocolName: StartTLS, _ script: [DialogueRelay.Step]) throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem"])
        defer { server.stop() }
        let relay = try DialogueRelay(script: script, backendPort: server.port)
        var options = ProbeOptions(host: "127.0.0.1", port: relay.port, serverName: "probe.test")
        options.startTLS = protocolName
        let result = try TLSProbe.run(options)
        #expect(relay.failure == nil, "\(relay.failure ?? "")")
        #expect(result.version == "TLS 1.3")
        #expect(result.certificates.count == 2)
    }

    static let refusals: [(StartTLS, [DialogueRelay.Step], String)] = [
        (.smtp, [.send("220 mail.test ESMTP\r\n"), .expectLine("EHLO "), .send("250-mail.test\r\n250 PIPELINING\r\n")], "does not offer STARTTLS"),
        (.smtp, [.send("554 no service\r\n")], "greets with '554 no service'"),
        (.imap, [.send("* OK ready\r\n"), .expectLine("a1 STARTTLS"), .send("a1 BAD unknown command\r\n")], "refuses STARTTLS: 'a1 BAD"),
        (.postgres, [.expectBytes([0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F]), .send("N")], "does not accept SSL"),
        (.ldap, [.expectBytes(ldapRequest), .sendBytes([0x30, 0x0C, 0x02, 0x01, 0x01, 0x78, 0x07, 0x0A, 0x01, 0x02, 0x04, 0x00, 0x04, 0x00])],
         "refuses StartTLS (resultCode 2)"),
        (.pop3, [.send("+OK\r\n"), .expectLine("STLS"), .send("+OK\r\nextra")], "bytes after the POP3 answer"),
    ]

    @Test(arguments: refusals)
    func refusal(_ protocolName: StartTLS, _ script: [DialogueRelay.Step], _ words: String) throws {
        let relay = try DialogueRelay(script: script + [.close], backendPort: nil)
        var options = ProbeOptions(host: "127.0.0.1", port: relay.port, serverName: "probe.test", timeout: 3)
        options.startTLS = protocolName
        #expect {
            try TLSProbe.run(options)
        } throws: { error in
            "\(error)".contains(words)
        }
    }

    @Test func proxyTunnel() throws {
        let server = try OpenSSLServer(["-cert", "rsa.pem", "-key", "rsa.key", "-tls1_2"])
        defer { server.stop() }
        let proxy = try DialogueRelay(
            script: [.expectLine("CONNECT probe.test:443 HTTP/1.1"), .skipHeaders, .send("HTTP/1.1 200 Connection established\r\n\r\n")],
            backendPort: server.port)
        var options = ProbeOptions(host: "probe.test", port: 443)
        options.proxy = HTTPProxy(url: "http://127.0.0.1:\(proxy.port)")
        let result = try TLSProbe.run(options)
        #expect(proxy.failure == nil, "\(proxy.failure ?? "")")
        #expect(result.version == "TLS 1.2")
        #expect(result.serverName == "probe.test")
        #expect(result.peerAddress == "127.0.0.1:\(proxy.port) (proxy)")
    }

    @Test func proxyRefuses() throws {
        let proxy = try DialogueRelay(script: [.expectLine("CONNECT"), .skipHeaders, .send("HTTP/1.1 403 Forbidden\r\n\r\n"), .close], backendPort: nil)
        var options = ProbeOptions(host: "probe.test", port: 443, timeout: 3)
        options.proxy = HTTPProxy(host: "127.0.0.1", port: proxy.port)
        #expect {
            try TLSProbe.run(options)
        } throws: { error in
            "\(error)".contains("refused the tunnel to probe.test:443: HTTP/1.1 403 Forbidden")
        }
    }

    @Test(arguments: [
        ("http://proxy.example:3128", HTTPProxy(host: "proxy.example", port: 3128)),
        ("proxy.example:3128/", HTTPProxy(host: "proxy.example", port: 3128)),
        ("http://[::1]:8080", HTTPProxy(host: "::1", port: 8080)),
        ("http://proxy.example", HTTPProxy(host: "proxy.example", port: 8080)),
        ("http://user:secret@proxy.example:3128", nil),
        ("http://proxy.example:99999", nil),
    ])
    func proxyURL(_ text: String, _ expected: HTTPProxy?) {
        #expect(HTTPProxy(url: text) == expected)
    }
}
