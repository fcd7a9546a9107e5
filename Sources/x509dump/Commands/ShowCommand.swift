import PureX509

/// `x509dump show`: every certificate, CSR and CRL in the input, for a person (or `--json`),
/// or the certificates re-emitted as clean PEM (`--pem`).
enum ShowCommand: Command {
    static let name = "show"
    static let summary = "show certificates, CSRs and CRLs: names, validity, SANs, key, usages, fingerprints, extensions"
    static let usage = """
        usage: x509dump show [--json] [--pem] [--at TIME] FILE...|-
               x509dump FILE...

        Reads PEM (any number of CERTIFICATE, CERTIFICATE REQUEST and X509 CRL blocks) or
        one DER certificate, CSR or CRL per file, and prints each: subject, issuer,
        validity relative to now or --at ("expires in 23 days"), SANs, key type and size,
        CA or leaf, key usages, fingerprints, then every extension. Leniencies the parser
        needed are named.

        --json       every field as JSON (an array of objects)
        --pem        write the certificates again as clean PEM, nothing else
        --at TIME    judge validity at TIME: RFC 3339 UTC (2026-11-22T12:00:00Z) or a date

        Exit codes: 0 everything parsed, 1 something did not parse, 2 usage or unreadable input.
        """
    static let options = OptionSpec(flags: ["--pem"], valued: ["--at"])

    /// One thing found in the input.
    enum Item {
        case certificate(Certificate)
        case request(CertificateSigningRequest)
        case crl(CertificateRevocationList)
        case failure(String)
    }

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            Output.error(usage)
            return ExitCode.usage
        }
        let now: Int64
        do {
            now = try TimeOption.resolve(arguments)
        } catch let error as UsageError {
            Output.error("x509dump show: \(error.message)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump show: \(error)")
            return ExitCode.usage
        }
        var exitCode = ExitCode.ok
        var json: [JSONValue] = []
        var text: [String] = []
        var pem = ""
        for name in arguments.positionals {
            let input: InputFile
            do {
                input = try InputFile.read(name)
            } catch {
                Output.error("x509dump show: \(error)")
                return ExitCode.usage
            }
            let items = read(input.bytes)
            if items.isEmpty {
                text.append("\(input.name): no certificate, CSR or CRL found")
                json.append(.object([("kind", .string("error")), ("source", .string(input.name)), ("error", .string("no certificate, CSR or CRL found"))]))
                exitCode = ExitCode.problems
            }
            for (index, entry) in items.enumerated() {
                let place = entry.line.map { "\(input.name), line \($0)" } ?? input.name
                let source: JSONValue = .object([
                    ("file", .string(input.name)), ("index", .int(index)), ("line", entry.line.map(JSONValue.int) ?? .null),
                ])
                let number = "\(index + 1) of \(items.count)"
                switch entry.item {
                case .certificate(let certificate):
                    text.append(DocumentRenderer.text(certificate, heading: "Certificate \(number) (\(place))", now: now))
                    json.append(DocumentRenderer.json(certificate, source: source, now: now))
                    pem += certificate.pemEncoded
                case .request(let request):
                    text.append(DocumentRenderer.text(request, heading: "Certificate request \(number) (\(place))"))
                    json.append(DocumentRenderer.json(request, source: source))
                case .crl(let crl):
                    text.append(DocumentRenderer.text(crl, heading: "CRL \(number) (\(place))", now: now))
                    json.append(DocumentRenderer.json(crl, source: source))
                case .failure(let message):
                    text.append("Item \(number) (\(place)): cannot parse: \(message)")
                    json.append(.object([("kind", .string("error")), ("source", source), ("error", .string(message))]))
                    exitCode = ExitCode.problems
                }
            }
        }
        if arguments.has("--pem") {
            Output.write(pem, to: 1)
        } else if arguments.json {
            Output.print(JSONValue.array(json).serialized())
        } else {
            Output.print(text.joined(separator: "\n\n"))
        }
        return exitCode
    }

    /// Everything in one input, in order, with PEM line numbers.
    static func read(_ bytes: [UInt8]) -> [(item: Item, line: Int?)] {
        switch InputEncoding.sniff(bytes) {
        case .der:
            return [(parseDER(bytes), nil)]
        case .pem:
            let document: PEMDocument
            do {
                document = try PEMDocument(parsing: bytes)
            } catch {
                return [(.failure("PEM: \(error)"), error.line)]
            }
            var result: [(Item, Int?)] = []
            for block in document.blocks {
                switch block.label {
                case .certificate, .trustedCertificate:
                    do {
                        result.append((.certificate(try Certificate(pemBlock: block)), block.beginLine))
                    } catch {
                        result.append((.failure("\(error)"), block.beginLine))
                    }
                case .certificateRequest, .newCertificateRequest:
                    do {
                        result.append((.request(try CertificateSigningRequest(derEncoded: block.der)), block.beginLine))
                    } catch {
                        result.append((.failure("\(error)"), block.beginLine))
                    }
                case .x509CRL:
                    do {
                        result.append((.crl(try CertificateRevocationList(derEncoded: block.der)), block.beginLine))
                    } catch {
                        result.append((.failure("\(error)"), block.beginLine))
                    }
                default:
                    continue
                }
            }
            return result
        case .unknown:
            // A DER SEQUENCE that does not even frame (truncated, bad length): let the
            // certificate parser say what and where.
            return bytes.first == 0x30 ? [(parseDER(bytes), nil)] : []
        }
    }

    /// A DER input: a certificate, else a CSR, else a CRL; the certificate's error if none.
    static func parseDER(_ bytes: [UInt8]) -> Item {
        do {
            return .certificate(try Certificate(derEncoded: bytes))
        } catch {
            if let request = try? CertificateSigningRequest(derEncoded: bytes) { return .request(request) }
            if let crl = try? CertificateRevocationList(derEncoded: bytes) { return .crl(crl) }
            return .failure("\(error)")
        }
    }
}
