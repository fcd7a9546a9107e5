/// An HTTP proxy tunnel (RFC 9110 section 9.3.6, CONNECT): the proxy opens a TCP
/// connection to the target and relays bytes; a 2xx answer means the tunnel is up.
public struct HTTPProxy: Sendable, Equatable {
    public let host: String
    public let port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `http://host:port`, `host:port` or `http://[v6]:port` (no credentials).
    public init?(url: String) {
        var text = Substring(url)
        if text.hasPrefix("http://") { text = text.dropFirst(7) }
        if text.hasSuffix("/") { text = text.dropLast() }
        guard !text.contains("/"), !text.contains("@"), !text.isEmpty else { return nil }
        var host = text
        var port: UInt16 = 8080
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            if rest.hasPrefix(":") {
                guard let value = UInt16(rest.dropFirst()) else { return nil }
                port = value
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            guard let value = UInt16(text[text.index(after: colon)...]) else { return nil }
            port = value
        }
        guard !host.isEmpty, port > 0 else { return nil }
        self.init(host: String(host), port: port)
    }

    /// Asks the proxy for a tunnel to `host`:`port`.
    func connect(to host: String, port: UInt16, over stream: inout some ByteStream, deadline: Deadline) throws(ProbeError) {
        let authority = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        try stream.write(Array("CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\nUser-Agent: x509dump\r\n\r\n".utf8), deadline: deadline)
        var lines = LineReader("HTTP proxy")
        let status = try lines.line(from: &stream, deadline: deadline)
        let parts = status.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let code = Int(parts[1]) else {
            throw .unexpected("the proxy's answer '\(status.prefix(80))' is not HTTP")
        }
        while try !lines.line(from: &stream, deadline: deadline).isEmpty {}
        guard (200...299).contains(code) else {
            throw .unsupported("the proxy \(self.host):\(self.port) refused the tunnel to \(authority): \(status.prefix(120))")
        }
        try lines.finish()
    }
}
