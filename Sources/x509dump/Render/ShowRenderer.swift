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
    /// Every CRL of every input, for "is this certificate revoked".
    let crls: [(file: String, crl: CertificateRevocationList)]

    init(inputs: [Input], now: Int64) {
        self.inputs = inputs
        self.now = now
        certificates = KeyRenderer.references(inputs.map { ($0.name, $0.contents) })
        crls = inputs.flatMap { input in input.contents.allCRLs.map { (input.name, $0) } }
    }

    /// Whether some input had something that could not be read (exit code 1).
    var hasProblems: Bool { inputs.contains { !$0.contents.problems.isEmpty } }

    /// The certificates of all inputs (containers included), in input order.
    var allCertificates: [Certificate] { inputs.flatMap { $0.contents.allCertificates } }

    // MARK: Text

    /// The report: per input, what the file is, then each thing in it and each problem, in
    /// file order.
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
                var text = certificateText(certificate, heading: "Certificate #\(number) (\(place))")
                if let settings = entry.trustSettings {
                    text = Self.inserting(DocumentRenderer.rows("Trust", [settings.description]), into: text, after: "  Validity:", skipping: 1)
                }
                append(text, entry.pemLine)
            case .certificateRequest(let request):
                let matches = KeyRenderer.matchLines({ request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) },
                                                   certificates: certificates)
                let text = [DocumentRenderer.text(request, heading: "Certificate request (\(place))")] + matches
                append(text.joined(separator: "\n"), entry.pemLine)
            case .crl(let crl):
                append(crlText(crl, heading: "CRL (\(place))"), entry.pemLine)
            case .pkcs7(let bundle):
                append(lines(entry.item, place: place), entry.pemLine)
                let inside = place + ", in the PKCS#7 bundle"
                for certificate in bundle.certificates {
                    number += 1
                    append(certificateText(certificate, heading: "Certificate #\(number) (\(inside))"), entry.pemLine)
                }
                for crl in bundle.crls {
                    append(crlText(crl, heading: "CRL (\(inside))"), entry.pemLine)
                }
            case .pkcs12(let bundle):
                append(lines(entry.item, place: place), entry.pemLine)
                let inside = place + ", in the PKCS#12 file"
                for certificate in bundle.certificates {
                    number += 1
                    append(certificateText(certificate, heading: "Certificate #\(number) (\(inside))"), entry.pemLine)
                }
                for crl in bundle.crls {
                    append(crlText(crl, heading: "CRL (\(inside))"), entry.pemLine)
                }
            case .privateKey, .encryptedPrivateKey, .publicKey:
                append(lines(entry.item, place: place), entry.pemLine)
            }
        }
        let sketches = input.contents.input.unreadable.map(DamagedCertificateRenderer.sketch(for:))
        for (unreadable, sketch) in zip(input.contents.input.unreadable, sketches) {
            let problem = unreadable.error
            if Self.isUnknownFormat(problem) {
                if !sketches.contains(where: { $0 != nil }) {
                    header += "\n" + KeyRenderer.row("Nothing shown", "not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12 file")
                }
            } else {
                append(KeyRenderer.problemLines(problem, file: name).joined(separator: "\n"), problem.pemLine)
            }
            if let sketch {
                let place = unreadable.pemLine.map { "\(name), line \($0)" } ?? name
                append(DamagedCertificateRenderer.text(sketch, place: place, now: now), unreadable.pemLine)
            }
        }
        // Stable: entries and problems of one line keep their order.
        let ordered = sections.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        return ([header] + ordered.map(\.element.text)).joined(separator: "\n\n")
    }

    private func crlText(_ crl: CertificateRevocationList, heading: String) -> String {
        Self.inserting(CRLRelations(crl, certificates: certificates).lines(), into: DocumentRenderer.text(crl, heading: heading, now: now))
    }

    private func certificateText(_ certificate: Certificate, heading: String) -> String {
        let revocations = self.revocations(of: certificate).map { item in
            "by the CRL in \(item.file) since \(item.entry.revocationDate.rfc3339)" + (item.entry.reason.map { ", " + $0.title } ?? "")
        }
        // Right under the validity (its row and the relative-time line): as plain to see.
        return Self.inserting(DocumentRenderer.rows("REVOKED", revocations),
                              into: DocumentRenderer.text(certificate, heading: heading, now: now), after: "  Validity:", skipping: 1)
    }

    private func certificateJSON(_ certificate: Certificate, _ source: JSONValue) -> JSONValue {
        var object = DocumentRenderer.json(certificate, source: source, now: now)
        object.append("revokedBy", .array(revocations(of: certificate).map { item in
            .object([("file", .string(item.file)), ("revocationDate", .string(item.entry.revocationDate.rfc3339)),
                     ("reason", item.entry.reason.map { .string($0.name) } ?? .null)])
        }))
        return object
    }

    /// The CRLs among the inputs that list `certificate` (same issuer name, its serial).
    private func revocations(of certificate: Certificate) -> [(file: String, entry: RevokedCertificate)] {
        crls.compactMap { item in
            guard item.crl.issuer.matches(certificate.issuer),
                  let entry = item.crl.revocation(of: certificate.serialNumber) else { return nil }
            return (item.file, entry)
        }
    }

    /// `rows` placed after the row starting with `after` (and `skipping` lines more), else
    /// before the "Extensions:" heading of a rendered document, else at its end.
    static func inserting(_ rows: [String], into text: String, after: String? = nil, skipping: Int = 0) -> String {
        guard !rows.isEmpty else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = lines.firstIndex { $0 == "  Extensions:" || $0 == "  Requested extensions:" } ?? lines.endIndex
        if let after, let row = lines.firstIndex(where: { $0.hasPrefix(after) }) {
            index = min(row + 1 + skipping, lines.endIndex)
        }
        lines.insert(contentsOf: rows, at: index)
        return lines.joined(separator: "\n")
    }

    private func crlJSON(_ crl: CertificateRevocationList, _ source: JSONValue) -> JSONValue {
        var object = DocumentRenderer.json(crl, source: source)
        for (key, value) in CRLRelations(crl, certificates: certificates).json() { object.append(key, value) }
        return object
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
                var object = certificateJSON(certificate, source(entry.pemLine, certificate: number))
                if let settings = entry.trustSettings {
                    object.append("trustSettings", .object([
                        ("trusted", .array(settings.trusted.map { .string($0.dotted) })),
                        ("rejected", .array(settings.rejected.map { .string($0.dotted) })),
                        ("alias", settings.alias.map { .string($0) } ?? .null),
                    ]))
                }
                items.append(object)
            case .certificateRequest(let request):
                var object = DocumentRenderer.json(request, source: source(entry.pemLine))
                object.append("matches", KeyRenderer.matchJSON(
                    { request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) }, certificates: certificates))
                items.append(object)
            case .crl(let crl):
                items.append(crlJSON(crl, source(entry.pemLine)))
            case .pkcs7(let bundle):
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                for certificate in bundle.certificates {
                    number += 1
                    items.append(certificateJSON(certificate, source(entry.pemLine, container: "pkcs7", certificate: number)))
                }
                items += bundle.crls.map { crlJSON($0, source(entry.pemLine, container: "pkcs7")) }
            case .pkcs12(let bundle):
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                for certificate in bundle.certificates {
                    number += 1
                    items.append(certificateJSON(certificate, source(entry.pemLine, container: "pkcs12", certificate: number)))
                }
                items += bundle.crls.map { crlJSON($0, source(entry.pemLine, container: "pkcs12")) }
            case .privateKey, .encryptedPrivateKey, .publicKey:
                items.append(KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
            }
        }
        return .object([
            ("file", .string(name)),
            ("format", KeyRenderer.formatJSON(input.contents.format, file: name)),
            ("items", .array(items)),
            ("problems", .array(input.contents.input.unreadable.map { problem in
                // Where the block is among the input's blocks, and where it starts.
                var object = KeyRenderer.problemJSON(problem.error, file: name)
                object.append("position", .int(problem.position))
                object.append("blockOffset", .int(problem.byteOffset))
                return object
            })),
            ("damagedCertificates", .array(input.contents.input.unreadable.compactMap { problem in
                DamagedCertificateRenderer.sketch(for: problem).map { DamagedCertificateRenderer.json($0, problem: problem, file: name) }
            })),
        ])
    }

    // MARK: PEM

    /// The certificates of all inputs as clean PEM, in input order.
    func pem() -> String {
        allCertificates.map(\.pemEncoded).joined()
    }
}
