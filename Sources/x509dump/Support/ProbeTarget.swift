/// `HOST[:PORT]` as typed: a name or IPv4 address with an optional port, an IPv6 address
/// in brackets with an optional port (`[::1]:8443`), or a bare IPv6 address (no port).
struct ProbeTarget: Equatable {
    let host: String
    let port: UInt16

    init(_ text: String, defaultPort: UInt16 = 443) throws {
        guard !text.contains("/") else {
            throw UsageError(message: "'\(text)': give HOST[:PORT] (for example example.com:443), not a URL")
        }
        var host = text
        var portText: String?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw UsageError(message: "'\(text)': an IPv6 address in brackets needs its ']'") }
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw UsageError(message: "'\(text)': expected ':PORT' after ']'") }
                portText = String(rest.dropFirst())
            }
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = String(text[..<colon])
            portText = String(text[text.index(after: colon)...])
        }
        // A bare IPv6 address (several colons, no brackets) is all host.
        guard !host.isEmpty else { throw UsageError(message: "'\(text)': the host is empty") }
        self.host = host
        if let portText {
            guard let port = UInt16(portText), port > 0 else { throw UsageError(message: "'\(text)': the port must be 1 to 65535, not '\(portText)'") }
            self.port = port
        } else {
            self.port = defaultPort
        }
    }

    /// "host:port", or "[v6]:port".
    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
