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
    /// The threads a run of certificates is rendered on (`ParallelRender`); the output is
    /// the same bytes whatever the number.
    var threads = ParallelRender.processorCount

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
        let output = BufferedOutput.capturing()
        writeText(to: output)
        return output.text
    }

    /// The report (see `text()`), written as each part is made.
    func writeText(to output: BufferedOutput) {
        for (position, input) in inputs.enumerated() {
            if position > 0 { output.write("\n\n") }
            writeText(of: input, to: output)
        }
        output.write("\n")
    }

    private func writeText(of input: Input, to output: BufferedOutput) {
        let name = input.name
        let format = input.contents.format
        var heading = ["\(name): \(format.description)"]
        if let advice = format.advice {
            let label = format.kind == .text ? "Hint" : "To convert"
            heading.append(KeyRenderer.row(label, KeyRenderer.substitute(advice, file: name)))
        }
        var header = heading.joined(separator: "\n")
        // What comes after the header, by the line it starts at, so that problems come in
        // file order: an entry (with the number of its first certificate) or a problem.
        // Stable: entries and problems of one line keep their order.
        enum Part {
            case entry(FileContents.Entry, firstNumber: Int)
            case problem(KeyFileError)
            case text(String)
        }
        var parts: [(line: Int, part: Part)] = []
        var number = 0
        for entry in input.contents.entries {
            parts.append((entry.pemLine ?? 0, .entry(entry, firstNumber: number + 1)))
            switch entry.item {
            case .certificate: number += 1
            case .pkcs7(let bundle): number += bundle.certificates.count
            case .pkcs12(let bundle): number += bundle.certificates.count
            case .javaKeyStore(let store): number += store.entries.reduce(0) { $0 + $1.certificates.count }  // [keystores]
            case .kubernetes(let objects):  // [kubernetes]
                number += objects.objects.reduce(0) { total, object in
                    total + object.fields.reduce(0) { $0 + ($1.contents?.allCertificates.count ?? 0) }
                }
            default: break
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
                parts.append((problem.pemLine ?? 0, .problem(problem)))
            }
            if let sketch {
                let place = unreadable.pemLine.map { "\(name), line \($0)" } ?? name
                parts.append((unreadable.pemLine ?? 0, .text(DamagedCertificateRenderer.text(sketch, place: place, now: now))))
            }
        }
        output.write(header)
        let ordered = parts.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element.part)
        /// The certificate of a part that is a plain certificate entry.
        func certificate(_ part: Part) -> (FileContents.Entry, Certificate, number: Int)? {
            guard case .entry(let entry, let number) = part, case .certificate(let certificate) = entry.item else { return nil }
            return (entry, certificate, number)
        }
        var index = 0
        while index < ordered.count {
            // A run of certificates (a bundle) is rendered on every processor.
            var end = index
            while end < ordered.count, certificate(ordered[end]) != nil { end += 1 }
            if end - index > 1 {
                let first = index
                ParallelRender.write(count: end - index, to: output, threads: threads) { range, buffer in
                    for offset in range {
                        guard let (entry, certificate, number) = certificate(ordered[first + offset]) else { continue }
                        writeText(of: entry, certificate: certificate, number: number, file: name, to: buffer)
                    }
                }
                index = end
                continue
            }
            let part = ordered[index]
            index += 1
            switch part {
            case .entry(let entry, let firstNumber):
                writeText(of: entry, firstNumber: firstNumber, file: name, to: output)
            case .problem(let problem):
                output.write("\n\n")
                output.write(KeyRenderer.problemLines(problem, file: name).joined(separator: "\n"))
            case .text(let text):
                output.write("\n\n")
                output.write(text)
            }
        }
    }

    /// The sections of one entry, each after a blank line: a container's certificates and
    /// CRLs follow it.
    private func writeText(of entry: FileContents.Entry, firstNumber: Int, file name: String, to output: BufferedOutput) {
        func section(_ text: String) {
            output.write("\n\n")
            output.write(text)
        }
        var number = firstNumber
        let place = entry.pemLine.map { "\(name), line \($0)" } ?? name
        switch entry.item {
        case .certificate(let certificate):
            writeText(of: entry, certificate: certificate, number: number, file: name, to: output)
        case .certificateRequest(let request):
            let matches = KeyRenderer.matchLines({ request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) },
                                               certificates: certificates)
            section(([DocumentRenderer.text(request, heading: "Certificate request (\(place))")] + matches).joined(separator: "\n"))
        case .crl(let crl):
            section(crlText(crl, heading: "CRL (\(place))"))
        case .pkcs7(let bundle):
            section(lines(entry.item, place: place))
            let inside = place + ", in the PKCS#7 bundle"
            for certificate in bundle.certificates {
                output.write("\n\n")
                writeCertificateText(certificate, heading: "Certificate #\(number) (\(inside))", to: output)
                number += 1
            }
            for crl in bundle.crls { section(crlText(crl, heading: "CRL (\(inside))")) }
        case .pkcs12(let bundle):
            section(lines(entry.item, place: place))
            let inside = place + ", in the PKCS#12 file"
            for certificate in bundle.certificates {
                output.write("\n\n")
                writeCertificateText(certificate, heading: "Certificate #\(number) (\(inside))", to: output)
                number += 1
            }
            for crl in bundle.crls { section(crlText(crl, heading: "CRL (\(inside))")) }
        case .javaKeyStore(let store):  // [keystores]
            section(lines(entry.item, place: place))
            for keyStoreEntry in store.entries {
                for (index, certificate) in keyStoreEntry.certificates.enumerated() {
                    let role = keyStoreEntry.certificates.count > 1 ? " chain certificate \(index + 1)" : ""
                    output.write("\n\n")
                    writeCertificateText(certificate, heading: "Certificate #\(number) (\(place), alias \"\(keyStoreEntry.alias)\"\(role))", to: output)
                    number += 1
                }
            }
        case .kubernetes(let objects):  // [kubernetes]
            section(lines(entry.item, place: place))
            for object in objects.objects {
                for field in object.fields {
                    for certificate in field.contents?.allCertificates ?? [] {
                        output.write("\n\n")
                        writeCertificateText(certificate, heading: "Certificate #\(number) (\(place), \(object.title) \(field.key))", to: output)
                        number += 1
                    }
                }
            }
        case .privateKey, .encryptedPrivateKey, .publicKey:
            section(lines(entry.item, place: place))
        }
    }

    /// The section of a certificate entry, after a blank line.
    private func writeText(of entry: FileContents.Entry, certificate: Certificate, number: Int, file name: String,
                           to output: BufferedOutput) {
        let place = entry.pemLine.map { "\(name), line \($0)" } ?? name
        output.write("\n\n")
        writeCertificateText(certificate, heading: "Certificate #\(number) (\(place))",
                             trust: entry.trustSettings.map { DocumentRenderer.rows("Trust", [$0.description]) } ?? [], to: output)
    }

    private func crlText(_ crl: CertificateRevocationList, heading: String) -> String {
        Self.inserting(CRLRelations(crl, certificates: certificates).lines(), into: DocumentRenderer.text(crl, heading: heading, now: now))
    }

    /// A certificate's text; `trust` rows (trust settings), then any revocations, right
    /// under the validity (its row and the relative-time line): as plain to see.
    private func writeCertificateText(_ certificate: Certificate, heading: String, trust: [String] = [], to output: BufferedOutput) {
        let revocations = crls.isEmpty ? [] : self.revocations(of: certificate).map { item in
            "by the CRL in \(item.file) since \(item.entry.revocationDate.rfc3339)" + (item.entry.reason.map { ", " + $0.title } ?? "")
        }
        DocumentRenderer.writeText(certificate, heading: heading, now: now,
                                   afterValidity: trust + DocumentRenderer.rows("REVOKED", revocations), to: output)
    }

    private func writeCertificate(_ certificate: Certificate, trustSettings: TrustSettings? = nil,
                                  to json: JSONStreamWriter, source: () -> Void) {
        DocumentRenderer.write(certificate, now: now, to: json, source: source) {
            json.array("revokedBy") {
                for item in revocations(of: certificate) {
                    json.object {
                        json.string("file", item.file)
                        json.string("revocationDate", item.entry.revocationDate.rfc3339)
                        json.string("reason", item.entry.reason?.name)
                    }
                }
            }
            if let settings = trustSettings {
                json.object("trustSettings") {
                    ExtensionRenderer.strings("trusted", settings.trusted.map(\.dotted), to: json)
                    ExtensionRenderer.strings("rejected", settings.rejected.map(\.dotted), to: json)
                    json.string("alias", settings.alias)
                }
            }
        }
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

    private func writeCRL(_ crl: CertificateRevocationList, to json: JSONStreamWriter, source: () -> Void) {
        DocumentRenderer.write(crl, to: json, source: source) {
            for (key, value) in CRLRelations(crl, certificates: certificates).json() { json.member(key, value) }
        }
    }

    private func lines(_ item: FileContents.Item, place: String) -> String {
        (KeyRenderer.textLines(for: item, place: place, certificates: certificates) ?? []).joined(separator: "\n")
    }

    /// The entries from `start` on that are plain certificates (not in a container), up to
    /// the first that is not.
    static func certificateRun(in entries: [FileContents.Entry], from start: Int) -> Range<Int> {
        var end = start
        while end < entries.count, case .certificate = entries[end].item { end += 1 }
        return start..<end
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
    func writeJSON(to json: JSONStreamWriter) {
        json.object {
            json.array("inputs") {
                for input in inputs { writeJSON(of: input, to: json) }
            }
        }
    }

    /// The JSON as text (for tests).
    func jsonText() -> String {
        let output = BufferedOutput.capturing()
        writeJSON(to: JSONStreamWriter(output))
        return output.text
    }

    private func writeJSON(of input: Input, to json: JSONStreamWriter) {
        let name = input.name
        var number = 0
        func source(_ line: Int?, container: String? = nil, certificate: Int? = nil) -> JSONValue {
            var members: [(String, JSONValue)] = [("file", .string(name)), ("line", line.map(JSONValue.int) ?? .null)]
            members.append(("container", container.map(JSONValue.string) ?? .null))
            if let certificate { members.append(("certificate", .int(certificate))) }
            return .object(members)
        }
        /// The same object as `source`, written in place.
        func writeSource(_ line: Int?, container: String? = nil, certificate: Int? = nil, to json: JSONStreamWriter) {
            json.object("source") {
                json.string("file", name)
                json.int("line", line)
                json.string("container", container)
                if let certificate { json.int("certificate", certificate) }
            }
        }
        func writeSource(_ line: Int?, container: String? = nil, certificate: Int? = nil) {
            writeSource(line, container: container, certificate: certificate, to: json)
        }
        let entries = input.contents.entries
        json.object {
            json.string("file", name)
            json.value("format", KeyRenderer.formatJSON(input.contents.format, file: name))
            json.array("items") {
                var index = 0
                while index < entries.count {
                    // A run of certificates (a bundle) is rendered on every processor.
                    let run = Self.certificateRun(in: entries, from: index)
                    if run.count > 1 {
                        let first = number
                        json.parallelItems(count: run.count, threads: threads) { offset, writer in
                            let entry = entries[run.lowerBound + offset]
                            guard case .certificate(let certificate) = entry.item else { return }
                            writeCertificate(certificate, trustSettings: entry.trustSettings, to: writer) {
                                writeSource(entry.pemLine, certificate: first + offset + 1, to: writer)
                            }
                        }
                        number += run.count
                        index = run.upperBound
                        continue
                    }
                    let entry = entries[index]
                    index += 1
                    switch entry.item {
                    case .certificate(let certificate):
                        number += 1
                        let position = number
                        writeCertificate(certificate, trustSettings: entry.trustSettings, to: json) {
                            writeSource(entry.pemLine, certificate: position)
                        }
                    case .certificateRequest(let request):
                        DocumentRenderer.write(request, to: json, source: { writeSource(entry.pemLine) }) {
                            json.value("matches", KeyRenderer.matchJSON(
                                { request.subjectPublicKeyInfo.matches($0.subjectPublicKeyInfo) }, certificates: certificates))
                        }
                    case .crl(let crl):
                        writeCRL(crl, to: json) { writeSource(entry.pemLine) }
                    case .pkcs7(let bundle):
                        json.value(nil, KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                        for certificate in bundle.certificates {
                            number += 1
                            let position = number
                            writeCertificate(certificate, to: json) { writeSource(entry.pemLine, container: "pkcs7", certificate: position) }
                        }
                        for crl in bundle.crls {
                            writeCRL(crl, to: json) { writeSource(entry.pemLine, container: "pkcs7") }
                        }
                    case .pkcs12(let bundle):
                        json.value(nil, KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                        for certificate in bundle.certificates {
                            number += 1
                            let position = number
                            writeCertificate(certificate, to: json) { writeSource(entry.pemLine, container: "pkcs12", certificate: position) }
                        }
                        for crl in bundle.crls {
                            writeCRL(crl, to: json) { writeSource(entry.pemLine, container: "pkcs12") }
                        }
                    case .javaKeyStore(let store):  // [keystores]
                        json.value(nil, KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                        for keyStoreEntry in store.entries {
                            for certificate in keyStoreEntry.certificates {
                                number += 1
                                let position = number
                                writeCertificate(certificate, to: json) {
                                    writeSource(entry.pemLine, container: "javaKeyStore", certificate: position)
                                    json.string("alias", keyStoreEntry.alias)
                                }
                            }
                        }
                    case .kubernetes(let objects):  // [kubernetes]
                        json.value(nil, KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                        for object in objects.objects {
                            for field in object.fields {
                                for certificate in field.contents?.allCertificates ?? [] {
                                    number += 1
                                    let position = number
                                    writeCertificate(certificate, to: json) {
                                        writeSource(field.line, container: "kubernetes", certificate: position)
                                        json.string("object", object.title)
                                        json.string("field", field.key)
                                    }
                                }
                            }
                        }
                    case .privateKey, .encryptedPrivateKey, .publicKey:
                        json.value(nil, KeyRenderer.json(for: entry.item, source: source(entry.pemLine), certificates: certificates) ?? .null)
                    }
                }
            }
            json.array("problems") {
                for problem in input.contents.input.unreadable {
                    // Where the block is among the input's blocks, and where it starts.
                    var object = KeyRenderer.problemJSON(problem.error, file: name)
                    object.append("position", .int(problem.position))
                    object.append("blockOffset", .int(problem.byteOffset))
                    json.value(nil, object)
                }
            }
            json.array("damagedCertificates") {
                for problem in input.contents.input.unreadable {
                    if let sketch = DamagedCertificateRenderer.sketch(for: problem) {
                        DamagedCertificateRenderer.write(sketch, problem: problem, file: name, to: json)
                    }
                }
            }
        }
    }

    // MARK: PEM

    /// The certificates of all inputs as clean PEM, in input order.
    func pem() -> String {
        let output = BufferedOutput.capturing()
        writePEM(to: output)
        return output.text
    }

    /// Writes the certificates of all inputs as clean PEM, in input order; returns how many.
    @discardableResult
    func writePEM(to output: BufferedOutput) -> Int {
        var count = 0
        for input in inputs {
            for certificate in input.contents.allCertificates {
                output.writePEM(certificate.derEncoded, label: .certificate)
                count += 1
            }
        }
        return count
    }
}
