#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP connection over the C socket API: every address getaddrinfo(3) gives for the
/// host (IPv6 and IPv4, in its order) is tried with a non-blocking connect bounded by the
/// deadline; reads and writes wait in poll(2), never past the deadline. Closed on deinit.
public final class TCPConnection: ByteStream {
    private var descriptor: Int32
    /// The address connected to, printable ("127.0.0.1:8443", "[::1]:443").
    public let peerAddress: String

    private init(descriptor: Int32, peerAddress: String) {
        self.descriptor = descriptor
        self.peerAddress = peerAddress
    }

    deinit { close() }

    /// Closes the socket (idempotent).
    public func close() {
        if descriptor >= 0 {
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
    }

    /// Connects to `host` (a name, an IPv4 address or an IPv6 address without brackets)
    /// on `port`.
    public static func connect(host: String, port: UInt16, deadline: Deadline) throws(ProbeError) -> TCPConnection {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_ADDRCONFIG
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .resolve(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }
        var lastError = ProbeError.connect(address: host, reason: "no address")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            entry = current.pointee.ai_next
            let address = printable(current.pointee.ai_addr, port: port)
            if deadline.hasPassed { throw .timeout("connecting to \(address)") }
            do {
                let fd = try open(current.pointee, address: address, deadline: deadline)
                return TCPConnection(descriptor: fd, peerAddress: address)
            } catch {
                if case .timeout = error { throw error }
                lastError = error
            }
        }
        throw lastError
    }

    private static func open(_ info: addrinfo, address: String, deadline: Deadline) throws(ProbeError) -> Int32 {
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else { throw .connect(address: address, reason: lastErrno()) }
        var success = false
        defer { if !success { _ = Glibc.close(fd) } }
        let flags = fcntl(fd, F_GETFL, 0)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw .connect(address: address, reason: lastErrno())
        }
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        if Glibc.connect(fd, info.ai_addr, info.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else { throw .connect(address: address, reason: lastErrno()) }
            var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&poller, 1, deadline.remainingMilliseconds)
            guard ready > 0 else {
                if ready == 0 { throw .timeout("connecting to \(address)") }
                throw .connect(address: address, reason: lastErrno())
            }
            var socketError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length) == 0 else {
                throw .connect(address: address, reason: lastErrno())
            }
            guard socketError == 0 else { throw .connect(address: address, reason: String(cString: strerror(socketError))) }
        }
        success = true
        return fd
    }

    public func read(maximum: Int, deadline: Deadline, step: String) throws(ProbeError) -> [UInt8] {
        guard descriptor >= 0 else { throw .io("read on a closed connection") }
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, deadline.remainingMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .io("poll: \(TCPConnection.lastErrno())")
            }
            if ready == 0 { throw .timeout(step) }
            var buffer = [UInt8](repeating: 0, count: max(1, maximum))
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                if errno == ECONNRESET { return [] }
                throw .io("recv: \(TCPConnection.lastErrno())")
            }
            return Array(buffer[0..<count])
        }
    }

    public func write(_ bytes: [UInt8], deadline: Deadline) throws(ProbeError) {
        guard descriptor >= 0 else { throw .io("write on a closed connection") }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent >= 0 {
                offset += sent
                continue
            }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                throw .io("send: \(TCPConnection.lastErrno())")
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&poller, 1, deadline.remainingMilliseconds)
            if ready == 0 { throw .timeout("sending to the server") }
        }
    }

    /// A NUL-terminated C string held in an array.
    private static func printable(_ text: [CChar]) -> String {
        let bytes = text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func lastErrno() -> String { String(cString: strerror(errno)) }

    /// "192.0.2.1:443" or "[2001:db8::1]:443".
    private static func printable(_ address: UnsafeMutablePointer<sockaddr>?, port: UInt16) -> String {
        guard let address else { return "?" }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                var raw = v4.pointee.sin_addr
                _ = inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
            }
            return printable(text) + ":\(port)"
        case AF_INET6:
            address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                var raw = v6.pointee.sin6_addr
                _ = inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count))
            }
            return "[" + printable(text) + "]:\(port)"
        default:
            return "?:\(port)"
        }
    }
}
