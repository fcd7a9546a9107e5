import PureX509

/// `x509dump scan` output: the timeline as text, JSON, or a Nagios status line.
struct ScanRendering {
    let report: ScanReport
    let time: Int64
    let thresholds: ExpiryThresholds

    /// One timeline row: a certificate or a CRL.
    private struct Row {
        let status: ExpiryStatus
        let date: Int64
        let what: String
        let location: String
    }

    private var rows: [Row] {
        var rows = report.certificatesByExpiry.map { found in
            Row(status: found.status(at: time, thresholds: thresholds), date: found.certificate.notAfter.secondsSince1970,
                what: Self.shortName(found.certificate.subject), location: "\(RawPath.display(found.path)) #\(found.position)")
        }
        for found in report.crls {
            guard let next = found.crl.nextUpdate else { continue }
            rows.append(Row(status: found.status(at: time, thresholds: thresholds), date: next.secondsSince1970,
                            what: "CRL of " + Self.shortName(found.crl.issuer) + " (nextUpdate)",
                            location: RawPath.display(found.path) + (found.pemLine.map { " line \($0)" } ?? "")))
        }
        return rows.sorted { $0.date < $1.date }
    }

    /// The common name, else the whole name in OpenSSL's one-line form.
    static func shortName(_ name: DistinguishedName) -> String {
        if let common = name.commonName, !common.isEmpty { return "CN=" + common }
        return name.isEmpty ? "(empty name)" : name.opensslOneLine
    }

    static func label(_ status: ExpiryStatus) -> String {
        switch status {
        case .expired: return "EXPIRED"
        case .critical: return "ERROR"
        case .warning: return "WARNING"
        case .notYetValid: return "NOT-YET"
        case .ok: return "ok"
        }
    }

    private func relative(_ date: Int64) -> String {
        date < time ? "\(RelativeTime.span(time - date)) ago" : "in \(RelativeTime.span(date - time))"
    }

    private static func day(_ seconds: Int64) -> String {
        String((ASN1Time(secondsSince1970: seconds)?.rfc3339 ?? "\(seconds)").prefix(10))
    }

    func text(onlyProblems: Bool, listSkipped: Bool, color: Bool) -> String {
        var out = ""
        let shown = rows.filter { !onlyProblems || $0.status <= .warning }
        let relativeWidth = shown.map { relative($0.date).count }.max() ?? 0
        let whatWidth = min(48, shown.map { $0.what.count }.max() ?? 0)
        for row in shown {
            var label = Self.label(row.status).padding(9)
            switch row.status {
            case .expired, .critical: label = Output.styled(label, .red, enabled: color)
            case .warning: label = Output.styled(label, .yellow, enabled: color)
            default: break
            }
            out += label + Self.day(row.date) + "  " + relative(row.date).padding(relativeWidth) + "  " + row.what.padding(whatWidth)
                + "  " + row.location + "\n"
        }
        if !report.readErrors.isEmpty {
            out += (out.isEmpty ? "" : "\n") + "read errors:\n"
            for error in report.readErrors { out += "  \(RawPath.display(error.path)): \(error.message)\n" }
        }
        if listSkipped && !report.skipped.isEmpty {
            out += (out.isEmpty ? "" : "\n") + "not read:\n"
            for skip in report.skipped { out += "  \(RawPath.display(skip.path)): \(skip.description)\n" }
        }
        out += (out.isEmpty ? "" : "\n") + summary(listSkipped: listSkipped) + "\n"
        return out
    }

    func summary(listSkipped: Bool) -> String {
        let counts = report.counts(at: time, thresholds: thresholds)
        let warnDays = thresholds.warnWithin / 86_400, errorDays = thresholds.errorWithin / 86_400
        var parts = ["\(Self.count(report.certificates.count, "certificate"))"
            + (report.crls.isEmpty ? "" : " and \(Self.count(report.crls.count, "CRL"))")
            + " in \(Self.count(report.filesRead, "file")) (\(Self.count(report.directoriesVisited, "directory", plural: "directories")) walked)"]
        var states: [String] = []
        if let n = counts[.expired] { states.append("\(n) expired") }
        if let n = counts[.critical] { states.append("\(n) within \(errorDays) days") }
        if let n = counts[.warning] { states.append("\(n) within \(warnDays) days") }
        if let n = counts[.notYetValid] { states.append("\(n) not yet valid") }
        if let n = counts[.ok] { states.append("\(n) ok") }
        if !states.isEmpty { parts.append(states.joined(separator: ", ")) }
        let stale = report.crls.filter { $0.status(at: time, thresholds: thresholds) == .expired }.count
        if stale > 0 { parts.append("\(Self.count(stale, "stale CRL")) (past nextUpdate)") }
        parts.append(report.readErrors.isEmpty ? "no read errors" : Self.count(report.readErrors.count, "read error"))
        let links = report.skipped.filter { $0.reason == .sameFile }.count
        if links > 0 { parts.append("\(Self.count(links, "link")) to files already read") }
        let notRead = report.skipped.filter { $0.reason != .sameFile }
        if !notRead.isEmpty {
            var kinds: [String: Int] = [:]
            for skip in notRead { kinds[skip.kind, default: 0] += 1 }
            let detail = kinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            parts.append("\(Self.count(notRead.count, "path")) not read (\(detail))" + (listSkipped ? "" : ": --list-skipped lists them"))
        }
        if report.filesWithoutCertificates > 0 {
            parts.append("\(Self.count(report.filesWithoutCertificates, "other file")) without certificates")
        }
        if report.fileLimitReached { parts.append("stopped at the limit of files per scan") }
        return "scan: " + parts.joined(separator: "; ")
    }

    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) " + (value == 1 ? noun : plural ?? noun + "s")
    }

    /// One line: `CERTIFICATES WARNING - ... | perfdata`.
    func nagios() -> String {
        let counts = report.counts(at: time, thresholds: thresholds)
        let state = ["OK", "WARNING", "CRITICAL", "UNKNOWN"][Int(nagiosExitCode)]
        var detail: [String] = []
        if let n = counts[.expired] { detail.append("\(n) expired") }
        if let n = counts[.critical] { detail.append("\(n) expiring within \(thresholds.errorWithin / 86_400) days") }
        if let n = counts[.warning] { detail.append("\(n) expiring within \(thresholds.warnWithin / 86_400) days") }
        if !report.readErrors.isEmpty { detail.append(Self.count(report.readErrors.count, "read error")) }
        if report.certificates.isEmpty { detail.append("no certificates found") }
        if let first = report.certificatesByExpiry.first {
            detail.append("soonest: \(Self.shortName(first.certificate.subject)) \(relative(first.certificate.notAfter.secondsSince1970))")
        }
        let soonest = report.certificatesByExpiry.first.map { ($0.certificate.notAfter.secondsSince1970 - time) / 86_400 }
        let perf = "certificates=\(report.certificates.count) expired=\(counts[.expired] ?? 0) critical=\(counts[.critical] ?? 0)"
            + " warning=\(counts[.warning] ?? 0) read_errors=\(report.readErrors.count)" + (soonest.map { " soonest_days=\($0)" } ?? "")
        return "CERTIFICATES \(state) - \(Self.count(report.certificates.count, "certificate")): " + detail.joined(separator: ", ") + " | " + perf
    }

    /// Nagios plugin codes: 2 CRITICAL (expired or within the error threshold, a stale
    /// CRL), 3 UNKNOWN (read errors or nothing found), 1 WARNING, 0 OK.
    var nagiosExitCode: Int32 {
        let worst = report.worstStatus(at: time, thresholds: thresholds)
        if worst <= .critical { return 2 }
        if !report.readErrors.isEmpty || report.certificates.isEmpty { return 3 }
        if worst == .warning { return 1 }
        return 0
    }

    func json() -> JSONValue {
        func date(_ seconds: Int64) -> JSONValue { .string(ASN1Time(secondsSince1970: seconds)?.rfc3339 ?? "\(seconds)") }
        let certificates = report.certificatesByExpiry.map { found -> JSONValue in
            let certificate = found.certificate
            return .object([
                ("path", .string(RawPath.display(found.path))), ("position", .int(found.position)),
                ("pemLine", found.pemLine.map { .int($0) } ?? .null),
                ("status", .string(found.status(at: time, thresholds: thresholds).rawValue)),
                ("notBefore", date(certificate.notBefore.secondsSince1970)), ("notAfter", date(certificate.notAfter.secondsSince1970)),
                ("secondsLeft", .int(Int(certificate.notAfter.secondsSince1970 - time))),
                ("subject", .string(certificate.subject.rfc4514String)), ("issuer", .string(certificate.issuer.rfc4514String)),
                ("serial", .string(certificate.serialNumber.decimalString)),
                ("sha256", .string(certificate.fingerprintHex().lowercased())),
            ])
        }
        let crls = report.crls.map { found -> JSONValue in
            .object([
                ("path", .string(RawPath.display(found.path))), ("pemLine", found.pemLine.map { .int($0) } ?? .null),
                ("status", .string(found.status(at: time, thresholds: thresholds).rawValue)),
                ("issuer", .string(found.crl.issuer.rfc4514String)), ("thisUpdate", date(found.crl.thisUpdate.secondsSince1970)),
                ("nextUpdate", found.crl.nextUpdate.map { date($0.secondsSince1970) } ?? .null),
            ])
        }
        let counts = report.counts(at: time, thresholds: thresholds)
        return .object([
            ("time", date(time)),
            ("warnDays", .int(Int(thresholds.warnWithin / 86_400))), ("errorDays", .int(Int(thresholds.errorWithin / 86_400))),
            ("certificates", .array(certificates)), ("crls", .array(crls)),
            ("readErrors", .array(report.readErrors.map { error in
                .object([("path", .string(RawPath.display(error.path))), ("message", .string(error.message)),
                         ("pemLine", error.pemLine.map { .int($0) } ?? .null), ("offset", error.offset.map { .int($0) } ?? .null)])
            })),
            ("skipped", .array(report.skipped.map { skip in
                .object([("path", .string(RawPath.display(skip.path))), ("kind", .string(skip.kind)), ("reason", .string(skip.description))])
            })),
            ("summary", .object(
                ExpiryStatus.allCases.map { ($0.rawValue, JSONValue.int(counts[$0] ?? 0)) } + [
                    ("certificates", .int(report.certificates.count)), ("crls", .int(report.crls.count)),
                    ("filesExamined", .int(report.filesExamined)), ("filesRead", .int(report.filesRead)),
                    ("filesWithoutCertificates", .int(report.filesWithoutCertificates)),
                    ("directories", .int(report.directoriesVisited)), ("readErrors", .int(report.readErrors.count)),
                    ("skipped", .int(report.skipped.count)), ("fileLimitReached", .bool(report.fileLimitReached)),
                ])),
        ])
    }
}

extension String {
    /// Padded with spaces to `width` characters (never cut).
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
