import PureX509

/// `x509dump scan`: walks files and directories and reports what expires when.
enum ScanCommand: Command {
    static let name = "scan"
    static let summary = "find every certificate under files and directories and report what expires when (cron, Nagios, Prometheus)"
    static let usage = """
        usage: x509dump scan PATH... [--warn-days N] [--error-days N] [--at TIME]
                             [--prometheus | --nagios | --json] [--output FILE] [--only-problems] [--list-skipped]

        Walks each PATH (a file or a directory, recursively) and reads every certificate, bundle,
        PKCS#7, PKCS#12 and CRL file it finds: files named like certificates (.pem .crt .cer .der
        .p7b .p12 .pfx .crl .key .jks ...) and any other file holding a PEM block or DER
        certificate. Prints a timeline of what expires when, soonest first, and a summary.
        Symbolic links are followed, each directory once (link loops end); FIFOs, sockets and
        devices are never opened; files not read are counted (--list-skipped lists them).

        options:
          --warn-days N     an expiry within N days is a warning (default 30)
          --error-days N    an expiry within N days is an error (default 7)
          --at TIME         judge at this time (2026-11-22T12:00:00Z or 2026-11-22)
          --only-problems   list only expired, error and warning entries
          --list-skipped    list each file not read and why
          --prometheus      write the node exporter textfile format, with the metric names and
                            labels of enix's x509-certificate-exporter (x509_cert_not_after, ...)
          --nagios          one status line with performance data, Nagios plugin exit codes
          --json            machine-readable output
          --output FILE     write to FILE atomically (temporary file, then rename), e.g. for the
                            textfile collector's directory
        \(PasswordOption.help)

        exit codes: 0 nothing within --warn-days, 1 something expired, within the thresholds, or
        unreadable (a file meant to hold certificates, a damaged block), 2 usage.
        With --nagios: 0 OK, 1 WARNING, 2 CRITICAL (expired or within --error-days), 3 UNKNOWN
        (unreadable input, nothing found).
        """
    static let options = OptionSpec(
        flags: ["--prometheus", "--nagios", "--only-problems", "--list-skipped"],
        valued: Set(["--warn-days", "--error-days", "--at", "--output"]).union(PasswordOption.names))

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let time: Int64
        let thresholds: ExpiryThresholds
        var options = ScanOptions()
        do {
            guard !arguments.positionals.isEmpty else { throw UsageError(message: "name at least one PATH (a file or a directory)") }
            let formats = ["--prometheus", "--nagios", "--json"].filter { arguments.has($0) }
            guard formats.count <= 1 else { throw UsageError(message: "give only one of \(formats.joined(separator: ", "))") }
            time = try TimeOption.resolve(arguments)
            let warn = try DaysOption.value(arguments, "--warn-days") ?? 30
            let error = try DaysOption.value(arguments, "--error-days") ?? 7
            guard error <= warn else { throw UsageError(message: "--error-days (\(error)) must not be more than --warn-days (\(warn))") }
            thresholds = ExpiryThresholds(warnDays: warn, errorDays: error)
            options.password = try PasswordOption.resolve(arguments)
        } catch let error as UsageError {
            Output.error("x509dump scan: \(error.message)\n\n\(usage)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump scan: \(error)")
            return ExitCode.usage
        }
        // A scan reads many files one after another and keeps only what it found: the
        // per-process input bound of the other commands does not apply (each file is
        // bounded by ScanOptions.maximumFileSize instead).
        RegularFile.setProcessLimit(.max)
        let report = CertificateScan(options: options).run(arguments.positionals)
        let rendering = ScanRendering(report: report, time: time, thresholds: thresholds)
        let text: String
        if arguments.has("--prometheus") {
            text = report.prometheusTextfile(at: time)
        } else if arguments.has("--nagios") {
            text = rendering.nagios() + "\n"
        } else if arguments.json {
            text = rendering.json().serialized() + "\n"
        } else {
            text = rendering.text(onlyProblems: arguments.has("--only-problems"), listSkipped: arguments.has("--list-skipped"),
                                  color: Output.useColor && !arguments.has("--no-color") && arguments.value("--output") == nil)
        }
        if let path = arguments.value("--output") {
            do {
                try OutputFile.write(Array(text.utf8), to: path)
            } catch {
                Output.error("x509dump scan: cannot write \(error.description)")
                return ExitCode.usage
            }
        } else {
            Output.write(text, to: 1)
        }
        if arguments.has("--nagios") { return rendering.nagiosExitCode }
        let worst = report.worstStatus(at: time, thresholds: thresholds)
        return worst <= .warning || !report.readErrors.isEmpty ? ExitCode.problems : ExitCode.ok
    }
}
