import PureX509

/// `x509dump show` (and `x509dump FILE`): everything in any input, read once through
/// `FileContents`, for a person (or `--json`), or the certificates re-emitted as clean PEM
/// (`--pem`).
enum ShowCommand: Command {
    static let name = "show"
    static let summary = "certificates, CSRs, CRLs, keys, .p7b and .p12 at a glance, and which key fits which certificate"
    static let usage = """
        usage: x509dump show [options] FILE...|-
               x509dump FILE...

        Reads any input (PEM with any blocks, DER certificate, CSR, CRL, private or public
        key, PKCS#7 .p7b, PKCS#12 .p12/.pfx) and prints what the file is, then everything
        in it:
          certificates   subject, issuer, validity relative to now or --at ("expires in 23
                         days"), SANs, key type and size, CA or leaf, key usages,
                         fingerprints, then every extension; leniencies the parser needed
          CSRs, CRLs     subject or issuer, key, requested extensions; updates, revoked serials
          keys           type, size, encoding, encryption, SPKI pin, and which certificate
                         of all the inputs it belongs to (private key values are never shown)
          containers     PKCS#7 and PKCS#12 contents (bags, integrity, encryption), then
                         their certificates in full
        Formats it cannot read (Java keystores, OpenSSH and PuTTY keys, text, empty files)
        are named with the command that converts them; damaged input is reported with its
        PEM line and byte offset, and the rest of the file is still shown.

        options:
          --json                every field as JSON: {"inputs": [{"file", "format", "items",
                                "problems"}]}
          --pem                 write the certificates (also those in .p7b/.p12) as clean
                                PEM, nothing else; problems go to standard error
          --at TIME             judge validity at TIME: RFC 3339 UTC (2026-11-22T12:00:00Z)
                                or a date (2026-11-22)
        \(PasswordOption.help)

        exit codes: 0 everything read, 1 something could not be read (malformed block,
        missing or wrong password, unknown format, empty file), 2 usage or unreadable file.
        """
    static let options = OptionSpec(flags: ["--pem"], valued: PasswordOption.names.union(["--at"]))

    /// What the command writes and its exit code.
    struct Result {
        var standardOutput: String = ""
        var standardError: String = ""
        var exitCode: Int32 = ExitCode.ok
    }

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let output = BufferedOutput()
        var result = Result()
        execute(arguments, output: output, result: &result)
        output.flush()
        if !result.standardError.isEmpty { Output.write(result.standardError, to: 2) }
        return result.exitCode
    }

    /// Runs the command without writing anything: the output, errors and exit code.
    static func execute(_ arguments: ParsedArguments) -> Result {
        let output = BufferedOutput.capturing()
        var result = Result()
        execute(arguments, output: output, result: &result)
        result.standardOutput = output.text
        return result
    }

    /// Runs the command: standard output into `output` as it is made, errors and exit code
    /// into `result`.
    private static func execute(_ arguments: ParsedArguments, output: BufferedOutput, result: inout Result) {
        guard !arguments.positionals.isEmpty else {
            result.standardError = "x509dump show: expected at least one FILE (or - for standard input)\n\n\(usage)\n"
            result.exitCode = ExitCode.usage
            return
        }
        let now: Int64
        let password: String?
        do {
            now = try TimeOption.resolve(arguments)
            password = try PasswordOption.resolve(arguments)
        } catch {
            let message = (error as? UsageError)?.message ?? "\(error)"
            result.standardError = "x509dump show: \(message)\n"
            result.exitCode = ExitCode.usage
            return
        }
        var inputs: [ShowRenderer.Input] = []
        var unreadable = false
        for name in arguments.positionals {
            do {
                let file = try InputFile.read(name)
                for line in JoinedPEMNote.lines(in: file.bytes) {
                    result.standardError += JoinedPEMNote.note(command: "show", file: file.name, line: line) + "\n"
                }
                inputs.append(ShowRenderer.Input(name: file.name, contents: FileContents(bytes: file.bytes, password: password)))
            } catch {
                result.standardError += "x509dump show: \(error)\n"
                unreadable = true
            }
        }
        let renderer = ShowRenderer(inputs: inputs, now: now)
        if arguments.has("--pem") {
            let written = renderer.writePEM(to: output)
            for input in inputs {
                for problem in input.contents.problems {
                    result.standardError += "x509dump show: \(input.name): \(problem)"
                        + (problem.hint.map { "\n  hint: " + KeyRenderer.substitute($0, file: input.name) } ?? "") + "\n"
                }
            }
            if written == 0 && !inputs.isEmpty {
                result.standardError += "x509dump show: no certificate to write\n"
                result.exitCode = ExitCode.problems
            }
        } else if arguments.json {
            renderer.writeJSON(to: JSONStreamWriter(output))
        } else if !inputs.isEmpty {
            renderer.writeText(to: output)
        }
        if renderer.hasProblems { result.exitCode = ExitCode.problems }
        if unreadable { result.exitCode = ExitCode.usage }
    }
}
