import PureX509ASN1

/// What `x509dump asn1` found in one input: a DER dump, or a dump per PEM block, or the
/// PEM error that stopped reading. Rendered as text or JSON from the same values, written
/// as it is made (`ASN1DumpStream`): memory follows the input, not the output.
///
/// The element limit (`DERReader.defaultMaximumElements`) holds for the whole input: the
/// blocks of a PEM file share it.
struct ASN1Report {
    /// One dumped buffer: the whole DER input, or one PEM block.
    struct Part {
        let block: PEMBlock?
        let dump: ASN1DumpStream?
        /// Why the block was not dumped (legacy-encrypted content is ciphertext).
        let skipped: String?
        var redacted: Bool { block?.label.isPrivateKey ?? false }
    }

    let name: String
    let format: String
    let parts: [Part]
    let observations: [PEMObservation]
    let pemError: PEMError?
    /// True when the input looked like neither PEM nor a DER SEQUENCE (dumped as DER).
    let unrecognised: Bool

    init(name: String, bytes: [UInt8], maximumElements: Int = DERReader.defaultMaximumElements) {
        self.name = name
        let encoding = InputEncoding.sniff(bytes)
        unrecognised = encoding == .unknown && !bytes.isEmpty
        if encoding == .pem {
            format = "PEM"
            do {
                let document = try PEMDocument(parsing: bytes)
                var counted = 0
                parts = document.blocks.map { block in
                    if block.isLegacyEncrypted {
                        return Part(block: block, dump: nil, skipped: "legacy-encrypted (DEK-Info: \(block.dekInfo ?? "none")): content is ciphertext")
                    }
                    let dump = ASN1DumpStream(block.der, maximumElements: maximumElements, alreadyCounted: counted)
                    counted = dump.elementCount
                    return Part(block: block, dump: dump, skipped: nil)
                }
                observations = document.observations
                pemError = nil
            } catch {
                parts = []
                observations = []
                pemError = error
            }
        } else {
            format = "DER"
            parts = bytes.isEmpty ? [] : [Part(block: nil, dump: ASN1DumpStream(bytes, maximumElements: maximumElements), skipped: nil)]
            observations = []
            pemError = bytes.isEmpty ? .emptyInput : nil
        }
    }

    /// True when everything read is valid DER.
    var isValid: Bool {
        pemError == nil && parts.allSatisfy { $0.dump?.isValid ?? true }
    }

    /// Writes the text dump; `style` colours error lines.
    func writeText(full: Bool, to output: BufferedOutput, style: (ASN1DumpLine) -> String = { $0.text }) {
        if let pemError {
            output.line(style(ASN1DumpLine("\(name): \(format == "PEM" ? "PEM: " : "")\(pemError)", isError: true)))
            return
        }
        if unrecognised {
            output.line(style(ASN1DumpLine("note: \(name): neither PEM (no -----BEGIN line) nor a DER SEQUENCE; read as DER")))
        }
        for observation in observations {
            output.line(style(ASN1DumpLine("note: \(name): \(observation)")))
        }
        for (index, part) in parts.enumerated() {
            if let block = part.block {
                if index > 0 || !observations.isEmpty { output.line("") }
                output.line(style(ASN1DumpLine(
                    "== block \(index + 1): \(block.label) (lines \(block.beginLine)-\(block.endLine), \(block.der.count) bytes)")))
            }
            if let skipped = part.skipped { output.line(style(ASN1DumpLine("   \(skipped)"))) }
            if let dump = part.dump {
                dump.forEachTextLine(redactValues: part.redacted, previewBytes: full ? .max : 16) { output.line(style($0)) }
            }
        }
    }

    /// Writes the JSON report (the same document `JSONValue` would give, made as it goes).
    func writeJSON(full: Bool, to output: BufferedOutput) {
        let writer = JSONStreamWriter(output)
        writer.beginObject()
        writer.value("file", .string(name))
        writer.value("format", .string(unrecognised ? "unknown" : format))
        writer.value("valid", .bool(isValid))
        if let pemError {
            var error: [(String, JSONValue)] = [("reason", .string(pemError.reason))]
            if let line = pemError.line { error.append(("line", .int(line))) }
            writer.value("error", .object(error))
            writer.end()
            return
        }
        writer.value("observations", .array(observations.map { observation in
            var fields: [(String, JSONValue)] = [("kind", .string(observation.kind.rawValue)), ("line", .int(observation.line))]
            if let block = observation.blockIndex { fields.append(("block", .int(block + 1))) }
            fields.append(("message", .string(observation.message)))
            return .object(fields)
        }))
        writer.beginArray("blocks")
        for part in parts {
            writer.beginObject()
            if let block = part.block {
                writer.value("label", .string(block.label.text))
                writer.value("beginLine", .int(block.beginLine))
                writer.value("endLine", .int(block.endLine))
                writer.value("length", .int(block.der.count))
                if !block.headers.isEmpty {
                    writer.value("headers", .object(block.headers.map { ($0.name, .string($0.value)) }))
                }
            } else {
                writer.value("label", .null)
            }
            if let skipped = part.skipped { writer.value("skipped", .string(skipped)) }
            if let dump = part.dump {
                writer.value("redacted", .bool(part.redacted))
                writer.beginArray("nodes")
                dump.walk(
                    enter: { entry in
                        writer.beginObject()
                        for (key, value) in Self.fields(dump.bytes, entry, redact: part.redacted, full: full) { writer.member(key, value) }
                        if entry.hasChildList { writer.beginArray("children") }
                    },
                    leave: { entry in
                        if entry.hasChildList { writer.end() }
                        writer.end()
                    })
                writer.end()
                if let failure = dump.failure {
                    writer.value("error", Self.error(failure, depth: dump.failureDepth))
                } else {
                    writer.value("error", .null)
                }
            }
            writer.end()
        }
        writer.end()
        writer.end()
    }

    static func error(_ error: DERError, depth: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("offset", .int(error.offset))]
        if let depth { fields.append(("depth", .int(depth))) }
        fields.append(("reason", .string(error.reason)))
        return .object(fields)
    }

    /// One element's JSON members, before its `children`.
    static func fields(_ bytes: [UInt8], _ node: ASN1DumpEntry, redact: Bool, full: Bool) -> [(String, JSONValue)] {
        let element = node.element
        let content = bytes[element.contentRange]
        var fields: [(String, JSONValue)] = [
            ("offset", .int(element.start)),
            ("depth", .int(node.depth)),
            ("headerLength", .int(element.headerLength)),
            ("length", .int(element.contentLength)),
            ("tag", .string(node.tag.description)),
            ("class", .string(Self.className(node.tag.tagClass))),
            ("number", .int(Int(node.tag.number))),
            ("constructed", .bool(node.tag.isConstructed)),
        ]
        let hidden = redact && Self.isRedactable(node.value)
        switch node.value {
        case .constructed, .null: break
        case .boolean(let value): fields.append(("value", .bool(value)))
        case .integer(let small):
            if hidden {
                fields.append(("value", .string("[redacted]")))
            } else if let small {
                fields.append(("value", .int(small)))
            } else {
                fields.append(("value", .string("0x" + ASN1Dump.hex(content, separator: ""))))
            }
        case .objectIdentifier(let oid):
            var value: [(String, JSONValue)] = [("oid", .string(oid.dotted))]
            value.append(("shortName", oid.shortName.map { .string($0) } ?? .null))
            value.append(("longName", oid.longName.map { .string($0) } ?? .null))
            fields.append(("value", .object(value)))
        case .string(_, let text): fields.append(("value", .string(text)))
        case .time(let time):
            fields.append(("value", .object([
                ("rfc3339", .string(time.rfc3339)),
                ("raw", .string(String(decoding: content, as: UTF8.self))),
                ("secondsSince1970", .int(Int(time.secondsSince1970))),
            ])))
        case .bitString(let unused): fields.append(("unusedBits", .int(Int(unused))))
        case .octetString, .other, .invalid: break
        }
        if !node.tag.isConstructed && !node.encapsulates && !content.isEmpty {
            let preview = full ? Int.max : 64
            fields.append(("hex", hidden ? .string("[redacted]") : .string(ASN1Dump.hex(content, limit: preview, separator: ""))))
        }
        if let error = node.error { fields.append(("error", Self.error(error, depth: nil))) }
        if node.encapsulates { fields.append(("encapsulates", .bool(true))) }
        if !node.isComplete { fields.append(("complete", .bool(false))) }
        return fields
    }

    static func isRedactable(_ value: ASN1DumpValue) -> Bool {
        switch value {
        case .integer, .bitString, .octetString, .other, .invalid: return true
        default: return false
        }
    }

    static func className(_ tagClass: ASN1TagClass) -> String {
        switch tagClass {
        case .universal: return "universal"
        case .application: return "application"
        case .contextSpecific: return "context"
        case .private: return "private"
        }
    }
}
