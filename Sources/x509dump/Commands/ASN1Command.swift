import PureX509ASN1

/// `x509dump asn1`: a readable tree of any DER or PEM input. (Placeholder until the PEM
/// reader lands: reads DER only.)
enum ASN1Command: Command {
    static let name = "asn1"
    static let summary = "show the DER structure of any input (like openssl asn1parse, clearer)"
    static let usage = """
        usage: x509dump asn1 [--json] FILE|-

        Prints every element: offset, depth, header and content length, tag and value.
        """
    static let options = OptionSpec()

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard arguments.positionals.count == 1 else {
            Output.error(usage)
            return ExitCode.usage
        }
        let input: InputFile
        do {
            input = try InputFile.read(arguments.positionals[0])
        } catch {
            Output.error("x509dump asn1: \(error)")
            return ExitCode.usage
        }
        do {
            let nodes = try ASN1Node.parseAll(input.bytes)
            for node in nodes { printNode(node) }
            return ExitCode.ok
        } catch {
            Output.error("x509dump asn1: \(input.name): \(error)")
            return ExitCode.problems
        }
    }

    static func printNode(_ node: ASN1Node) {
        let indent = String(repeating: "  ", count: node.depth)
        Output.print("\(node.element.start): \(indent)\(node.tag) (\(node.element.contentLength))")
        for child in node.children { printNode(child) }
    }
}
