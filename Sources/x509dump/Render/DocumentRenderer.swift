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
        let extensions = certificate.extensions
        let validity = RelativeTime.validity(notBefore: certificate.notBefore, notAfter: certificate.notAfter, now: now)
        var lines = [heading]
        lines.append(row("Subject", certificate.subject.opensslOneLine))
        lines.append(row("Issuer", certificate.issuer.opensslOneLine))
        lines.append(row("Validity", "\(certificate.notBefore.rfc3339) to \(certificate.notAfter.rfc3339)"))
        lines.append(continuation(validity.text))
        if let san = extensions.subjectAlternativeName {
            lines += rows("SANs", san.names.map(\.description))
        }
        lines.append(row("Key", certificate.subjectPublicKeyInfo.summary))
        lines.append(row("Role", role(certificate)))
        if let usage = extensions.keyUsage { lines.append(row("Key usage", usage.titles.joined(separator: ", "))) }
        if let eku = extensions.extendedKeyUsage {
            lines.append(row("Extended use", eku.purposes.map(ExtendedKeyUsage.title(of:)).joined(separator: ", ")))
        }
        lines.append(row("Serial", certificate.serialNumber.hexString))
        lines.append(row("Signature", algorithmName(certificate.signatureAlgorithm)))
        lines.append(row("Version", certificate.version.description))
        lines.append(row("SHA-256", fingerprint(certificate.fingerprint(.sha256))))
        lines.append(row("SHA-1", fingerprint(certificate.fingerprint(.sha1))))
        lines += leniencyLines(certificate.leniencies)
        if !extensions.isEmpty {
            lines.append("  Extensions:")
            lines += extensionLines(extensions).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func algorithmName(_ algorithm: AlgorithmIdentifier) -> String {
        algorithm.oid.longName ?? algorithm.oid.dotted
    }

    static func writeName(_ key: StaticString, _ name: DistinguishedName, to json: JSONStreamWriter) {
        json.object(key) {
            json.string("text", name.opensslOneLine)
            json.string("rfc4514", name.rfc4514String)
            json.array("attributes") {
                for attribute in name.attributes {
                    json.object {
                        json.string("type", attribute.type.dotted)
                        json.string("name", attribute.type.shortName ?? attribute.type.dotted)
                        if let value = attribute.stringValue {
                            json.string("value", value)
                        } else {
                            json.string("value", "#" + HexText.string(attribute.encodedValue, uppercase: false, colons: false))
                        }
                    }
                }
            }
        }
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
            writeName("issuer", certificate.issuer, to: json)
            writeName("subject", certificate.subject, to: json)
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
