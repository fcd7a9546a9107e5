@testable import PureX509Probe
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a broken or hostile server sends, played back from memory or served by a socket
/// that never answers: every case ends in a typed error that says what and where, within
/// the bounds (record size, message size, deadline).
struct HostileServerTests {
    static func run(_ server: [UInt8]) throws(ProbeError) -> ProbeResult {
        var handshake = ClientHandshake(
            stream: MemoryByteStream(server), deadline: .after(seconds: 5), serverName: "probe.test",
            clientRandom: [UInt8](repeating: 1, count: 32), sessionID: [UInt8](repeating: 2, count: 32), keyShare: nil)
        return try handshake.run()
    }

    /// A plaintext handshake record around `message`.
    static func record(_ message: [UInt8], type: UInt8 = 22) -> [UInt8] {
        [type, 3, 3, UInt8(message.count >> 8), UInt8(message.count & 0xFF)] + message
    }

    /// A TLS 1.2 ServerHello choosing TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256.
    static let serverHello: [UInt8] = {
        var body: [UInt8] = [3, 3] + [UInt8](repeating: 7, count: 32) + [0] + [0xC0, 0x2B, 0] + [0, 0]
        body = [2, 0, 0, UInt8(body.count)] + body
        return body
    }()

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let server: [UInt8]
        let words: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain HTTP", server: Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8), words: "plain HTTP, not TLS"),
        Case(name: "SSH banner", server: Array("SSH-2.0-OpenSSH_9.6\r\n".utf8), words: "SSH server"),
        Case(name: "SMTP greeting", server: Array("220 mail.example.com ESMTP\r\n".utf8), words: "STARTTLS"),
        Case(name: "nothing at all", server: [], words: "closed the connection waiting for the ServerHello"),
        Case(name: "half a record header", server: [22, 3], words: "closed the connection"),
        Case(name: "record longer than 2^14 + 256", server: [22, 3, 3, 0x41, 0x01], words: "more than the 2^14 + 256 allowed"),
        Case(name: "unknown record type after the first", server: record(Array(serverHello.prefix(10))) + [99, 3, 3, 0, 1, 0],
             words: "record type 99"),
        Case(name: "handshake message declaring 16 MiB", server: record([11, 0xFF, 0xFF, 0xFF]), words: "larger than the 262144-byte limit"),
        Case(name: "fatal alert", server: record([2, 40], type: 21), words: "handshake_failure (no shared cipher suite"),
        Case(name: "alert of three bytes", server: record([2, 40, 0], type: 21), words: "an alert of 3 bytes"),
        Case(name: "Certificate before ServerHello", server: record([11, 0, 0, 3, 0, 0, 0]), words: "Certificate where the ServerHello belongs"),
        Case(name: "ServerHello truncated", server: record([2, 0, 0, 3, 3, 3, 0]), words: "ServerHello: random needs 32 bytes, 1 left at byte 6"),
        Case(name: "suite never offered", server: record([2, 0, 0, 40, 3, 3] + [UInt8](repeating: 7, count: 32) + [0, 0x00, 0x05, 0, 0, 0]),
             words: "cipher suite 0x0005, which was not offered"),
        Case(name: "certificate length beyond its list", server: record(serverHello) + record([11, 0, 0, 6, 0, 0, 3, 0, 0, 9]),
             words: "certificate #0 length 9 exceeds the 0 bytes left at byte"),
        Case(name: "ServerHelloDone without ServerKeyExchange", server: record(serverHello) + record([11, 0, 0, 3, 0, 0, 0]) + record([14, 0, 0, 0]),
             words: "ServerHelloDone where TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 needs a ServerKeyExchange"),
        Case(name: "encrypted data before keys", server: record(serverHello) + record([1, 2, 3], type: 23), words: "encrypted application data before any keys"),
        Case(name: "TLS 1.1 chosen", server: record([2, 0, 0, 38, 3, 2] + [UInt8](repeating: 7, count: 32) + [0, 0xC0, 0x2B, 0]),
             words: "the server chose TLS 1.1; x509dump speaks TLS 1.2 and 1.3 only"),
        Case(name: "TLS 1.3 chosen though not offered",
             server: record([2, 0, 0, 46, 3, 3] + [UInt8](repeating: 7, count: 32) + [0, 0x13, 0x01, 0, 0, 6, 0, 43, 0, 2, 3, 4]),
             words: "the server chose TLS 1.3, which was not offered"),
    ]

    @Test(arguments: cases)
    func hostile(_ testCase: Case) {
        do {
            let result = try Self.run(testCase.server)
            Issue.record("accepted: \(result)")
        } catch {
            #expect(error.description.contains(testCase.words), "\(error)")
        }
    }

    /// 65 one-byte certificates: more than a chain can hold.
    @Test func tooManyCertificates() {
        let list = (0..<65).flatMap { _ in [UInt8]([0, 0, 1, 0x30]) }
        let message: [UInt8] = [11, 0, 1, UInt8(list.count + 3 - 256)] + [0, 1, UInt8(list.count - 256)] + list
        do {
            _ = try Self.run(Self.record(Self.serverHello) + Self.record(message))
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("more than 64 certificates"), "\(error)")
        }
    }

    @Test(arguments: ["", String(repeating: "a", count: 256), String(repeating: "a", count: 70_000), "bad name", "caf\u{e9}.example"])
    func badServerName(_ name: String) {
        var handshake = ClientHandshake(
            stream: MemoryByteStream([]), deadline: .after(seconds: 1), serverName: name,
            clientRandom: [UInt8](repeating: 1, count: 32), sessionID: [], keyShare: nil)
        #expect(throws: ProbeError.self) { try handshake.run() }
    }

    /// A ServerHello split one byte per record still parses (messages span records).
    @Test func messageSpanningRecords() {
        let split = Self.serverHello.flatMap { Self.record([$0]) }
        do {
            _ = try Self.run(split)
            Issue.record("a lone ServerHello cannot finish")
        } catch {
            #expect(error.description.contains("closed the connection waiting for the Certificate"), "\(error)")
        }
    }

    /// The handshake buffer refuses a declared length above the limit as soon as the
    /// header is in, before buffering the body.
    @Test func declaredLengthIsCheckedFirst() {
        var buffer = HandshakeBuffer()
        #expect(throws: ProbeError.self) { try buffer.append([11, 0x04, 0x00, 0x01]) }
        var fine = HandshakeBuffer()
        #expect(throws: Never.self) { try fine.append([11, 0x04, 0x00, 0x00]) }
    }

    /// A server that accepts the TCP connection and never says a word: the probe gives up
    /// at its deadline.
    @Test func silentServerTimesOut() throws {
        let listener = try Listener()
        defer { listener.close() }
        let start = Deadline.now()
        #expect {
            try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: listener.port, timeout: 0.3))
        } throws: { error in
            guard let error = error as? ProbeError, case .timeout(let step) = error else { return false }
            return step.contains("ServerHello")
        }
        let elapsed = Double(Deadline.now() - start) / 1e9
        #expect(elapsed >= 0.29 && elapsed < 3, "took \(elapsed) s")
    }

    @Test func refusedConnection() throws {
        let listener = try Listener()
        let port = listener.port
        listener.close()
        #expect {
            try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: port, timeout: 2))
        } throws: { error in
            guard let error = error as? ProbeError, case .connect(let address, let reason) = error else { return false }
            return address == "127.0.0.1:\(port)" && reason.contains("refused")
        }
    }

    @Test(arguments: [
        ("probe.test", true), ("127.0.0.1", false), ("::1", false), ("2001:db8::1", false), ("1.2.3", true), ("256.1.1.1", true),
    ])
    func serverNameDefault(_ host: String, _ sendsName: Bool) {
        let options = ProbeOptions(host: host)
        #expect((options.serverName != nil) == sendsName)
        #expect(ProbeOptions(host: host, sendServerName: false).serverName == nil)
        #expect(ProbeOptions(host: host, serverName: "other.test").serverName == "other.test")
    }

    /// The ClientHello carries the SNI name, both versions, X25519 and the ALPN names.
    @Test func clientHelloContents() {
        let hello = ClientHello(
            random: [UInt8](repeating: 1, count: 32), sessionID: [UInt8](repeating: 2, count: 32), serverName: "probe.test",
            keyShare: (ClientHello.Group.x25519, [UInt8](repeating: 9, count: 32))).encoded
        func contains(_ needle: [UInt8]) -> Bool {
            hello.indices.contains { index in index + needle.count <= hello.count && Array(hello[index..<index + needle.count]) == needle }
        }
        #expect(hello[0] == 1)
        #expect(Int(hello[1]) << 16 | Int(hello[2]) << 8 | Int(hello[3]) == hello.count - 4)
        #expect(contains([0, 0, 0, 15, 0, 13, 0, 0, 10] + Array("probe.test".utf8)))  // server_name
        #expect(contains([0, 43, 0, 5, 4, 3, 4, 3, 3]))  // supported_versions 1.3, 1.2
        #expect(contains([0, 51, 0, 38, 0, 36, 0, 0x1D, 0, 32] + [UInt8](repeating: 9, count: 32)))  // key_share X25519
        #expect(contains([0, 12, 2] + Array("h2".utf8) + [8] + Array("http/1.1".utf8)))
        let noTLS13 = ClientHello(random: [UInt8](repeating: 1, count: 32), sessionID: [], serverName: nil, keyShare: nil).encoded
        #expect(!noTLS13.indices.contains { $0 + 2 <= noTLS13.count && noTLS13[$0] == 0x13 && noTLS13[$0 + 1] == 0x01 })
    }
}

/// A TCP listener on 127.0.0.1 that never accepts (the kernel completes connections into
/// its backlog), for timeout tests.
final class Listener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 4) == 0 else { throw ProbeError.io("cannot listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    func close() { _ = Glibc.close(descriptor) }
}
