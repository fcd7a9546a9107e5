import PureX509
import PureX509ASN1

/// `x509dump fix-chain`: writes the chain a server should serve: the leaf, then each issuer
/// in order, no root, no strangers or repeats, missing intermediates taken from the repair
/// pool.
enum FixChainCommand: Command {
    static let name = "fix-chain"
    static let summary = "write the served chain in the right order, completed and without extras"
    static let usage = """
        usage: x509dump fix-chain FILE...|- [--repair-from FILE|DIR]... [--ca FILE|DIR]... [--key FILE]
                                  [--tf-serving-config FILE] [--at TIME] [-o OUT | --in-place] [--json]

        Reads the certificates a server serves (FILE..., any order, PEM, DER, PKCS#7 or
        PKCS#12; - reads standard input) and writes, as PEM, the chain it should serve: the leaf first (the
        certificate the --key belongs to, if given), then each certificate's issuer, up to
        but not including the self-signed root. Duplicates, the root and certificates on no
        path are left out; a missing intermediate is taken from --repair-from (or from --ca
        when a trust anchor is itself an intermediate). Validity dates do not change the
        order: run x509dump diagnose for those.

        The result goes to standard output, or to OUT with -o. The input is never changed
        unless --in-place is given (one FILE only); then FILE is first copied to FILE.bak
        (FILE.bak.1, ... if that exists) and replaced atomically. A chain that cannot be
        completed up to a trust anchor or a root is still written to standard output or OUT
        (exit code 1), but never in place.

        What changed is listed on standard error.

        options:
          --repair-from FILE|DIR   local certificates to take missing intermediates from
          --ca FILE|DIR            trust anchors (default: SSL_CERT_FILE / SSL_CERT_DIR, else
                                   the system trust store)
          --key FILE               the private key, to tell which certificate is the leaf
          --tf-serving-config FILE read server_cert of a TensorFlow Serving SSL config
          -o, --output OUT         write to OUT instead of standard output
          --in-place               replace the (single) input file, keeping a backup
          --password PASS, --password-file FILE, --password-env VAR
                                   the password of a PKCS#12 FILE or an encrypted --key
          --json                   print the corrected chain and the changes as JSON

        exit codes: 0 complete chain written, 1 chain incomplete (written, not in place),
        2 usage or unreadable input.
        """
    static let options = OptionSpec(flags: ["--in-place"], valued: DiagnosisInputOptions.valued.union(["-o", "--output"]))

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let input: DiagnosisInput
        do {
            input = try DiagnosisInputOptions.input(arguments)
        } catch let error as UsageError {
            Output.error("x509dump fix-chain: \(error.message)\n\n\(usage)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump fix-chain: \(error)")
            return ExitCode.usage
        }
        let output = arguments.value("-o") ?? arguments.value("--output")
        let inPlace = arguments.has("--in-place")
        let inputPaths = input.certificates.map(\.name) + (input.tfServingConfig.map { [$0.name] } ?? [])
        if inPlace {
            guard output == nil else { return usageError("--in-place and -o exclude each other") }
            guard input.certificates.count == 1, input.tfServingConfig == nil else {
                return usageError("--in-place takes exactly one certificate FILE (not a TensorFlow Serving config)")
            }
            guard !(arguments.all("--cert") + arguments.positionals).contains("-") else {
                return usageError("--in-place cannot replace standard input: write to standard output or -o OUT")
            }
        }
        if let output, inputPaths.contains(where: { $0 == output || OutputFile.isSameFile($0, output) }) {
            return usageError("-o \(output) is an input file: use --in-place to replace it (a backup is kept)")
        }

        let report = Diagnosis.run(input)
        guard !report.correctedChain.isEmpty else {
            for finding in report.findings where finding.severity == .error {
                Output.error("x509dump fix-chain: \(finding.message)")
            }
            if report.findings.isEmpty { Output.error("x509dump fix-chain: no certificate found") }
            return ExitCode.usage
        }
        let changes = self.changes(report)
        let pem = report.correctedChain.map { PEMWriter.encode($0.certificate.derEncoded, label: .certificate) }.joined()
        let incomplete = !report.correctedChainIsComplete

        if arguments.json {
            JSONStreamWriter.print(json(report, changes: changes, output: output, inPlace: inPlace))
        } else {
            for change in changes { Output.error(change) }
            if incomplete {
                Output.error("warning: the chain could not be completed up to a trust anchor or a root (run x509dump diagnose for why); it is written as far as it goes.")
            }
        }

        if inPlace {
            guard !incomplete else {
                Output.error("x509dump fix-chain: not replacing \(inputPaths[0]): the corrected chain is incomplete.")
                return ExitCode.problems
            }
            let path = inputPaths[0]
            guard case .bytes(let original) = input.certificates[0].content else { return ExitCode.usage }
            let backup = OutputFile.backupName(for: path)
            let mode = OutputFile.mode(path) ?? 0o644
            do {
                try OutputFile.write(original, to: backup, mode: mode)
                try OutputFile.write(Array(pem.utf8), to: path, mode: mode)
            } catch {
                Output.error("x509dump fix-chain: \(error)")
                return ExitCode.usage
            }
            if !arguments.json { Output.error("wrote \(path) (the previous version is in \(backup))") }
        } else if let output {
            do {
                try OutputFile.write(Array(pem.utf8), to: output)
            } catch {
                Output.error("x509dump fix-chain: \(error)")
                return ExitCode.usage
            }
            if !arguments.json { Output.error("wrote \(output)") }
        } else if !arguments.json {
            Output.write(pem, to: 1)
        }
        return incomplete ? ExitCode.problems : ExitCode.ok
    }

    static func usageError(_ message: String) -> Int32 {
        Output.error("x509dump fix-chain: \(message)\n\n\(usage)")
        return ExitCode.usage
    }

    /// What the corrected chain does differently from the served one, one line each.
    static func changes(_ report: DiagnosisReport) -> [String] {
        var lines: [String] = []
        for finding in report.findings where finding.code == .pemMissingLineBreak {
            lines.append("repaired a missing line break between two PEM blocks (\(finding.file ?? "the input")\(finding.line.map { " line \($0)" } ?? ""))")
        }
        let corrected = report.correctedChain
        let correctedSet = Set(corrected.map(\.certificate))
        var servedFirst: [Certificate: Int] = [:]
        for located in report.certificates where servedFirst[located.certificate] == nil {
            servedFirst[located.certificate] = located.index
        }
        for (position, located) in corrected.enumerated() {
            let subject = located.certificate.subject.rfc4514String
            if let index = servedFirst[located.certificate] {
                if index != position { lines.append("moved   #\(index) \(subject) to position \(position)") }
            } else {
                lines.append("added   \(subject) from \(located.file.map { name in located.line.map { "\(name) line \($0)" } ?? name } ?? "the \(located.origin == .trustStore ? "trust store" : "repair pool")") at position \(position)")
            }
        }
        var seen: Set<Certificate> = []
        for located in report.certificates {
            let subject = located.certificate.subject.rfc4514String
            let index = located.index ?? 0
            if !seen.insert(located.certificate).inserted {
                lines.append("removed #\(index) \(subject): a repeat of #\(servedFirst[located.certificate] ?? 0)")
            } else if !correctedSet.contains(located.certificate) {
                let why = report.chain?.last?.certificate == located.certificate || located.certificate.isSelfIssued
                    ? "the root (clients use their own copy)" : "not on the path to a trust anchor"
                lines.append("removed #\(index) \(subject): \(why)")
            }
        }
        if lines.isEmpty || lines.allSatisfy({ $0.hasPrefix("repaired") }) {
            lines.append(report.correctedChainIsComplete
                ? (lines.isEmpty ? "unchanged: the served chain is already in order and complete" : "the certificates were already in order and complete")
                : "nothing to reorder or remove, but the chain is incomplete: no issuer was found for its last certificate")
        }
        return lines
    }

    static func json(_ report: DiagnosisReport, changes: [String], output: String?, inPlace: Bool) -> JSONValue {
        .object([
            ("complete", .bool(report.correctedChainIsComplete)),
            ("chain", .array(report.correctedChain.map(DiagnosisRendering.link))),
            ("changes", .array(changes.map { .string($0) })),
            ("output", output.map { .string($0) } ?? (inPlace ? .string("in place") : .null)),
            ("pem", .string(report.correctedChain.map { PEMWriter.encode($0.certificate.derEncoded, label: .certificate) }.joined())),
        ])
    }
}
