import PureX509ASN1

/// What `x509dump asn1` found in one input: a DER dump, or a dump per PEM block, or the
/// PEM error that stopped reading. Rendered as text or JSON from the same values.
struct ASN1Report {
    /// One dumped buffer: the whole DER input, or one PEM block.
    struct Part {
        let block: PEMBlock?
        let dump: ASN1Dump?
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

    init(name: String, bytes: [UInt8]) {
        self.name = name
        let encoding = InputEncoding.sniff(bytes)
        unrecognised = encoding == .unknown && !bytes.isEmpty
        if encoding == .pem {
            format = "PEM"
            do {
                let document = try PEMDocument(parsing: bytes)
                parts = document.blocks.map { block in
                    if block.isLegacyEncrypted {
                        return Part(block: block, dump: nil, skipped: "legacy-encrypted (DEK-Info: \(block.dekInfo ?? "none")): content is ciphertext")
                    }
                    return Part(block: block, dump: ASN1Dump(block.der), skipped: nil)
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
            parts = bytes.isEmpty ? [] : [Part(block: nil, dump: ASN1Dump(bytes), skipped: nil)]
            observations = []
            pemError = bytes.isEmpty ? .emptyInput : nil
        }
    }

    /// True when everything read is valid DER.
    var isValid: Bool {
        pemError == nil && parts.allSatisfy { $0.dump?.isValid ?? true }
    }

    func textLines(full: Bool) -> [ASN1DumpLine] {
        var lines: [ASN1DumpLine] = []
        if let pemError {
            lines.append(ASN1DumpLine("\(name): \(format == "PEM" ? "PEM: " : "")\(pemError)", isError: true))
            return lines
        }
        if unrecognised {
            lines.append(ASN1DumpLine("note: \(name): neither PEM (no -----BEGIN line) nor a DER SEQUENCE; read as DER"))
        }
        for observation in observations {
            lines.append(ASN1DumpLine("note: \(name): \(observation)"))
        }
        for (index, part) in parts.enumerated() {
            if let block = part.block {
                if index > 0 || !observations.isEmpty { lines.append(ASN1DumpLine("")) }
                lines.append(ASN1DumpLine("== block \(index + 1): \(block.label) (lines \(block.beginLine)-\(block.endLine), \(block.der.count) bytes)"))
            }
            if let skipped = part.skipped { lines.append(ASN1DumpLine("   \(skipped)")) }
            if let dump = part.dump {
                lines += dump.textLines(redactValues: part.redacted, previewBytes: full ? .max : 16)
            }
        }
        return lines
    }

    func json(full: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(name)), ("format", .string(unrecognised ? "unknown" : format)), ("valid", .bool(isValid)),
        ]
        if let pemError {
            var error: [(String, JSONValue)] = [("reason", .string(pemError.reason))]
            if let line = pemError.line { error.append(("line", .int(line))) }
            members.append(("error", .object(error)))
            return .object(members)
        }
        members.append(("observations", .array(observations.map { observation in
            var fields: [(String, JSONValue)] = [("kind", .string(observation.kind.rawValue)), ("line", .int(observation.line))]
            if let block = observation.blockIndex { fields.append(("block", .int(block + 1))) }
            fields.append(("message", .string(observation.message)))
            return .object(fields)
        })))
        members.append(("blocks", .array(parts.map { part in
            var fields: [(String, JSONValue)] = []
            if let block = part.block {
                fields.append(("label", .string(block.label.text)))
                fields.append(("beginLine", .int(block.beginLine)))
                fields.append(("endLine", .int(block.endLine)))
                fields.append(("length", .int(block.der.count)))
                if !block.headers.isEmpty {
                    fields.append(("headers", .object(block.headers.map { ($0.name, .string($0.value)) })))
                }
            } else {
                fields.append(("label", .null))
            }
            if let skipped = part.skipped { fields.append(("skipped", .string(skipped))) }
            if let dump = part.dump {
                fields.append(("redacted", .bool(part.redacted)))
                fields.append(("nodes", .array(dump.nodes.map { node(dump, $0, redact: part.redacted, full: full) })))
                if let failure = dump.failure {
                    fields.append(("error", Self.error(failure, depth: dump.failureDepth)))
                } else {
                    fields.append(("error", .null))
                }
            }
            return .object(fields)
        })))
        return .object(members)
    }

    static func error(_ error: DERError, depth: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("offset", .int(error.offset))]
        if let depth { fields.append(("depth", .int(depth))) }
        fields.append(("reason", .string(error.reason)))
        return .object(fields)
    }

    func node(_ dump: ASN1Dump, _ node: ASN1DumpNode, redact: Bool, full: Bool) -> JSONValue {
        let element = node.element
        let content = dump.bytes[element.contentRange]
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
        if !node.children.isEmpty || node.tag.isConstructed {
            fields.append(("children", .array(node.children.map { self.node(dump, $0, redact: redact, full: full) })))
        }
        return .object(fields)
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
