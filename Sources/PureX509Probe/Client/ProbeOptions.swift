/// What to probe and how: the host and port to connect to, the SNI name, the time limit.
public struct ProbeOptions: Sendable {
    /// A host name, IPv4 address or IPv6 address (no brackets).
    public var host: String
    public var port: UInt16
    /// The SNI name to send; nil sends none (`--no-sni`). Defaults to `host` unless it is
    /// an IP address literal (RFC 6066 section 3 forbids those in SNI).
    public var serverName: String?
    /// The whole probe's time limit in seconds: connecting, and waiting for every byte.
    public var timeout: Double
    /// A plaintext dialogue to run before TLS (`--starttls`), nil for TLS from the start.
    public var startTLS: StartTLS?
    /// An HTTP proxy to tunnel through with CONNECT, nil to connect directly.
    public var proxy: HTTPProxy?

    public init(host: String, port: UInt16 = 443, serverName: String? = nil, sendServerName: Bool = true, timeout: Double = 10) {
        self.host = host
        self.port = port
        self.timeout = timeout
        if let serverName {
            self.serverName = serverName
        } else if sendServerName, !ProbeOptions.isIPAddress(host) {
            self.serverName = host
        } else {
            self.serverName = nil
        }
    }

    /// Whether `text` is an IPv4 dotted quad or an IPv6 literal (it contains a colon).
    public static func isIPAddress(_ text: String) -> Bool {
        if text.contains(":") { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
        }
    }
}
