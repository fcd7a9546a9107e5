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

    static func nameJSON(_ name: DistinguishedName) -> JSONValue {
        .object([
            ("text", .string(name.opensslOneLine)),
            ("rfc4514", .string(name.rfc4514String)),
            ("attributes", .array(name.attributes.map { attribute in
                .object([
                    ("type", .string(attribute.type.dotted)),
                    ("name", .string(attribute.type.shortName ?? attribute.type.dotted)),
                    ("value", attribute.stringValue.map(JSONValue.string) ?? .string("#" + ExtensionRenderer.hex(attribute.encodedValue).replacingColons())),
                ])
            })),
        ])
    }

    static func keyJSON(_ key: SubjectPublicKeyInfo) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("algorithm", .string(key.algorithm.oid.dotted)),
            ("algorithmName", .string(key.algorithm.oid.longName ?? key.algorithm.oid.dotted)),
            ("type", .string(key.details.typeName)),
            ("bits", key.bitCount.map(JSONValue.int) ?? .null),
            ("summary", .string(key.summary)),
        ]
        switch key.details {
        case .rsa(let modulus, let exponent, _):
            members.append(("exponent", .string(ExtensionRenderer.hex(exponent).replacingColons())))
            members.append(("modulus", .string(ExtensionRenderer.hex(modulus).replacingColons())))
        case .ec(let curve, let point):
            members.append(("curve", .string(curve.name)))
            members.append(("point", .string(ExtensionRenderer.hex(point).replacingColons())))
        case .ed25519(let bytes), .ed448(let bytes), .x25519(let bytes), .x448(let bytes):
            members.append(("key", .string(ExtensionRenderer.hex(bytes).replacingColons())))
        default:
            break
        }
        members.append(("der", .string(ExtensionRenderer.hex(key.derEncoded).replacingColons())))
        return .object(members)
    }

    static func json(_ certificate: Certificate, source: JSONValue, now: Int64) -> JSONValue {
        let validity = RelativeTime.validity(notBefore: certificate.notBefore, notAfter: certificate.notAfter, now: now)
        return .object([
            ("kind", .string("certificate")),
            ("source", source),
            ("version", .int(certificate.version.number)),
            ("serialNumber", .string(certificate.serialNumber.hexString)),
            ("serialNumberDecimal", .string(certificate.serialNumber.decimalString)),
            ("signatureAlgorithm", .string(certificate.signatureAlgorithm.oid.dotted)),
            ("signatureAlgorithmName", .string(algorithmName(certificate.signatureAlgorithm))),
            ("issuer", nameJSON(certificate.issuer)),
            ("subject", nameJSON(certificate.subject)),
            ("notBefore", .string(certificate.notBefore.rfc3339)),
            ("notAfter", .string(certificate.notAfter.rfc3339)),
            ("validity", .string(validity.state)),
            ("validityText", .string(validity.text)),
            ("role", .string(role(certificate))),
            ("isCA", .bool(certificate.isCA)),
            ("selfIssued", .bool(certificate.isSelfIssued)),
            ("subjectPublicKeyInfo", keyJSON(certificate.subjectPublicKeyInfo)),
            ("issuerUniqueID", certificate.issuerUniqueID.map { .string(ExtensionRenderer.hex($0).replacingColons()) } ?? .null),
            ("subjectUniqueID", certificate.subjectUniqueID.map { .string(ExtensionRenderer.hex($0).replacingColons()) } ?? .null),
            ("extensions", .array(certificate.extensions.map(ExtensionRenderer.json))),
            ("leniencies", .array(certificate.leniencies.names.map(JSONValue.string))),
            ("sha256", .string(ExtensionRenderer.hex(certificate.fingerprint(.sha256)).replacingColons())),
            ("sha1", .string(ExtensionRenderer.hex(certificate.fingerprint(.sha1)).replacingColons())),
            ("signature", .string(ExtensionRenderer.hex(certificate.signature).replacingColons())),
        ])
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

    static func json(_ request: CertificateSigningRequest, source: JSONValue) -> JSONValue {
        .object([
            ("kind", .string("certificateRequest")),
            ("source", source),
            ("subject", nameJSON(request.subject)),
            ("subjectPublicKeyInfo", keyJSON(request.subjectPublicKeyInfo)),
            ("signatureAlgorithm", .string(request.signatureAlgorithm.oid.dotted)),
            ("challengePasswordPresent", .bool(request.challengePassword != nil)),
            ("attributes", .array(request.attributes.map { .string($0.type.dotted) })),
            ("requestedExtensions", .array(request.requestedExtensions.map(ExtensionRenderer.json))),
            ("leniencies", .array(request.leniencies.names.map(JSONValue.string))),
        ])
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

    static func json(_ crl: CertificateRevocationList, source: JSONValue) -> JSONValue {
        .object([
            ("kind", .string("crl")),
            ("source", source),
            ("version", .int(crl.version)),
            ("issuer", nameJSON(crl.issuer)),
            ("thisUpdate", .string(crl.thisUpdate.rfc3339)),
            ("nextUpdate", crl.nextUpdate.map { .string($0.rfc3339) } ?? .null),
            ("crlNumber", crl.crlNumber.map { .string($0.decimalString) } ?? .null),
            ("signatureAlgorithm", .string(crl.signatureAlgorithm.oid.dotted)),
            ("revoked", .array(crl.revokedCertificates.map { revoked in
                .object([
                    ("serialNumber", .string(revoked.serialNumber.hexString)),
                    ("revocationDate", .string(revoked.revocationDate.rfc3339)),
                    ("reason", revoked.reason.map { .string($0.name) } ?? .null),
                    ("extensions", .array(revoked.extensions.map(ExtensionRenderer.json))),
                ])
            })),
            ("extensions", .array(crl.extensions.map(ExtensionRenderer.json))),
            ("leniencies", .array(crl.leniencies.names.map(JSONValue.string))),
        ])
    }
}
