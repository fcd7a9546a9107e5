import PureX509

/// `x509dump show` for a certificate block that ``Certificate`` refuses: what
/// ``CertificateSketch`` (the best-effort reader, display only) could read, the broken parts
/// with their byte offsets and raw bytes, and a "not a valid certificate" line.
enum DamagedCertificateRenderer {
    /// The labels whose blocks hold a certificate.
    static let certificateLabels: Set<String> = ["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]

    /// The sketch of the certificate a problem is about, when the problem is a certificate
    /// that does not parse (not a PEM fault, not a key, not a password).
    static func sketch(for problem: InputProblem) -> CertificateSketch? {
        guard var der = problem.der, problem.error.kind != .passwordRequired else { return nil }
        if let label = problem.label {
            guard certificateLabels.contains(label) else { return nil }
            // TRUSTED CERTIFICATE: the certificate, then OpenSSL's trust settings.
            if label == "TRUSTED CERTIFICATE", let first = firstElementEnd(der) { der = Array(der[..<first]) }
        } else {
            // DER input: a file sniffed as a certificate, or a damaged SEQUENCE of no known
            // kind (a truncated download) that reads as one.
            let context = problem.error.context
            guard context.hasPrefix("certificate") || context.hasPrefix("DER") else { return nil }
            let sketch = CertificateSketch(derEncoded: der)
            return sketch.strictError != nil && sketch.looksLikeCertificate ? sketch : nil
        }
        let sketch = CertificateSketch(derEncoded: der)
        return sketch.strictError == nil ? nil : sketch
    }

    static func text(_ sketch: CertificateSketch, place: String, now: Int64) -> String {
        typealias R = DocumentRenderer
        var lines = ["Damaged certificate (\(place)), shown as far as it can be read"]
        if let error = sketch.strictError { lines.append(R.row("NOT VALID", "not a valid certificate: \(error)")) }
        lines.append(R.row("Subject", sketch.subject?.opensslOneLine ?? "(unreadable)"))
        lines.append(R.row("Issuer", sketch.issuer?.opensslOneLine ?? "(unreadable)"))
        let notBefore = sketch.notBefore?.rfc3339 ?? "(unreadable)"
        let notAfter = sketch.notAfter?.rfc3339 ?? "(unreadable)"
        lines.append(R.row("Validity", "\(notBefore) to \(notAfter)"))
        if let start = sketch.notBefore, let end = sketch.notAfter {
            lines.append(R.continuation(RelativeTime.validity(notBefore: start, notAfter: end, now: now).text))
        }
        lines.append(R.row("Key", sketch.publicKey?.summary ?? "(unreadable)"))
        lines.append(R.row("Serial", sketch.serialNumber.map { SerialNumber(bytes: $0[...]).hexString } ?? "(unreadable)"))
        lines.append(R.row("Signature", sketch.signatureAlgorithm.map { $0.longName ?? $0.dotted } ?? "(unreadable)"))
        lines.append(R.row("Version", sketch.version.map { "v\($0)" } ?? "(unreadable)"))
        lines.append(R.row("SHA-256", R.fingerprint(sketch.fingerprint(.sha256))))
        lines.append(R.row("SHA-1", R.fingerprint(sketch.fingerprint(.sha1))))
        for part in sketch.damage {
            lines.append(R.row("BROKEN", "\(part.field) at byte \(part.offset): \(part.reason)"))
            lines.append(R.continuation("bytes: " + (part.bytes.isEmpty ? "(none: the input ends here)" : KeyRenderer.hex(part.bytes))
                + (part.bytes.count == CertificateSketch.Damage.maximumBytes ? "..." : "")))
        }
        if !sketch.extensions.isEmpty {
            lines.append("  Extensions (those that parse):")
            for item in sketch.extensions {
                lines.append("    " + ExtensionRenderer.title(item) + (item.isCritical ? " (critical)" : "") + ":")
                lines += ExtensionRenderer.lines(item).map { "        " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the sketch as one JSON object (an element of `"damagedCertificates"`).
    static func write(_ sketch: CertificateSketch, problem: InputProblem, file: String, to json: JSONStreamWriter) {
        json.object {
            json.string("kind", "damagedCertificate")
            json.object("source") {
                json.string("file", file)
                json.int("line", problem.pemLine)
                json.int("position", problem.position)
                json.int("byteOffset", problem.byteOffset)
            }
            json.bool("valid", false)
            json.string("error", sketch.strictError.map { "not a valid certificate: \($0)" })
            if let subject = sketch.subject { DocumentRenderer.writeName("subject", subject, to: json) } else { json.null("subject") }
            if let issuer = sketch.issuer { DocumentRenderer.writeName("issuer", issuer, to: json) } else { json.null("issuer") }
            json.string("serial", sketch.serialNumber.map { KeyRenderer.hex($0) })
            json.int("version", sketch.version)
            json.string("signatureAlgorithm", sketch.signatureAlgorithm?.dotted)
            json.string("notBefore", sketch.notBefore?.rfc3339)
            json.string("notAfter", sketch.notAfter?.rfc3339)
            if let key = sketch.publicKey { DocumentRenderer.writeKey(key, to: json) } else { json.null("subjectPublicKeyInfo") }
            json.string("sha256", KeyRenderer.hex(sketch.fingerprint(.sha256)))
            json.string("sha1", KeyRenderer.hex(sketch.fingerprint(.sha1)))
            json.array("extensions") {
                for item in sketch.extensions { ExtensionRenderer.write(item, to: json) }
            }
            json.array("broken") {
                for part in sketch.damage {
                    json.object {
                        json.string("field", part.field)
                        json.int("offset", part.offset)
                        json.string("reason", part.reason)
                        json.string("bytes", KeyRenderer.hex(part.bytes))
                    }
                }
            }
        }
    }

    /// The end of the first DER element of `der` (read leniently), nil when it cannot be told.
    private static func firstElementEnd(_ der: [UInt8]) -> Int? {
        guard der.count >= 2, der[0] == 0x30 else { return nil }
        let first = Int(der[1])
        if first < 0x80 { return min(der.count, 2 + first) }
        let count = first & 0x7F
        guard count >= 1, count <= 4, der.count >= 2 + count else { return nil }
        let length = der[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
        return min(der.count, 2 + count + length)
    }
}
