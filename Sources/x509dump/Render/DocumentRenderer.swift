import PureX509

/// Text and JSON for certificates, CSRs and CRLs (`x509dump show`).
enum DocumentRenderer {
    static let labelWidth = 14

    static func row(_ label: String, _ value: String) -> String {
        "  " + label + ":" + String(repeating: " ", count: max(1, labelWidth - label.count)) + value
    }

    static func continuation(_ value: String) -> String {
        "  " + String(repeating: " ", count: labelWidth + 1) + value
    }

    static func rows(_ label: String, _ values: [String]) -> [String] {
        guard let first = values.first else { return [] }
        return [row(label, first)] + values.dropFirst().map(continuation)
    }

    static func fingerprint(_ bytes: [UInt8]) -> String { ExtensionRenderer.hex(bytes) }

    /// "CA (path length 0)", "self-signed CA", "leaf".
    static func role(_ certificate: Certificate) -> String {
        let constraints = certificate.extensions.basicConstraints
        if constraints?.isCA == true {
            let path = constraints?.pathLengthConstraint.map { " (path length \($0))" } ?? ""
            return (certificate.isSelfIssued ? "self-signed root CA" : "intermediate CA") + path
        }
        return certificate.isSelfIssued ? "self-signed leaf" : "leaf"
    }

    static func extensionLines(_ extensions: Extensions) -> [String] {
        var lines: [String] = []
        for item in extensions {
            var heading = "  " + ExtensionRenderer.title(item)
            if item.isCritical { heading += " (critical)" }
            if item.kind == nil && item.isCritical { heading += " UNRECOGNIZED CRITICAL EXTENSION" }
            lines.append(heading + ":")
            lines += ExtensionRenderer.lines(item).map { "      " + $0 }
        }
        return lines
    }

    static func leniencyLines(_ leniencies: Leniencies) -> [String] {
        rows("Leniencies", Leniencies.all.filter { leniencies.contains($0.leniency) }.map { "\($0.name): \($0.explanation)" })
    }

    // MARK: Certificate

    static func text(_ certificate: Certificate, heading: String, now: Int64) -> String {
        let output = BufferedOutput.capturing()
        writeText(certificate, heading: heading, now: now, to: output)
        return output.text
    }

    /// The text of `text(_:heading:now:)` written straight into `output` (no line array, no
    /// joined String); `afterValidity` rows (trust settings, revocations) go right under the
    /// validity's relative-time line.
    static func writeText(_ certificate: Certificate, heading: String, now: Int64, afterValidity: [String] = [],
                          to output: BufferedOutput) {
        let extensions = certificate.extensions
        let validity = RelativeTime.validity(notBefore: certificate.notBefore, notAfter: certificate.notAfter, now: now)
        output.write(heading)
        let subject = certificate.subject.opensslOneLine
        writeRow("Subject", subject, to: output)
        writeRow("Issuer", issuerIsSubject(certificate) ? subject : certificate.issuer.opensslOneLine, to: output)
        writeLabel("Validity", to: output)
        output.write(certificate.notBefore.rfc3339)
        output.write(" to ")
        output.write(certificate.notAfter.rfc3339)
        writeContinuation(validity.text, to: output)
        for row in afterValidity {
            output.byte(0x0A)
            output.write(row)
        }
        if let san = extensions.subjectAlternativeName {
            for (index, name) in san.names.enumerated() {
                if index == 0 { writeRow("SANs", name.description, to: output) } else { writeContinuation(name.description, to: output) }
            }
        }
        writeRow("Key", certificate.subjectPublicKeyInfo.summary, to: output)
        writeRow("Role", role(certificate), to: output)
        if let usage = extensions.keyUsage { writeList("Key usage", usage.titles, to: output) }
        if let eku = extensions.extendedKeyUsage {
            writeList("Extended use", eku.purposes.map(ExtendedKeyUsage.title(of:)), to: output)
        }
        writeRow("Serial", certificate.serialNumber.hexString, to: output)
        writeRow("Signature", algorithmName(certificate.signatureAlgorithm), to: output)
        writeRow("Version", certificate.version.description, to: output)
        writeLabel("SHA-256", to: output)
        HexText.write(certificate.fingerprint(.sha256), to: output, uppercase: true, colons: true)
        writeLabel("SHA-1", to: output)
        HexText.write(certificate.fingerprint(.sha1), to: output, uppercase: true, colons: true)
        for line in leniencyLines(certificate.leniencies) {
            output.byte(0x0A)
            output.write(line)
        }
        if !extensions.isEmpty {
            output.write("\n  Extensions:")
            for line in extensionLines(extensions) {
                output.write("\n  ")
                output.write(line)
            }
        }
    }

    /// "\n  Label:" and the spaces up to the value column (what `row` puts before a value).
    private static func writeLabel(_ label: StaticString, to output: BufferedOutput) {
        output.write("\n  ")
        output.write(label)
        output.byte(0x3A)
        let spaces = max(1, labelWidth - label.utf8CodeUnitCount)  // the labels are ASCII
        output.reserve(spaces) { pointer in
            pointer.update(repeating: 0x20, count: spaces)
            return spaces
        }
    }

    /// A newline and `row(label, value)`.
    private static func writeRow(_ label: StaticString, _ value: String, to output: BufferedOutput) {
        writeLabel(label, to: output)
        output.write(value)
    }

    /// A newline and `row(label, values.joined(separator: ", "))`.
    private static func writeList(_ label: StaticString, _ values: [String], to output: BufferedOutput) {
        writeLabel(label, to: output)
        for (index, value) in values.enumerated() {
            if index > 0 { output.write(", ") }
            output.write(value)
        }
    }

    /// A newline and `continuation(value)`.
    private static func writeContinuation(_ value: String, to output: BufferedOutput) {
        let spaces = 2 + labelWidth + 1
        output.reserve(1 + spaces) { pointer in
            pointer[0] = 0x0A
            (pointer + 1).update(repeating: 0x20, count: spaces)
            return 1 + spaces
        }
        output.write(value)
    }

    static func algorithmName(_ algorithm: AlgorithmIdentifier) -> String {
        algorithm.oid.longName ?? algorithm.oid.dotted
    }

    static func writeName(_ key: StaticString, _ name: DistinguishedName, to json: JSONStreamWriter) {
        writeName(key, DistinguishedName.Forms(name), to: json)
    }

    /// A name as `{"text", "rfc4514", "attributes"}`, from its forms (made once when the
    /// same name is written twice, as a self-signed certificate's issuer and subject).
    static func writeName(_ key: StaticString, _ forms: DistinguishedName.Forms, to json: JSONStreamWriter) {
        json.object(key) {
            json.string("text", forms.opensslOneLine)
            json.string("rfc4514", forms.rfc4514)
            json.array("attributes") {
                for item in forms.attributes {
                    json.object {
                        let dotted = item.type.dotted
                        json.string("type", dotted)
                        json.string("name", item.shortName ?? dotted)
                        if let value = item.value {
                            json.string("value", value)
                        } else {
                            json.string("value", "#" + HexText.string(item.attribute.encodedValue, uppercase: false, colons: false))
                        }
                    }
                }
            }
        }
    }

    /// The forms of a certificate's issuer and subject, made once when they are the same
    /// name (self-issued certificates: every root).
    static func nameForms(_ certificate: Certificate) -> (issuer: DistinguishedName.Forms, subject: DistinguishedName.Forms) {
        let issuer = DistinguishedName.Forms(certificate.issuer)
        if issuerIsSubject(certificate) { return (issuer, issuer) }
        return (issuer, DistinguishedName.Forms(certificate.subject))
    }

    /// Whether the issuer and subject are the same bytes, so that their rendered forms are
    /// the same text (not `isSelfIssued`, which also matches names encoded differently).
    private static func issuerIsSubject(_ certificate: Certificate) -> Bool {
        certificate.issuer.derEncoded == certificate.subject.derEncoded
    }

    static func writeKey(_ key: SubjectPublicKeyInfo, to json: JSONStreamWriter) {
        json.object("subjectPublicKeyInfo") {
            json.string("algorithm", key.algorithm.oid.dotted)
            json.string("algorithmName", key.algorithm.oid.longName ?? key.algorithm.oid.dotted)
            json.string("type", key.details.typeName)
            json.int("bits", key.bitCount)
            json.string("summary", key.summary)
            switch key.details {
            case .rsa(let modulus, let exponent, _):
                json.hex("exponent", exponent)
                json.hex("modulus", modulus)
            case .ec(let curve, let point):
                json.string("curve", curve.name)
                json.hex("point", point)
            case .ed25519(let bytes), .ed448(let bytes), .x25519(let bytes), .x448(let bytes):
                json.hex("key", bytes)
            default:
                break
            }
            json.hex("der", key.derEncoded)
        }
    }

    /// A certificate as a JSON object; `source` writes the "source" member, `extra` any
    /// members after the certificate's own.
    static func write(_ certificate: Certificate, now: Int64, to json: JSONStreamWriter,
                      source: () -> Void, extra: () -> Void = {}) {
        let validity = RelativeTime.validity(notBefore: certificate.notBefore, notAfter: certificate.notAfter, now: now)
        json.object {
            json.string("kind", "certificate")
            source()
            json.int("version", certificate.version.number)
            json.string("serialNumber", certificate.serialNumber.hexString)
            json.string("serialNumberDecimal", certificate.serialNumber.decimalString)
            json.string("signatureAlgorithm", certificate.signatureAlgorithm.oid.dotted)
            json.string("signatureAlgorithmName", algorithmName(certificate.signatureAlgorithm))
            let names = nameForms(certificate)
            writeName("issuer", names.issuer, to: json)
            writeName("subject", names.subject, to: json)
            json.string("notBefore", certificate.notBefore.rfc3339)
            json.string("notAfter", certificate.notAfter.rfc3339)
            json.string("validity", validity.state)
            json.string("validityText", validity.text)
            json.string("role", role(certificate))
            json.bool("isCA", certificate.isCA)
            json.bool("selfIssued", certificate.isSelfIssued)
            writeKey(certificate.subjectPublicKeyInfo, to: json)
            json.hex("issuerUniqueID", certificate.issuerUniqueID)
            json.hex("subjectUniqueID", certificate.subjectUniqueID)
            ExtensionRenderer.write("extensions", certificate.extensions, to: json)
            ExtensionRenderer.strings("leniencies", certificate.leniencies.names, to: json)
            json.hex("sha256", certificate.fingerprint(.sha256))
            json.hex("sha1", certificate.fingerprint(.sha1))
            json.hex("signature", certificate.signature)
            extra()
        }
    }

    // MARK: CSR

    static func text(_ request: CertificateSigningRequest, heading: String) -> String {
        var lines = [heading]
        lines.append(row("Subject", request.subject.opensslOneLine))
        lines.append(row("Key", request.subjectPublicKeyInfo.summary))
        if let san = request.requestedExtensions.subjectAlternativeName {
            lines += rows("SANs", san.names.map(\.description))
        }
        if request.challengePassword != nil { lines.append(row("Challenge", "(password present)")) }
        lines.append(row("Signature", algorithmName(request.signatureAlgorithm)))
        for attribute in request.attributes {
            lines.append(row("Attribute", attribute.type.longName ?? attribute.type.dotted))
        }
        lines += leniencyLines(request.leniencies)
        if !request.requestedExtensions.isEmpty {
            lines.append("  Requested extensions:")
            lines += extensionLines(request.requestedExtensions).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// A certificate request as a JSON object (see `write(_:now:to:source:extra:)`).
    static func write(_ request: CertificateSigningRequest, to json: JSONStreamWriter, source: () -> Void, extra: () -> Void) {
        json.object {
            json.string("kind", "certificateRequest")
            source()
            writeName("subject", request.subject, to: json)
            writeKey(request.subjectPublicKeyInfo, to: json)
            json.string("signatureAlgorithm", request.signatureAlgorithm.oid.dotted)
            json.bool("challengePasswordPresent", request.challengePassword != nil)
            ExtensionRenderer.strings("attributes", request.attributes.map(\.type.dotted), to: json)
            ExtensionRenderer.write("requestedExtensions", request.requestedExtensions, to: json)
            ExtensionRenderer.strings("leniencies", request.leniencies.names, to: json)
            extra()
        }
    }

    // MARK: CRL

    static func text(_ crl: CertificateRevocationList, heading: String, now: Int64) -> String {
        var lines = [heading]
        lines.append(row("Issuer", crl.issuer.opensslOneLine))
        lines.append(row("This update", crl.thisUpdate.rfc3339))
        if let next = crl.nextUpdate {
            let state = now > next.secondsSince1970
                ? "stale: next update was due \(RelativeTime.span(now - next.secondsSince1970)) ago"
                : "next update in \(RelativeTime.span(next.secondsSince1970 - now))"
            lines.append(row("Next update", next.rfc3339))
            lines.append(continuation(state))
        }
        if let number = crl.crlNumber { lines.append(row("CRL number", number.decimalString)) }
        lines.append(row("Signature", algorithmName(crl.signatureAlgorithm)))
        lines.append(row("Revoked", "\(crl.revokedCount) certificate\(crl.revokedCount == 1 ? "" : "s")"))
        for revoked in crl.revokedCertificates {
            let reason = revoked.reason.map { ", \($0.title)" } ?? ""
            lines.append(continuation("\(revoked.serialNumber.hexString)  \(revoked.revocationDate.rfc3339)\(reason)"))
        }
        lines += leniencyLines(crl.leniencies)
        if !crl.extensions.isEmpty {
            lines.append("  Extensions:")
            lines += extensionLines(crl.extensions).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// A CRL as a JSON object (see `write(_:now:to:source:extra:)`).
    static func write(_ crl: CertificateRevocationList, to json: JSONStreamWriter, source: () -> Void, extra: () -> Void) {
        json.object {
            json.string("kind", "crl")
            source()
            json.int("version", crl.version)
            writeName("issuer", crl.issuer, to: json)
            json.string("thisUpdate", crl.thisUpdate.rfc3339)
            json.string("nextUpdate", crl.nextUpdate?.rfc3339)
            json.string("crlNumber", crl.crlNumber?.decimalString)
            json.string("signatureAlgorithm", crl.signatureAlgorithm.oid.dotted)
            json.array("revoked") {
                for revoked in crl.revokedCertificates {
                    json.object {
                        json.string("serialNumber", revoked.serialNumber.hexString)
                        json.string("revocationDate", revoked.revocationDate.rfc3339)
                        json.string("reason", revoked.reason?.name)
                        ExtensionRenderer.write("extensions", revoked.extensions, to: json)
                    }
                }
            }
            ExtensionRenderer.write("extensions", crl.extensions, to: json)
            ExtensionRenderer.strings("leniencies", crl.leniencies.names, to: json)
            extra()
        }
    }
}
