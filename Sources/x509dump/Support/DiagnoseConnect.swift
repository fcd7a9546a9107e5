import PureX509
import PureX509Probe

/// `x509dump diagnose --connect HOST[:PORT]`: the whole diagnosis of the chain a live
/// server serves, with the host name checked against HOST unless `--host` names another.
enum DiagnoseConnect {
    static func diagnose(
        _ arguments: ParsedArguments, color: Bool, environment: [String: String], certifiPaths: [String]?
    ) throws -> (output: String, exitCode: Int32) {
        guard let text = arguments.value("--connect") else { throw UsageError(message: "--connect needs HOST[:PORT]") }
        let target = try ProbeTarget(text)
        var options = try ProbeConnectOptions.options(target, arguments)
        // Clients that connect to --host send that name as SNI, and a server with several
        // names picks its certificate by it (RFC 6066 section 3): diagnose that certificate.
        if arguments.value("--servername") == nil, !arguments.has("--no-sni"), let host = arguments.value("--host"),
            !ProbeOptions.isIPAddress(host)
        {
            options.serverName = host
        }
        _ = try TimeOption.resolve(arguments)
        let result: ProbeResult
        do {
            result = try TLSProbe.run(options)
        } catch {
            let output = arguments.json
                ? ProbeRendering.json(error: error, target: target).serialized()
                : "Diagnosis of \(target.description): no chain to diagnose: \(error)"
            return (output, ProbeCommand.exitCode(for: error))
        }
        var input = try DiagnosisInputOptions.input(
            arguments, environment: environment, certifiPaths: certifiPaths, served: [ProbeConnectOptions.source(result, target: target)])
        if input.host == nil { input.host = options.serverName ?? target.host }
        let report = Diagnosis.run(input)
        let rendering = DiagnosisRendering(report: report, input: input)
        let probe = ProbeRendering(target: target, result: result, now: input.time)
        var failed = report.hasErrors
        if case .notProven = result.keyPossession { failed = true }
        if arguments.json {
            var json = rendering.json()
            json.append("probe", probe.json())
            return (json.serialized(), failed ? ExitCode.problems : ExitCode.ok)
        }
        let summary = [
            "Served by \(target.description)" + (result.peerAddress.isEmpty ? "" : " (\(result.peerAddress))")
                + ": \(result.version), \(result.cipherSuite.name), ALPN \(result.alpn ?? "none"), SNI \(result.serverName ?? "none sent")",
            "Key proof: \(probe.possessionText)",
            "",
        ].joined(separator: "\n")
        return (summary + "\n" + rendering.text(color: color), failed ? ExitCode.problems : ExitCode.ok)
    }
}
