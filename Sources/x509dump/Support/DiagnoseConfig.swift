import PureX509

/// `x509dump diagnose --config FILE`: every TLS site of a server configuration diagnosed.
enum DiagnoseConfig {
    static func diagnose(
        _ arguments: ParsedArguments, color: Bool, environment: [String: String], certifiPaths: [String]?
    ) throws -> (output: String, exitCode: Int32) {
        guard let path = arguments.value("--config") else { throw UsageError(message: "--config needs a FILE") }
        guard arguments.positionals.isEmpty && arguments.all("--cert").isEmpty && arguments.value("--key") == nil
            && arguments.value("--tf-serving-config") == nil
        else {
            throw UsageError(message: "--config takes the files from the configuration: give no FILE, --cert, --key or --tf-serving-config with it")
        }
        var kind: ServerConfiguration.Kind?
        if let text = arguments.value("--config-type") {
            guard let chosen = ServerConfiguration.Kind(rawValue: text) else {
                throw UsageError(message: "--config-type takes \(ServerConfiguration.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            kind = chosen
        }
        let configuration = ServerConfiguration(path: path, kind: kind, base: arguments.value("--config-base"))
        if configuration.kind == .tfServing {
            var input = try DiagnosisInputOptions.input(arguments, environment: environment, certifiPaths: certifiPaths)
            input.tfServingConfig = DiagnosisSource.read(path)
            let report = Diagnosis.run(input)
            let rendering = DiagnosisRendering(report: report, input: input)
            return (arguments.json ? rendering.json().serialized() : rendering.text(color: color), report.hasErrors ? ExitCode.problems : ExitCode.ok)
        }
        let base = try DiagnosisInputOptions.input(arguments, environment: environment, certifiPaths: certifiPaths)
        let diagnoses = configuration.sites.flatMap { SiteDiagnosis.run($0, base: base, host: arguments.value("--host")) }
        let failed = !configuration.problems.isEmpty || configuration.sites.isEmpty || diagnoses.contains { $0.report.hasErrors }
        let output = arguments.json ? json(configuration, diagnoses).serialized() : text(configuration, diagnoses, color: color)
        return (output, failed ? ExitCode.problems : ExitCode.ok)
    }

    static func text(_ configuration: ServerConfiguration, _ diagnoses: [SiteDiagnosis], color: Bool) -> String {
        var out = "\(configuration.kind.rawValue) configuration \(RawPath.display(configuration.path))"
        out += " (\(configuration.filesRead.count) file\(configuration.filesRead.count == 1 ? "" : "s") read): "
        out += "\(configuration.sites.count) TLS site\(configuration.sites.count == 1 ? "" : "s")\n"
        if !configuration.problems.isEmpty {
            out += "\n" + Output.styled("configuration problems:", .red, enabled: color) + "\n"
            for problem in configuration.problems { out += "  \(problem)\n" }
        }
        if configuration.sites.isEmpty {
            out += "\nno TLS site found: nothing listens with TLS and names a certificate (nginx: listen 443 ssl + ssl_certificate; Apache: SSLEngine on + SSLCertificateFile; HAProxy: bind ... ssl crt)\n"
        }
        for diagnosis in diagnoses {
            let site = diagnosis.site
            out += "\n" + Output.styled("== \(site.title) ==", .bold, enabled: color) + "\n"
            if !site.listen.isEmpty { out += "listen: \(site.listen.joined(separator: "; "))\n" }
            if !site.names.isEmpty { out += "names: \(site.names.joined(separator: " "))\n" }
            let certificate = site.certificates[diagnosis.certificateIndex]
            out += "certificate: \(RawPath.display(certificate.path)) (\(certificate.location))\n"
            if diagnosis.certificateIndex < site.keys.count {
                let key = site.keys[diagnosis.certificateIndex]
                out += "key: \(RawPath.display(key.path)) (\(key.location))\n"
            } else {
                out += "key: none named (a key inside the certificate file is used)\n"
            }
            for chain in site.chainFiles { out += "chain: \(RawPath.display(chain.path)) (\(chain.location))\n" }
            for ca in site.caFiles { out += "CA file (client certificates or OCSP, not served): \(RawPath.display(ca.path)) (\(ca.location))\n" }
            out += "hosts checked: " + (diagnosis.hostsChecked.isEmpty ? "none (no server name)" : diagnosis.hostsChecked.joined(separator: ", ")) + "\n"
            for skipped in site.hostsToCheck.notChecked { out += "not checked: \(skipped.name): \(skipped.reason)\n" }
            out += "\n" + DiagnosisRendering(report: diagnosis.report, input: diagnosis.input).text(color: color) + "\n"
        }
        return out
    }

    static func json(_ configuration: ServerConfiguration, _ diagnoses: [SiteDiagnosis]) -> JSONValue {
        func reference(_ value: ConfigFileReference) -> JSONValue {
            .object([("directive", .string(value.directive)), ("written", .string(value.written)), ("path", .string(RawPath.display(value.path))),
                     ("configFile", .string(RawPath.display(value.configFile))), ("line", .int(value.line))])
        }
        return .object([
            ("config", .string(RawPath.display(configuration.path))), ("kind", .string(configuration.kind.rawValue)),
            ("filesRead", .array(configuration.filesRead.map { .string(RawPath.display($0)) })),
            ("problems", .array(configuration.problems.map { problem in
                .object([("file", .string(RawPath.display(problem.file))), ("line", .int(problem.line)),
                         ("column", problem.column.map { .int($0) } ?? .null), ("message", .string(problem.message))])
            })),
            ("sites", .array(diagnoses.map { diagnosis in
                let site = diagnosis.site
                return .object([
                    ("title", .string(site.title)), ("configFile", .string(RawPath.display(site.configFile))), ("line", .int(site.line)),
                    ("listen", .array(site.listen.map { .string($0) })), ("names", .array(site.names.map { .string($0) })),
                    ("hostsChecked", .array(diagnosis.hostsChecked.map { .string($0) })),
                    ("namesNotChecked", .array(site.hostsToCheck.notChecked.map { .object([("name", .string($0.name)), ("reason", .string($0.reason))]) })),
                    ("certificate", reference(site.certificates[diagnosis.certificateIndex])),
                    ("key", diagnosis.certificateIndex < site.keys.count ? reference(site.keys[diagnosis.certificateIndex]) : .null),
                    ("chainFiles", .array(site.chainFiles.map(reference))), ("caFiles", .array(site.caFiles.map(reference))),
                    ("report", DiagnosisRendering(report: diagnosis.report, input: diagnosis.input).json()),
                ])
            })),
        ])
    }
}
