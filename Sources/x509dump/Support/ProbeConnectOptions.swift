import PureX509
import PureX509Probe

/// The connection options `probe` and `diagnose --connect` share: `--servername`,
/// `--no-sni` and `--timeout`, turned into `ProbeOptions`, and the served chain turned
/// into a diagnosis source.
enum ProbeConnectOptions {
    static let valued: Set<String> = ["--servername", "--timeout"]
    static let flags: Set<String> = ["--no-sni"]

    static let help = """
          --servername NAME     the SNI name to send (default: HOST, unless it is an IP address)
          --no-sni              send no SNI at all (what a very old client does)
          --timeout SECONDS     give up after this long, connecting included (default 10)
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
        return ProbeOptions(host: target.host, port: target.port, serverName: serverName, sendServerName: !noSNI, timeout: timeout)
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
