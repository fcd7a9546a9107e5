extension ASN1Dump {
    /// The dump as text lines, one per element in document order, like
    /// `openssl asn1parse -i` but with values decoded:
    ///
    /// ```
    ///     0 d=0 hl=4 l=1318  SEQUENCE (3 elements)
    ///     4 d=1 hl=4 l=1038    SEQUENCE (8 elements)
    ///    15 d=2 hl=2 l=  20      INTEGER 0x1A2B...  (20 bytes)
    ///    39 d=3 hl=2 l=   9        OBJECT IDENTIFIER 1.2.840.113549.1.1.11 sha256WithRSAEncryption (RSA-SHA256)
    /// ```
    /// Offsets count from the start of the buffer, `hl` is the header length and `l` the
    /// content length. A value error is shown on its element's line after `!!`; a
    /// structural failure ends the listing with an `!! error` line at the depth where it
    /// happened.
    ///
    /// - Parameters:
    ///   - redactValues: show INTEGER, BIT STRING and OCTET STRING contents as `[redacted]`
    ///     (for private keys, whose material must never be printed).
    ///   - previewBytes: how many content bytes hex previews show before eliding.
    public func textLines(redactValues: Bool = false, previewBytes: Int = 16) -> [ASN1DumpLine] {
        let offsetWidth = max(5, String(bytes.count).count)
        let lengthWidth = max(4, String(bytes.count).count)
        var lines: [ASN1DumpLine] = []
        func emit(_ node: ASN1DumpNode) {
            let text = Self.line(
                bytes, element: node.element, depth: node.depth, value: node.value, error: node.error,
                childCount: node.children.count, encapsulates: node.encapsulates, isComplete: node.isComplete,
                offsetWidth: offsetWidth, lengthWidth: lengthWidth, redact: redactValues, preview: previewBytes)
            lines.append(ASN1DumpLine(text, isError: node.error != nil))
            node.children.forEach(emit)
        }
        nodes.forEach(emit)
        if let failure {
            lines.append(ASN1DumpLine(Self.failureLine(failure, depth: failureDepth, offsetWidth: offsetWidth, lengthWidth: lengthWidth),
                                      isError: true))
        }
        return lines
    }

    /// One element's line: offsets, tag and value, and its value error after `!!`.
    static func line(
        _ bytes: [UInt8], element: DERElement, depth: Int, value: ASN1DumpValue, error: DERError?, childCount: Int,
        encapsulates: Bool, isComplete: Bool, offsetWidth: Int, lengthWidth: Int, redact: Bool, preview: Int
    ) -> String {
        var text = pad(String(element.start), offsetWidth) + " d=\(depth)"
        text += " hl=\(element.headerLength) l=" + pad(String(element.contentLength), lengthWidth) + "  "
        text += String(repeating: "  ", count: depth)
        text += describe(bytes, element: element, value: value, childCount: childCount, encapsulates: encapsulates,
                         isComplete: isComplete, redact: redact, preview: preview)
        if let error { text += "  !! \(error)" }
        return text
    }

    /// The line that ends a listing stopped by a structural failure.
    static func failureLine(_ failure: DERError, depth: Int, offsetWidth: Int, lengthWidth: Int) -> String {
        var text = pad(String(failure.offset), offsetWidth) + " d=\(depth)"
        text += String(repeating: " ", count: lengthWidth + 10) + String(repeating: "  ", count: depth)
        return text + "!! error: \(failure)"
    }

    /// The text of one node after its offsets: tag and value.
    func describe(_ node: ASN1DumpNode, redact: Bool, preview: Int) -> String {
        Self.describe(bytes, element: node.element, value: node.value, childCount: node.children.count,
                      encapsulates: node.encapsulates, isComplete: node.isComplete, redact: redact, preview: preview)
    }

    /// The text of one element after its offsets: tag and value.
    static func describe(
        _ bytes: [UInt8], element: DERElement, value: ASN1DumpValue, childCount count: Int, encapsulates: Bool,
        isComplete: Bool, redact: Bool, preview: Int
    ) -> String {
        let tag = element.tag
        let content = element.contentRange
        switch value {
        case .constructed:
            return "\(tag) (\(count) element\(count == 1 ? "" : "s")\(isComplete ? "" : " before the error"))"
        case .boolean(let value):
            return "\(tag) \(value ? "TRUE" : "FALSE")"
        case .integer(let small):
            if redact { return "\(tag) [redacted]" }
            if let small {
                // Large values also in hex, as serial numbers are usually written.
                if small > 0xFFFF || small < -0xFFFF { return "\(tag) \(small) (0x" + hex(bytes[content], separator: "") + ")" }
                return "\(tag) \(small)"
            }
            return "\(tag) 0x" + hex(bytes[content], limit: preview, separator: "") + "  (\(content.count) bytes)"
        case .objectIdentifier(let oid):
            return "\(tag) \(oid.dotted)" + names(oid)
        case .string(_, let text):
            return "\(tag) " + quoted(text)
        case .time(let time):
            return "\(tag) \(time.rfc3339) (\(String(decoding: bytes[content], as: UTF8.self)))"
        case .bitString(let unused):
            var text = "\(tag) (\(content.count - 1) bytes"
            if unused > 0 { text += ", \(unused) unused bits" }
            text += ")"
            if encapsulates { return text + " encapsulates:" }
            if redact { return text + " [redacted]" }
            if content.count > 1 { text += " " + hex(bytes[(content.lowerBound + 1)...].prefix(content.count - 1), limit: preview) }
            return text
        case .octetString:
            let text = "\(tag) (\(content.count) bytes)"
            if encapsulates { return text + " encapsulates:" }
            if redact { return text + " [redacted]" }
            return content.isEmpty ? text : text + " " + hex(bytes[content], limit: preview) + asciiSuffix(bytes[content])
        case .null:
            return "\(tag)"
        case .other:
            let text = "\(tag) (\(content.count) bytes)"
            if redact || content.isEmpty { return text + (redact && !content.isEmpty ? " [redacted]" : "") }
            return text + " " + hex(bytes[content], limit: preview) + asciiSuffix(bytes[content])
        case .invalid:
            let text = "\(tag) (\(content.count) bytes)"
            if redact || content.isEmpty { return text }
            return text + " " + hex(bytes[content], limit: preview) + asciiSuffix(bytes[content])
        }
    }

    /// ` commonName (CN)`, ` sha256WithRSAEncryption (RSA-SHA256)`, or empty.
    static func names(_ oid: OID) -> String {
        guard let long = oid.longName, let short = oid.shortName else { return "" }
        return short == long ? " \(long)" : " \(long) (\(short))"
    }

    /// Upper-case hex of up to `limit` bytes, then `...` when there are more.
    /// Built as bytes: a whole 99 MiB value (`--full`) takes three times its size, not a
    /// string per byte.
    package static func hex(_ bytes: some Collection<UInt8>, limit: Int = .max, separator: String = " ") -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        let separatorBytes = Array(separator.utf8)
        let shown = min(bytes.count, limit)
        var text: [UInt8] = []
        text.reserveCapacity(shown * (2 + separatorBytes.count) + 4)
        for (index, byte) in bytes.prefix(limit).enumerated() {
            if index > 0 { text += separatorBytes }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        if bytes.count > limit { text += Array((separator.isEmpty ? "..." : " ...").utf8) }
        return String(decoding: text, as: UTF8.self)
    }

    /// ` "text"` when every byte is printable ASCII (an implicitly tagged IA5String such
    /// as a dNSName), else empty.
    static func asciiSuffix(_ bytes: ArraySlice<UInt8>) -> String {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return "" }
        return "  " + quoted(String(decoding: bytes, as: UTF8.self))
    }

    /// A string in double quotes with `"`, `\` and control characters escaped.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + hex([UInt8(scalar.value)])
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
