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
    /// The threads long lists are rendered on (`ParallelRender`); the output is the same
    /// bytes whatever the number.
    var threads = ParallelRender.processorCount

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

    /// The audit as JSON (every list in full), written as it is made.
    func writeJSON(to json: JSONStreamWriter) {
        func entry(_ key: StaticString?, _ located: LocatedCertificate, to json: JSONStreamWriter) {
            json.object(key) {
                json.int("index", located.index)
                json.string("subject", located.certificate.subject.rfc4514String)
                json.string("sha256", located.sha256)
                json.string("file", located.file)
                json.int("line", located.line)
                json.string("notBefore", located.certificate.notBefore.rfc3339)
                json.string("notAfter", located.certificate.notAfter.rfc3339)
                json.string("key", located.certificate.subjectPublicKeyInfo.summary)
            }
        }
        func entry(_ key: StaticString?, _ located: LocatedCertificate) { entry(key, located, to: json) }
        // Long lists (a bundle repeated, or of intermediates) are rendered on every processor.
        func entries(_ key: StaticString?, _ list: [LocatedCertificate]) {
            json.array(key) {
                json.parallelItems(count: list.count, threads: threads) { index, writer in entry(nil, list[index], to: writer) }
            }
        }
        json.object {
            json.string("bundle", name)
            json.value("trustStore", TrustStoreRendering.json(store))
            json.string("at", ASN1Time(secondsSince1970: audit.time)?.rfc3339 ?? String(audit.time))
            json.int("count", audit.certificates.count)
            json.int("distinct", audit.distinct.count)
            json.array("readingProblems") {
                for finding in audit.readingProblems { json.value(nil, DiagnosisRendering.finding(finding)) }
            }
            entries("expired", audit.expired)
            entries("notYetValid", audit.notYetValid)
            json.object("expiringSoon") {
                json.int("withinDays", Int(audit.soonWithin / 86_400))
                entries("certificates", audit.expiringSoon)
            }
            json.array("repeated") {
                let duplicates = audit.duplicates
                json.parallelItems(count: duplicates.count, threads: threads) { index, writer in
                    writer.object {
                        entry("certificate", duplicates[index].certificate, to: writer)
                        writer.int("firstIndex", duplicates[index].firstIndex)
                    }
                }
            }
            entries("notCA", audit.notCA)
            entries("weakKeys", audit.weakKeys)
            entries("notSelfSigned", audit.notSelfIssued)
            json.array("twins") {
                for group in audit.twins { entries(nil, group) }
            }
            json.array("weakSelfSignatures") {
                for pair in audit.weakSignatures {
                    json.object {
                        entry("certificate", pair.certificate)
                        json.string("algorithm", pair.algorithm)
                    }
                }
            }
            entries("timeline", audit.timeline(timelineCount))
            if let difference {
                json.object("diff") {
                    json.string("other", diffName)
                    entries("added", difference.added)
                    entries("removed", difference.removed)
                    json.array("reissued") {
                        for pair in difference.reissued {
                            json.object {
                                entry("old", pair.old)
                                entry("new", pair.new)
                            }
                        }
                    }
                    json.int("unchanged", difference.unchangedCount)
                }
            }
            json.bool("problems", audit.hasProblems)
        }
    }

    /// The JSON as text (for tests).
    func jsonText() -> String {
        let output = BufferedOutput.capturing()
        writeJSON(to: JSONStreamWriter(output))
        return output.text
    }
}
