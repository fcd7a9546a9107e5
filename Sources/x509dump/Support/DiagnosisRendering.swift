import PureX509
import PureX509ASN1

/// `x509dump diagnose` output: the text a tired person reads (worst first, each finding
/// with its certificate, place and fix, a verdict at the end) and the JSON a program reads,
/// both from the same report.
struct DiagnosisRendering {
    let report: DiagnosisReport
    let input: DiagnosisInput

    // MARK: Text

    func text(color: Bool) -> String {
        var lines: [String] = []
        let at = ASN1Time(secondsSince1970: input.time)?.rfc3339 ?? String(input.time)
        var inputs = input.certificates.map(\.name)
        if let config = input.tfServingConfig { inputs.insert("\(config.name) (TensorFlow Serving config)", at: 0) }
        var header = "Diagnosis of \(inputs.joined(separator: ", "))"
        var details: [String] = []
        if let key = input.key { details.append("key \(key.name)") }
        if let host = input.host { details.append("host \(host)") }
        details.append("at \(at)")
        header += " (" + details.joined(separator: ", ") + ")"
        lines.append(Output.styled(header, .bold, enabled: color))
        lines.append("Trust anchors: \(report.trustAnchorsDescription)")
        if input.host == nil { lines.append("Host name: \(Self.hostNotChecked)") }
        if !input.repairPool.isEmpty {
            lines.append("Repair pool: \((input.repairPoolNames ?? input.repairPool.map(\.name)).joined(separator: ", ")) (\(input.repairPool.count) file\(input.repairPool.count == 1 ? "" : "s"))")
        }
        lines.append("")

        if !report.certificates.isEmpty || !report.unreadableIndices.isEmpty {
            lines.append("Served certificates:")
            let width = min(60, report.certificates.map { $0.certificate.subject.rfc4514String.count }.max() ?? 0)
            var unreadable = report.unreadableIndices[...]
            func listUnreadable(before index: Int) {
                while let next = unreadable.first, next < index {
                    lines.append("  #\(next)  (a certificate block that could not be read: see the findings)")
                    unreadable = unreadable.dropFirst()
                }
            }
            for located in report.certificates {
                listUnreadable(before: located.index ?? 0)
                let subject = Self.clip(located.certificate.subject.rfc4514String, width)
                let padded = subject + String(repeating: " ", count: max(0, width - subject.count))
                let role = located.index == report.leafIndex ? "leaf" : (located.certificate.isSelfIssued ? "root" : (located.certificate.isCA ? "CA" : "end-entity"))
                let place = located.file.map { name in located.line.map { "\(name):\($0)" } ?? name } ?? ""
                lines.append("  #\(located.index ?? 0)  \(padded)  \(role), \(located.certificate.subjectPublicKeyInfo.summary), until \(Self.day(located.certificate.notAfter))  \(place)")
            }
            listUnreadable(before: Int.max)
            if report.leafIndex == nil && !report.certificates.isEmpty {
                lines.append("Leaf: unknown (the first block could not be read); the chain was not checked")
            }
            if let chain = report.chain {
                let links = chain.map { located -> String in
                    if let index = located.index { return "#\(index)" }
                    return "\(Self.clip(located.certificate.subject.rfc4514String, 40)) [\(located.origin == .trustStore ? "trust store" : "repair pool")]"
                }
                let invalid = chain.first {
                    $0.certificate.notBefore.secondsSince1970 > input.time || $0.certificate.notAfter.secondsSince1970 < input.time
                }
                let verdict = report.chainIsTrusted
                    ? " (trusted)"
                    : invalid.map { " (not trusted: \($0.index.map { "#\($0)" } ?? Self.clip($0.certificate.subject.rfc4514String, 40)) is not valid at this time)" } ?? " (not trusted)"
                lines.append("Chain: " + links.joined(separator: " -> ") + verdict)
            } else if report.leafIndex != nil {
                lines.append("Chain: none could be built")
            }
            lines.append("")
        }

        if report.findings.isEmpty {
            lines.append("No problems found.")
        }
        for finding in report.findings {
            let severity: String
            let style: Output.Style
            switch finding.severity {
            case .error: severity = "error"; style = .red
            case .warning: severity = "warning"; style = .yellow
            case .info: severity = "info"; style = .blue
            }
            var head = Output.styled(severity, style, enabled: color) + String(repeating: " ", count: 8 - severity.count)
                + Output.styled(finding.code.rawValue, .bold, enabled: color)
            if let certificate = finding.certificate {
                head += "  " + (certificate.index.map { "#\($0) " } ?? "") + Self.clip(certificate.subject, 70)
            }
            var place: [String] = []
            if let file = finding.file { place.append(finding.line.map { "\(file) line \($0)" } ?? file) }
            if let certificate = finding.certificate { place.append("sha256 \(certificate.sha256.prefix(16))...") }
            if !place.isEmpty { head += "  (" + place.joined(separator: ", ") + ")" }
            lines.append(head)
            let indent = "        "
            lines.append(indent + TextWrap.wrap(finding.message, width: 92, indent: indent))
            lines.append(indent + Output.styled("fix:", .green, enabled: color) + " " + TextWrap.wrap(finding.fix, width: 87, indent: indent + "     "))
            lines.append("")
        }
        let verdictStyle: Output.Style = report.hasErrors ? .red : .green
        lines.append(Output.styled("Verdict: " + report.verdict, verdictStyle, enabled: color))
        return lines.joined(separator: "\n")
    }

    static let hostNotChecked = "not checked (no --host given: pass --host NAME or --host IP to check the name clients connect to)"

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 3))) + "..."
    }

    static func day(_ time: ASN1Time) -> String { String(time.rfc3339.prefix(10)) }

    // MARK: JSON

    func json() -> JSONValue {
        var inputMembers: [(String, JSONValue)] = [
            ("certificates", .array(input.certificates.map { .string($0.name) })),
            ("key", input.key.map { .string($0.name) } ?? .null),
            ("tfServingConfig", input.tfServingConfig.map { .string($0.name) } ?? .null),
            ("trustAnchors", .string(report.trustAnchorsDescription)),
            ("trustStore", TrustStoreRendering.json(input.trustStoreChoice)),
            ("repairPool", .array((input.repairPoolNames ?? input.repairPool.map(\.name)).map { .string($0) })),
            ("host", input.host.map { .string($0) } ?? .null),
            ("hostCheck", .string(input.host == nil ? Self.hostNotChecked : "checked")),
        ]
        inputMembers.append(("at", .string(ASN1Time(secondsSince1970: input.time)?.rfc3339 ?? String(input.time))))
        return .object([
            ("input", .object(inputMembers)),
            ("certificates", .array(report.certificates.map { Self.certificate($0, leafIndex: report.leafIndex) })),
            ("leafIndex", report.leafIndex.map { .int($0) } ?? .null),
            ("unreadableIndices", .array(report.unreadableIndices.map { .int($0) })),
            ("chain", report.chain.map { .array($0.map(Self.link)) } ?? .null),
            ("chainTrusted", .bool(report.chainIsTrusted)),
            ("correctedChain", .array(report.correctedChain.map(Self.link))),
            ("findings", .array(report.findings.map(Self.finding))),
            ("otherTrustStores", .array(report.otherTrustStores.map(TrustStoreRendering.verdict))),
            ("summary", .object([
                ("errors", .int(report.count(.error))), ("warnings", .int(report.count(.warning))), ("info", .int(report.count(.info))),
            ])),
            ("verdict", .string(report.verdict)),
        ])
    }

    static func certificate(_ located: LocatedCertificate, leafIndex: Int?) -> JSONValue {
        .object([
            ("index", located.index.map { .int($0) } ?? .null),
            ("subject", .string(located.certificate.subject.rfc4514String)),
            ("issuer", .string(located.certificate.issuer.rfc4514String)),
            ("sha256", .string(located.sha256)),
            ("file", located.file.map { .string($0) } ?? .null),
            ("line", located.line.map { .int($0) } ?? .null),
            ("notBefore", .string(located.certificate.notBefore.rfc3339)),
            ("notAfter", .string(located.certificate.notAfter.rfc3339)),
            ("key", .string(located.certificate.subjectPublicKeyInfo.summary)),
            ("isCA", .bool(located.certificate.isCA)),
            ("isLeaf", .bool(located.index != nil && located.index == leafIndex)),
        ])
    }

    static func link(_ located: LocatedCertificate) -> JSONValue {
        .object([
            ("index", located.index.map { .int($0) } ?? .null),
            ("origin", .string(located.origin.rawValue)),
            ("subject", .string(located.certificate.subject.rfc4514String)),
            ("sha256", .string(located.sha256)),
            ("file", located.file.map { .string($0) } ?? .null),
            ("line", located.line.map { .int($0) } ?? .null),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        let certificate: JSONValue = finding.certificate.map { reference in
            .object([
                ("index", reference.index.map { .int($0) } ?? .null),
                ("subject", .string(reference.subject)),
                ("sha256", .string(reference.sha256)),
            ])
        } ?? .null
        return .object([
            ("code", .string(finding.code.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("certificate", certificate),
            ("file", finding.file.map { .string($0) } ?? .null),
            ("line", finding.line.map { .int($0) } ?? .null),
            ("message", .string(finding.message)),
            ("fix", .string(finding.fix)),
        ])
    }
}
