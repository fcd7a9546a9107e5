import PureX509
import PureX509Probe
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The connection options `probe` and `diagnose --connect` share: `--servername`,
/// `--no-sni` and `--timeout`, turned into `ProbeOptions`, and the served chain turned
/// into a diagnosis source.
enum ProbeConnectOptions {
    static let valued: Set<String> = ["--servername", "--timeout", "--starttls", "--proxy"]
    static let flags: Set<String> = ["--no-sni", "--no-proxy"]

    static let help = """
          --servername NAME     the SNI name to send (default: HOST, unless it is an IP address)
          --no-sni              send no SNI at all (what a very old client does)
          --timeout SECONDS     give up after this long, connecting included (default 10)
          --starttls PROTOCOL   speak smtp, imap, pop3, ftp, postgres or ldap first, then TLS
          --proxy URL           tunnel through an HTTP proxy (http://host:port) with CONNECT;
                                default: HTTPS_PROXY or https_proxy unless NO_PROXY covers
                                HOST; --no-proxy ignores them
        """

    static func options(_ target: ProbeTarget, _ arguments: ParsedArguments) throws -> ProbeOptions {
        var timeout = 10.0
        if let text = arguments.value("--timeout") {
            guard let value = Double(text), value > 0, value <= 3600 else {
                throw UsageError(message: "--timeout takes a number of seconds (0 < s <= 3600), not '\(text)'")
            }
            timeout = value
        }
        let noSNI = arguments.has("--no-sni")
        let serverName = arguments.value("--servername")
        if noSNI, serverName != nil { throw UsageError(message: "--servername and --no-sni contradict each other") }
        var options = ProbeOptions(host: target.host, port: target.port, serverName: serverName, sendServerName: !noSNI, timeout: timeout)
        if let text = arguments.value("--starttls") {
            guard let startTLS = StartTLS(rawValue: text.lowercased()) else {
                throw UsageError(message: "--starttls takes one of \(StartTLS.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            options.startTLS = startTLS
        }
        if let text = arguments.value("--proxy") {
            guard let proxy = HTTPProxy(url: text) else { throw UsageError(message: "--proxy takes http://HOST:PORT, not '\(text)'") }
            options.proxy = proxy
        } else if !arguments.has("--no-proxy"), let text = environment("HTTPS_PROXY") ?? environment("https_proxy"), !text.isEmpty,
                  !noProxy(covers: target.host) {
            guard let proxy = HTTPProxy(url: text) else { throw UsageError(message: "HTTPS_PROXY is not http://HOST:PORT: '\(text)'") }
            options.proxy = proxy
        }
        return options
    }

    static func environment(_ name: String) -> String? { getenv(name).map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } }

    /// NO_PROXY (or no_proxy): comma-separated hosts and domain suffixes, `*` for all, as
    /// curl reads it.
    static func noProxy(covers host: String) -> Bool {
        guard let list = environment("NO_PROXY") ?? environment("no_proxy") else { return false }
        let name = host.lowercased()
        for entry in list.split(separator: ",").map({ String($0.filter { $0 != " " }).lowercased() }) where !entry.isEmpty {
            if entry == "*" { return true }
            let suffix = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            if name == suffix || name.hasSuffix("." + suffix) { return true }
        }
        return false
    }

    /// The served chain as PEM, leaf first, in the order served.
    static func pem(_ result: ProbeResult) -> [UInt8] {
        Array(result.certificates.map { PEMWriter.encode($0, label: .certificate) }.joined().utf8)
    }

    /// The served chain as a diagnosis input source named after the target.
    static func source(_ result: ProbeResult, target: ProbeTarget) -> DiagnosisSource {
        DiagnosisSource(name: "\(target.description) (served)", bytes: pem(result))
    }
}
