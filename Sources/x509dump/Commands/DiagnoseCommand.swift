import PureX509

/// `x509dump diagnose`: every problem with a TLS server's certificate files, the
/// certificate it is about, and the fix.
enum DiagnoseCommand: Command {
    static let name = "diagnose"
    static let summary = "name every problem with a server's certificate, chain and key, and how to fix it"
    static let usage = """
        usage: x509dump diagnose [--cert FILE]... [--key FILE] [--ca FILE|DIR]... [--repair-from FILE|DIR]...
                                 [--host NAME|IP] [--at TIME] [--tf-serving-config FILE] [--json] [FILE...]

        Reads the files a TLS server is configured with (certificates in the order it serves
        them: --cert or plain FILE arguments, PEM, DER, PKCS#7 or PKCS#12) and reports every
        problem, worst first: unreadable or damaged files, expired or not yet valid
        certificates, a chain in the wrong order or missing an intermediate, untrusted roots,
        a key that does not belong to the certificate, a host name the certificate does not
        cover, weak keys and signatures, wrong key usages. Each finding names the certificate
        (#N is its position as served), the file and line, and the fix.

        options:
          --cert FILE                a served certificate file (repeat in serving order)
          --key FILE                 the private key (checked against the certificates, and
                                     for file permissions); a key inside a --cert file is used
                                     when this is absent
          --ca FILE|DIR              trust anchors (default: the system trust store)
          --repair-from FILE|DIR     local certificates a missing intermediate may come from
          --host NAME|IP             the name clients connect to
          --at TIME                  check at this time (2026-11-22T12:00:00Z or 2026-11-22)
          --tf-serving-config FILE   a TensorFlow Serving --ssl_config_file: diagnose its
                                     server_cert and server_key
          --warn-days N, --error-days N
                                     expiry thresholds (default: warn from 30 days;
                                     no error while the certificate is valid)
          --json                     machine-readable output (the same findings)

        exit codes: 0 no errors (warnings and notes allowed), 1 errors found, 2 usage.
        """
    static let options = OptionSpec(valued: DiagnosisInputOptions.valued)

    static func run(_ arguments: ParsedArguments) -> Int32 {
        do {
            let result = try diagnose(arguments, color: Output.useColor && !arguments.has("--no-color"))
            Output.print(result.output)
            return result.exitCode
        } catch let error as UsageError {
            Output.error("x509dump diagnose: \(error.message)\n\n\(usage)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump diagnose: \(error)")
            return ExitCode.usage
        }
    }

    /// The report as it is printed (text, or JSON with `--json`) and the exit code.
    static func diagnose(_ arguments: ParsedArguments, color: Bool) throws -> (output: String, exitCode: Int32) {
        let input = try DiagnosisInputOptions.input(arguments)
        let report = Diagnosis.run(input)
        let rendering = DiagnosisRendering(report: report, input: input)
        let output = arguments.json ? rendering.json().serialized() : rendering.text(color: color)
        return (output, report.hasErrors ? ExitCode.problems : ExitCode.ok)
    }
}
