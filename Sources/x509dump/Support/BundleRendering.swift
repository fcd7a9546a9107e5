import PureX509
import PureX509ASN1

/// `x509dump bundle` output as text and JSON, from the same audit.
struct BundleRendering {
    let audit: BundleAudit
    let name: String
    let difference: BundleDifference?
    let diffName: String?
    let timelineCount: Int
    /// The store audited and where the choice came from (an argument, SSL_CERT_FILE,
    /// SSL_CERT_DIR or the system default).
    var store: TrustStoreChoice? = nil

    func text(color: Bool) -> String {
        var lines: [String] = []
        let at = ASN1Time(secondsSince1970: audit.time)?.rfc3339 ?? String(audit.time)
        let distinct = audit.distinct.count
        lines.append(Output.styled("Bundle \(name): \(audit.certificates.count) certificates (\(distinct) distinct), checked at \(at)", .bold, enabled: color))
        if let store, store.isDefault { lines.append(TrustStoreRendering.text(store)) }
        for problem in audit.readingProblems {
            lines.append(Output.styled("\(problem.severity.rawValue) \(problem.code.rawValue): \(problem.message)", problem.severity == .error ? .red : .yellow, enabled: color))
        }
        func section(_ title: String, _ entries: [String], style: Output.Style, problem: Bool) {
            if entries.isEmpty {
                lines.append("\(title): none")
                return
            }
            lines.append(Output.styled("\(title) (\(entries.count)):", problem ? style : .bold, enabled: color))
            // Problems are listed in full; the informational sections are cut at ten lines.
            let shown = problem ? entries : Array(entries.prefix(10))
            for entry in shown { lines.append("  " + entry) }
            if shown.count < entries.count { lines.append("  ... and \(entries.count - shown.count) more (--json lists them all)") }
        }
        let now = audit.time
        section("Expired", audit.expired.map { "\(day($0.certificate.notAfter))  \(describe($0))  (expired \(ago(now - $0.certificate.notAfter.secondsSince1970)) ago)" }, style: .red, problem: true)
        section("Not yet valid", audit.notYetValid.map { "from \(day($0.certificate.notBefore))  \(describe($0))" }, style: .red, problem: true)
        section("Expiring within \(audit.soonWithin / 86_400) days", audit.expiringSoon.map { "\(day($0.certificate.notAfter))  \(describe($0))  (in \(ago($0.certificate.notAfter.secondsSince1970 - now)))" }, style: .yellow, problem: true)
        section("Repeated", audit.duplicates.map { "\(describe($0.certificate)) repeats #\($0.firstIndex)" }, style: .yellow, problem: true)
        section("Not CA certificates", audit.notCA.map(describe), style: .red, problem: true)
        section("Weak keys", audit.weakKeys.map { "\($0.certificate.subjectPublicKeyInfo.summary)  \(describe($0))" }, style: .red, problem: true)
        section("Not self-signed (intermediates or cross-signatures)", audit.notSelfIssued.map { "\(describe($0)) issued by \($0.certificate.issuer.rfc4514String)" }, style: .yellow, problem: false)
        section("Same subject and key in several certificates", audit.twins.map { group in group.map { "#\($0.index ?? 0) until \(day($0.certificate.notAfter))" }.joined(separator: ", ") + "  " + group[0].certificate.subject.rfc4514String }, style: .yellow, problem: false)
        section("MD5/SHA-1 self-signatures (harmless for roots: clients do not check them)", audit.weakSignatures.map { "\($0.algorithm)  \(describe($0.certificate))" }, style: .yellow, problem: false)
        let upcoming = audit.timeline(timelineCount)
        if !upcoming.isEmpty {
            lines.append(Output.styled("Next to expire:", .bold, enabled: color))
            for located in upcoming {
                lines.append("  \(day(located.certificate.notAfter))  \(describe(located))  (in \(ago(located.certificate.notAfter.secondsSince1970 - now)))")
            }
        }
        if let difference {
            lines.append(Output.styled("Compared with \(diffName ?? "the other bundle"): \(difference.added.count) added, \(difference.removed.count) removed, \(difference.unchangedCount) unchanged", .bold, enabled: color))
            for located in difference.added { lines.append("  + \(describe(located))  until \(day(located.certificate.notAfter))") }
            for located in difference.removed { lines.append("  - \(describe(located))  until \(day(located.certificate.notAfter))") }
            for pair in difference.reissued {
                lines.append("  ~ \(pair.new.certificate.subject.rfc4514String): same key, new certificate (until \(day(pair.old.certificate.notAfter)) -> \(day(pair.new.certificate.notAfter)))")
            }
        }
        let verdict = audit.hasProblems
            ? Output.styled("Verdict: problems found (see the sections marked above).", .red, enabled: color)
            : Output.styled("Verdict: OK: \(distinct) roots, none expired\(audit.expiringSoon.isEmpty ? "" : ", \(audit.expiringSoon.count) expiring soon").", .green, enabled: color)
        lines.append(verdict)
        return lines.joined(separator: "\n")
    }

    func describe(_ located: LocatedCertificate) -> String {
        let place = located.file.map { file in located.line.map { "\(file):\($0)" } ?? file } ?? ""
        return "#\(located.index ?? 0) \(located.certificate.subject.rfc4514String) [\(place), sha256 \(located.sha256.prefix(16))...]"
    }

    func day(_ time: ASN1Time) -> String { String(time.rfc3339.prefix(10)) }

    func ago(_ seconds: Int64) -> String {
        let days = seconds / 86_400
        if days >= 730 { return "\(days / 365) years" }
        if days >= 60 { return "\(days / 30) months" }
        return "\(days) day\(days == 1 ? "" : "s")"
    }

    func json() -> JSONValue {
        func entry(_ located: LocatedCertificate) -> JSONValue {
            .object([
                ("index", located.index.map { .int($0) } ?? .null),
                ("subject", .string(located.certificate.subject.rfc4514String)),
                ("sha256", .string(located.sha256)),
                ("file", located.file.map { .string($0) } ?? .null),
                ("line", located.line.map { .int($0) } ?? .null),
                ("notBefore", .string(located.certificate.notBefore.rfc3339)),
                ("notAfter", .string(located.certificate.notAfter.rfc3339)),
                ("key", .string(located.certificate.subjectPublicKeyInfo.summary)),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("bundle", .string(name)),
            ("trustStore", TrustStoreRendering.json(store)),
            ("at", .string(ASN1Time(secondsSince1970: audit.time)?.rfc3339 ?? String(audit.time))),
            ("count", .int(audit.certificates.count)),
            ("distinct", .int(audit.distinct.count)),
            ("readingProblems", .array(audit.readingProblems.map(DiagnosisRendering.finding))),
            ("expired", .array(audit.expired.map(entry))),
            ("notYetValid", .array(audit.notYetValid.map(entry))),
            ("expiringSoon", .object([("withinDays", .int(Int(audit.soonWithin / 86_400))), ("certificates", .array(audit.expiringSoon.map(entry)))])),
            ("repeated", .array(audit.duplicates.map { pair in
                .object([("certificate", entry(pair.certificate)), ("firstIndex", .int(pair.firstIndex))])
            })),
            ("notCA", .array(audit.notCA.map(entry))),
            ("weakKeys", .array(audit.weakKeys.map(entry))),
            ("notSelfSigned", .array(audit.notSelfIssued.map(entry))),
            ("twins", .array(audit.twins.map { .array($0.map(entry)) })),
            ("weakSelfSignatures", .array(audit.weakSignatures.map { pair in
                .object([("certificate", entry(pair.certificate)), ("algorithm", .string(pair.algorithm))])
            })),
            ("timeline", .array(audit.timeline(timelineCount).map(entry))),
        ]
        if let difference {
            members.append(("diff", .object([
                ("other", diffName.map { .string($0) } ?? .null),
                ("added", .array(difference.added.map(entry))),
                ("removed", .array(difference.removed.map(entry))),
                ("reissued", .array(difference.reissued.map { .object([("old", entry($0.old)), ("new", entry($0.new))]) })),
                ("unchanged", .int(difference.unchangedCount)),
            ])))
        }
        members.append(("problems", .bool(audit.hasProblems)))
        return .object(members)
    }
}
