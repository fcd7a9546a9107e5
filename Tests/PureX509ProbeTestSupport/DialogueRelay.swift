import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fake plaintext server on 127.0.0.1 for STARTTLS and proxy tests: it accepts one
/// connection, plays a scripted dialogue (sending lines, expecting lines or bytes), then
/// relays bytes between the client and a TLS backend (an `OpenSSLServer`) until either side
/// closes. Every wait is bounded (10 s).
public final class DialogueRelay: @unchecked Sendable {
    public enum Step: Sendable {
        /// Send these bytes.
        case send(String)
        /// Send these raw bytes.
        case sendBytes([UInt8])
        /// Read one line and require this prefix.
        case expectLine(String)
        /// Read lines up to and including an empty one (HTTP headers).
        case skipHeaders
        /// Read exactly these bytes.
        case expectBytes([UInt8])
        /// Close the connection without relaying.
        case close
    }

    public let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var problem: String?

    /// What went wrong in the dialogue, if anything (a test asserts it is nil).
    public var failure: String? { lock.withLock { problem } }

    public init(script: [Step], backendPort: UInt16?) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 1) == 0 else { throw OpenSSLServer.Unavailable(description: "cannot listen on 127.0.0.1") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in
            if let message = serve(script: script, backendPort: backendPort) { lock.withLock { problem = message } }
            _ = Glibc.close(fd)
        }
        thread.start()
    }

    private func serve(script: [Step], backendPort: UInt16?) -> String? {
        var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 10_000) > 0 else { return "no client connected" }
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return "accept failed" }
        defer { _ = Glibc.close(client) }
        for step in script {
            switch step {
            case .send(let text):
                guard writeAll(client, Array(text.utf8)) else { return "send failed" }
            case .sendBytes(let bytes):
                guard writeAll(client, bytes) else { return "send failed" }
            case .expectLine(let prefix):
                guard let line = readLine(client) else { return "no line where '\(prefix)' was expected" }
                guard line.hasPrefix(prefix) else { return "expected '\(prefix)', got '\(line)'" }
            case .skipHeaders:
                while true {
                    guard let line = readLine(client) else { return "headers not ended" }
                    if line.isEmpty { break }
                }
            case .expectBytes(let expected):
                var got: [UInt8] = []
                while got.count < expected.count {
                    guard let byte = readByte(client) else { return "closed before \(expected.count) bytes" }
                    got.append(byte)
                }
                guard got == expected else { return "expected bytes \(expected), got \(got)" }
            case .close:
                return nil
            }
        }
        guard let backendPort else { return nil }
        let backend = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { _ = Glibc.close(backend) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = backendPort.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(backend, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "cannot reach the TLS backend" }
        relay(client, backend)
        return nil
    }

    private func relay(_ a: Int32, _ b: Int32) {
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 16384)
        while Date().timeIntervalSince(start) < 10 {
            var pollers = [pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0)]
            guard poll(&pollers, 2, 500) >= 0 else { return }
            for (index, poller) in pollers.enumerated() where poller.revents != 0 {
                let from = index == 0 ? a : b
                let to = index == 0 ? b : a
                let count = read(from, &buffer, buffer.count)
                if count <= 0 { return }
                guard writeAll(to, Array(buffer[0..<count])) else { return }
            }
        }
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func readByte(_ fd: Int32) -> UInt8? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 10_000) > 0 else { return nil }
        var byte: UInt8 = 0
        return read(fd, &byte, 1) == 1 ? byte : nil
    }

    private func readLine(_ fd: Int32) -> String? {
        var line: [UInt8] = []
        while line.count < 4096 {
            guard let byte = readByte(fd) else { return nil }
            if byte == 0x0A { break }
            line.append(byte)
        }
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
