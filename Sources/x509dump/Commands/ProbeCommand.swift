import PureX509
import PureX509Probe

/// `x509dump probe HOST[:PORT]`: what a live TLS server really serves.
enum ProbeCommand: Command {
    static let name = "probe"
    static let summary = "connect to a TLS server and show the chain it serves, its version, suite and ALPN"
    static let usage = """
        usage: x509dump probe [--servername NAME | --no-sni] [--timeout SECONDS] [--save FILE]
                              [--starttls PROTOCOL] [--proxy URL | --no-proxy] [--at TIME]
                              [--json] HOST[:PORT]

        Connects to HOST (a name, an IPv4 address, or an IPv6 address in brackets:
        [::1]:8443; default port 443), sends one TLS ClientHello and reads the server's
        handshake just far enough to get its certificate chain and the signature that proves
        it holds the leaf's private key, then closes. No application data is sent. Shows the
        negotiated version (TLS 1.2 or 1.3), cipher suite, key exchange, ALPN, whether the
        key possession proof verified, the stapled OCSP response, and every certificate as
        served, in order (as `x509dump show` would). A handshake that fails is explained in
        words ("the server requires SNI", "no shared cipher suite").

        options:
        \(ProbeConnectOptions.help)
          --save FILE           write the served chain as PEM to FILE (leaf first, as served)
          --at TIME             judge validity at TIME (2026-11-22T12:00:00Z or 2026-11-22)
          --json                the same as JSON

        To check the served chain for every problem (missing intermediate, wrong order,
        expiry, name mismatch), run `x509dump diagnose --connect HOST[:PORT]`.

        exit codes: 0 chain received and key possession proven, 1 the server failed the
        handshake or its key was not proven, 2 usage, or no connection.
        """
    static let options = OptionSpec(flags: ProbeConnectOptions.flags, valued: ProbeConnectOptions.valued.union(["--save", "--at"]))

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let target: ProbeTarget
        let probeOptions: ProbeOptions
        let now: Int64
        do {
            guard arguments.positionals.count == 1 else { throw UsageError(message: "expected one HOST[:PORT]") }
            target = try ProbeTarget(arguments.positionals[0])
            probeOptions = try ProbeConnectOptions.options(target, arguments)
            now = try TimeOption.resolve(arguments)
        } catch {
            Output.error("x509dump probe: \((error as? UsageError)?.message ?? "\(error)")\n\n\(usage)")
            return ExitCode.usage
        }
        let result: ProbeResult
        do {
            result = try TLSProbe.run(probeOptions)
        } catch {
            if arguments.json {
                JSONStreamWriter.print(ProbeRendering.json(error: error, target: target))
            } else {
                Output.error("x509dump probe: \(target.description): \(error)")
            }
            return exitCode(for: error)
        }
        if let path = arguments.value("--save") {
            do {
                try OutputFile.write(ProbeConnectOptions.pem(result), to: path)
            } catch {
                Output.error("x509dump probe: cannot write \(path): \(error)")
                return ExitCode.usage
            }
        }
        let rendering = ProbeRendering(target: target, result: result, now: now)
        if arguments.json {
            JSONStreamWriter.print(rendering.json())
        } else {
            Output.print(rendering.text())
        }
        return rendering.hasProblems ? ExitCode.problems : ExitCode.ok
    }

    /// Connection failures (no such host, refused, timed out before connecting) are exit
    /// code 2 like unreadable input; everything the server did is 1.
    static func exitCode(for error: ProbeError) -> Int32 {
        switch error {
        case .resolve, .connect: ExitCode.usage
        default: ExitCode.problems
        }
    }
}
