import PureX509Crypto

/// Fetches and checks a live server's certificate chain: connects, sends one ClientHello,
/// reads the server's handshake up to its certificate and the signature that proves it
/// holds the leaf's key, and closes. No application data is ever sent.
///
/// ```swift
/// let result = try TLSProbe.run(ProbeOptions(host: "example.com"))
/// print(result.version, result.certificates.count)
/// ```
public enum TLSProbe {
    /// Probes `options.host` on `options.port` within `options.timeout` seconds.
    public static func run(_ options: ProbeOptions) throws(ProbeError) -> ProbeResult {
        let deadline = Deadline.after(seconds: options.timeout)
        var connection: TCPConnection
        if let proxy = options.proxy {
            connection = try TCPConnection.connect(host: proxy.host, port: proxy.port, deadline: deadline)
            try proxy.connect(to: options.host, port: options.port, over: &connection, deadline: deadline)
        } else {
            connection = try TCPConnection.connect(host: options.host, port: options.port, deadline: deadline)
        }
        defer { connection.close() }
        try options.startTLS?.negotiate(over: &connection, deadline: deadline)
        var result = try handshake(over: connection, serverName: options.serverName, deadline: deadline)
        result.peerAddress = connection.peerAddress + (options.proxy != nil ? " (proxy)" : "")
        if let proxy = options.proxy { result.notes.insert("tunnelled through the HTTP proxy \(proxy.host):\(proxy.port)", at: 0) }
        if let startTLS = options.startTLS { result.notes.insert("\(startTLS.rawValue.uppercased()) STARTTLS dialogue before the handshake", at: 0) }
        return result
    }

    /// Runs the handshake over any stream with fresh randoms and key share from the
    /// operating system's random source.
    public static func handshake(over stream: some ByteStream, serverName: String?, deadline: Deadline) throws(ProbeError) -> ProbeResult {
        let random: [UInt8]
        let sessionID: [UInt8]
        do {
            random = try SystemRandom.bytes(count: 32)
            // A random legacy_session_id: TLS 1.3 middlebox compatibility (RFC 8446 D.4).
            sessionID = try SystemRandom.bytes(count: 32)
        } catch {
            throw .io("no randomness from the operating system: \(error)")
        }
        var client = ClientHandshake(
            stream: stream, deadline: deadline, serverName: serverName, clientRandom: random, sessionID: sessionID,
            keyShare: try X25519KeyShare())
        return try client.run()
    }
}
