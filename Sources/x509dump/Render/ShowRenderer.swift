import PureX509

/// `x509dump show`'s output for a set of inputs, each read once through `FileContents`:
/// the text a person reads, the JSON a program reads (from the same values), and the
/// certificates for `--pem`. Certificates inside PKCS#7 and PKCS#12 containers are shown in
/// full after their container; keys say which certificate of all inputs they belong to.
struct ShowRenderer {
    /// One input: its name as given and what was read from it.
    struct Input {
        let name: String
        let contents: FileContents
    }

    let inputs: [Input]
    /// The time validity is judged at (seconds since 1970).
    let now: Int64
    /// Every certificate of every input, for key matching.
    let certificates: [KeyRenderer.CertificateReference]

    init(inputs: [Input], now: Int64) {
        self.inputs = inputs
        self.now = now
        certificates = KeyRenderer.references(inputs.map { ($0.name, $0.contents) })
    }

    /// Whether some input had something that could not be read (exit code 1).
    var hasProblems: Bool { inputs.contains { !$0.contents.problems.isEmpty } }

    /// The certificates of all inputs (containers included), in input order.
    var allCertificates: [Certificate] { inputs.flatMap { $0.contents.allCertificates } }

    // MARK: Text

    /// The report: per input, what the file is, then each thing in it, then its problems.
    func text() -> String {
        inputs.map(text(of:)).joined(separator: "\n\n") + "\n"
    }

    private func text(of input: Input) -> String {
        let name = input.name
        let format = input.contents.format
        var heading = ["\(name): \(format.description)"]
        if let advice = format.advice {
            let label = format.kind == .text ? "Hint" : "To convert"
            heading.append(KeyRenderer.row(label, KeyRenderer.substitute(advice, file: name)))
        }
        var header = heading.joined(separator: "\n")
        // Sections with the line they start at, so that problems come in file order.
        var sections: [(line: Int, text: String)] = []
        func append(_ text: String, _ line: Int?) { sections.append((line ?? 0, text)) }
        var number = 0
        for entry in input.contents.entries {
            let place = entry.pemLine.map { "\(name), line \($0)" } ?? name
            switch entry.item {
            case .certificate(let certificate):
                number += 1
                append(DocumentRenderer.text(certificate, heading: "Certificate #\(number) (\(place))", now: now), entry.pemLine)
            case .certificateRequest(let request):
                let matches = KeyRenderer.matchLines({ request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) },
                                                   certificates: certificates)
                let text = [DocumentRenderer.text(request, heading: "Certificate request (\(place))")] + matches
                append(text.joined(separator: "\n"), entry.pemLine)
            case .crl(let crl):
                append(DocumentRenderer.text(crl, heading: "CRL (\(place))", now: now), entry.pemLine)
            case .pkcs7(let bundle):
                append(lines(entry.item, place: place), entry.pemLine)
                let inside = place + ", in the PKCS#7 bundle"
                for certificate in bundle.certificates {
                    number += 1
                    append(DocumentRenderer.text(certificate, heading: "Certificate #\(number) (\(inside))", now: now), entry.pemLine)
                }
                for crl in bundle.crls {
                    append(DocumentRenderer.text(crl, heading: "CRL (\(inside))", now: now), entry.pemLine)
                }
            case .pkcs12(let bundle):
                append(lines(entry.item, place: place), entry.pemLine)
                let inside = place + ", in the PKCS#12 file"
                for certificate in bundle.certificates {
                    number += 1
                    append(DocumentRenderer.text(certificate, heading: "Certificate #\(number) (\(inside))", now: now), entry.pemLine)
                }
                for crl in bundle.crls {
                    append(DocumentRenderer.text(crl, heading: "CRL (\(inside))", now: now), entry.pemLine)
                }
            case .privateKey, .encryptedPrivateKey, .publicKey:
                append(lines(entry.item, place: place), entry.pemLine)
            }
        }
        for problem in input.contents.problems {
            if Self.isUnknownFormat(problem) {
                header += "\n" + KeyRenderer.row("Nothing shown", "not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12 file")
            } else {
                append(KeyRenderer.problemLines(problem, file: name).joined(separator: "\n"), problem.pemLine)
            }
        }
        // Stable: entries and problems of one line keep their order.
        let ordered = sections.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        return ([header] + ordered.map(\.element.text)).joined(separator: "\n\n")
    }

    private func lines(_ item: FileContents.Item, place: String) -> String {
        (KeyRenderer.textLines(for: item, place: place, certificates: certificates) ?? []).joined(separator: "\n")
    }

    /// The problem `FileContents` records for an input of a format it does not read (the
    /// header line already says what the file is).
    static func isUnknownFormat(_ problem: KeyFileError) -> Bool {
        if case .wrongFormat = problem.reason, problem.context == "input" { return true }
        return false
    }

    // MARK: JSON

    /// `{"inputs": [{"file", "format", "items", "problems"}]}`. Items have a `kind`
    /// (certificate, certificateRequest, crl, privateKey, encryptedPrivateKey, publicKey,
    /// pkcs7, pkcs12) and a `source` (file, PEM line, container, certificate number); a
    /// container's certificates and CRLs follow it as items of their own.
    func json() -> JSONValue {
        .object([("inputs", .array(inputs.map(json(of:))))])
    }

    private func json(of input: Input) -> JSONValue {
        let name = input.name
        var items: [JSONValue] = []
        var number = 0
        func source(_ line: Int?, container: String? = nil, certificate: Int? = nil) -> JSONValue {
            var members: [(String, JSONValue)] = [("file", .string(name)), ("line", line.map(JSONValue.int) ?? .null)]
            members.append(("container", container.map(JSONValue.string) ?? .null))
            if let certificate { members.append(("certificate", .int(certificate))) }
            return .object(members)
        }
        for entry in input.contents.entries {
            switch entry.item {
            case .certificate(let certificate):
                number += 1
                items.append(DocumentRenderer.json(certificate, source: source(entry.pemLine, certificate: number), now: now))
            case .certificateRequest(let request):
                var object = DocumentRenderer.json(request, source: source(entry.pemLine))
                object.append("matches", KeyRenderer.matchJSON(
                    { request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) }, certificates: certificates))
                items.append(object)
            case .crl(let crl):
                items.append(DocumentRenderer.json(crl, source: source(entry.pemLine)))
            case .pkcs7(let bundle):
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                for certificate in bundle.certificates {
                    number += 1
                    items.append(DocumentRenderer.json(
                        certificate, source: source(entry.pemLine, container: "pkcs7", certificate: number), now: now))
                }
                items += bundle.crls.map { DocumentRenderer.json($0, source: source(entry.pemLine, container: "pkcs7")) }
            case .pkcs12(let bundle):
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                for certificate in bundle.certificates {
                    number += 1
                    items.append(DocumentRenderer.json(
                        certificate, source: source(entry.pemLine, container: "pkcs12", certificate: number), now: now))
                }
                items += bundle.crls.map { DocumentRenderer.json($0, source: source(entry.pemLine, container: "pkcs12")) }
            case .privateKey, .encryptedPrivateKey, .publicKey:
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
            }
        }
        return .object([
            ("file", .string(name)),
            ("format", KeyRenderer.formatJSON(input.contents.format, file: name)),
            ("items", .array(items)),
            ("problems", .array(input.contents.problems.map { KeyRenderer.problemJSON($0, file: name) })),
        ])
    }

    // MARK: PEM

    /// The certificates of all inputs as clean PEM, in input order.
    func pem() -> String {
        allCertificates.map(\.pemEncoded).joined()
    }
}
