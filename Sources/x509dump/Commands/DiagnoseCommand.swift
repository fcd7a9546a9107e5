import PureX509

/// `x509dump diagnose`: every problem with a TLS server's certificate files, the
/// certificate it is about, and the fix.
enum DiagnoseCommand: Command {
    static let name = "diagnose"
    static let summary = "name every problem with a server's certificate, chain and key, and how to fix it"
    static let usage = """
        usage: x509dump diagnose --connect HOST[:PORT] [--servername NAME | --no-sni] [--timeout SECONDS] [options]
               x509dump diagnose --config FILE [--config-type nginx|apache|haproxy|tf-serving] [--config-base DIR] [options]
               x509dump diagnose [--cert FILE]... [--key FILE] [--ca FILE|DIR]... [--repair-from FILE|DIR]...
                                 [--host NAME|IP] [--at TIME] [--tf-serving-config FILE] [--password...]
                                 [--json] [FILE...|-]

        Reads the files a TLS server is configured with (certificates in the order it serves
        them: --cert or plain FILE arguments, PEM, DER, PKCS#7 or PKCS#12) and reports every
        problem, worst first: unreadable or damaged files, expired or not yet valid
        certificates, a chain in the wrong order or missing an intermediate, untrusted roots,
        a key that does not belong to the certificate, a host name the certificate does not
        cover, weak keys and signatures, wrong key usages. Each finding names the certificate
        (#N is its position as served), the file and line, and the fix. A file named - is
        standard input.

        The trust store is --ca, else the default store as OpenSSL chooses it: SSL_CERT_FILE
        and SSL_CERT_DIR when set, else the system store; the report names it and where the
        choice came from. When the chain's root is not trusted, the other stores clients on
        this machine use (the default store, certifi's bundle for Python requests,
        REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, NODE_EXTRA_CA_CERTS) are checked too.

        With --connect, the chain is the one HOST serves (fetched as `x509dump probe` does)
        and --host defaults to HOST. A --host name is also the SNI name sent (unless
        --servername or --no-sni says otherwise), as clients connecting to it send it: so
        `--connect 10.0.0.5 --host www.example.com` checks the certificate that backend
        serves for www.example.com.

        With --config, the files are the ones a server configuration names: nginx
        (ssl_certificate, ssl_certificate_key, ssl_password_file, include with globs, each
        server with listen ... ssl and its server_name), Apache httpd (SSLCertificateFile,
        SSLCertificateKeyFile, SSLCertificateChainFile, ServerName, ServerAlias, Include),
        HAProxy (bind ... ssl crt FILE|DIR, with FILE.key beside it) or a TensorFlow Serving
        SSL config. Every TLS site is diagnosed, each of its names checked (regular
        expressions are skipped and said so; *.example.com is checked with a name under it);
        relative paths resolve as the server resolves them (nginx: the main file's directory,
        its conf prefix; Apache: ServerRoot; HAProxy: crt-base). A missing file is reported
        at the configuration line that names it; syntax errors with file, line and column.

        options:
          --connect HOST[:PORT]      diagnose the chain a live TLS server serves (port 443);
                                     with --servername NAME, --no-sni, --timeout SECONDS
                                     (default 10), --starttls PROTOCOL, --proxy URL,
                                     --no-proxy as in `x509dump probe`
          --config FILE              a server configuration (see above); --config-type forces
                                     its kind, --config-base the directory relative paths
                                     resolve against
          --cert FILE                a served certificate file (repeat in serving order)
          --key FILE                 the private key (checked against the certificates, and
                                     for file permissions); a key inside a --cert file is used
                                     when this is absent
          --ca FILE|DIR              trust anchors (default: SSL_CERT_FILE / SSL_CERT_DIR, else
                                     the system trust store)
          --repair-from FILE|DIR     local certificates a missing intermediate may come from
          --host NAME|IP             the name clients connect to
          --at TIME                  check at this time (2026-11-22T12:00:00Z or 2026-11-22)
          --tf-serving-config FILE   a TensorFlow Serving --ssl_config_file: diagnose its
                                     server_cert and server_key
          --warn-days N, --error-days N
                                     expiry thresholds (default: warn from 30 days;
                                     no error while the certificate is valid)
          --json                     machine-readable output (the same findings)
        \(PasswordOption.help)
                                     (for encrypted keys and PKCS#12 files, which are then
                                     checked like any other; a wrong password is its own
                                     finding, wrong-password)

        exit codes: 0 no errors (warnings and notes allowed), 1 errors found, 2 usage.
        """
    static let options = OptionSpec(
        flags: ProbeConnectOptions.flags, valued: DiagnosisInputOptions.valued.union(ProbeConnectOptions.valued).union(["--connect"]))

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
    /// `environment` holds the variables that choose the trust store (`SSL_CERT_FILE`, ...)
    /// and name other clients' stores; `certifiPaths` replaces the search for certifi.
    static func diagnose(
        _ arguments: ParsedArguments, color: Bool, environment: [String: String] = DiagnosisInputOptions.processEnvironment(),
        certifiPaths: [String]? = nil
    ) throws -> (output: String, exitCode: Int32) {
        if arguments.value("--connect") != nil {
            return try DiagnoseConnect.diagnose(arguments, color: color, environment: environment, certifiPaths: certifiPaths)
        }
        if arguments.value("--config") != nil {
            return try DiagnoseConfig.diagnose(arguments, color: color, environment: environment, certifiPaths: certifiPaths)
        }
        let input = try DiagnosisInputOptions.input(arguments, environment: environment, certifiPaths: certifiPaths)
        let report = Diagnosis.run(input)
        let rendering = DiagnosisRendering(report: report, input: input)
        let output = arguments.json ? rendering.json().serialized() : rendering.text(color: color)
        return (output, report.hasErrors ? ExitCode.problems : ExitCode.ok)
    }
}
