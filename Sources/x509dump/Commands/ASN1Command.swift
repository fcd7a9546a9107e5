import PureX509ASN1

/// `x509dump asn1`: a readable tree of any DER or PEM input.
enum ASN1Command: Command {
    static let name = "asn1"
    static let summary = "show the DER structure of any input (like openssl asn1parse, clearer)"
    static let usage = """
        usage: x509dump asn1 [--json] [--full] FILE|-

        Prints every element of a DER file, or of every block of a PEM file: offset,
        depth (d), header length (hl), content length (l), tag and decoded value.
        OIDs are named as OpenSSL names them; times are shown in RFC 3339 and as written;
        BIT STRING and OCTET STRING contents that are DER themselves are shown nested.
        Private-key blocks show their structure with values redacted.

        On malformed input the tree is printed up to the failure, which is marked with
        `!!`, the reason and the byte offset. At most 1,000,000 elements per input (the
        blocks of a PEM file together); the output is written as it is made.

        options:
          --json   machine-readable output
          --full   show whole values instead of 16-byte previews

        exit codes: 0 valid DER throughout, 1 malformed input, 2 usage or unreadable file.
        """
    static let options = OptionSpec(flags: ["--full"])

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard arguments.positionals.count == 1 else {
            Output.error("x509dump asn1: expected one FILE (or - for standard input)\n\n\(usage)")
            return ExitCode.usage
        }
        let input: InputFile
        do {
            input = try InputFile.read(arguments.positionals[0])
        } catch {
            Output.error("x509dump asn1: \(error)")
            return ExitCode.usage
        }
        let report = ASN1Report(name: input.name, bytes: input.bytes)
        let output = BufferedOutput()
        if arguments.json {
            report.writeJSON(full: arguments.has("--full"), to: output)
        } else {
            report.writeText(full: arguments.has("--full"), to: output) { line in
                line.isError ? Output.styled(line.text, .red) : line.text
            }
        }
        output.flush()
        return report.isValid ? ExitCode.ok : ExitCode.problems
    }
}
