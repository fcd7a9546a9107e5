/// The diagnosis of one certificate of one ``TLSSite``: the files the site names, read and
/// diagnosed as `x509dump diagnose` would with `--cert`, `--key` and `--host`.
public struct SiteDiagnosis: Sendable {
    /// The site.
    public let site: TLSSite
    /// Which of the site's certificates (0 for the first `ssl_certificate`).
    public let certificateIndex: Int
    /// The input the diagnosis ran on.
    public let input: DiagnosisInput
    /// The findings: the diagnosis of the files, with missing files reported at the
    /// configuration line that names them, and the name checks of every host of the site.
    public let report: DiagnosisReport
    /// The host names checked (the first one drives the whole diagnosis).
    public let hostsChecked: [String]

    /// Diagnoses every certificate of `site`. `base` brings the time, trust anchors,
    /// thresholds and password; `host` replaces the site's own names when given.
    public static func run(_ site: TLSSite, base: DiagnosisInput, host: String? = nil) -> [SiteDiagnosis] {
        let hosts = host.map { [$0] } ?? site.hostsToCheck.hosts
        var password = base.password
        if password == nil, let file = site.passwordFile, let bytes = try? RegularFile.read(file.path, maximumSize: 64 * 1024) {
            // nginx tries each line; the first is the one almost every setup uses.
            password = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
        }
        return site.certificates.enumerated().map { index, certificate in
            var input = base
            input.certificates = [DiagnosisSource.read(certificate.path)] + site.chainFiles.map { DiagnosisSource.read($0.path) }
            let key = index < site.keys.count ? site.keys[index] : nil
            input.key = key.map { DiagnosisSource.read($0.path) }
            input.password = password
            input.host = hosts.first
            let first = Diagnosis.run(input)
            var findings = first.findings.map { relocate($0, site: site, certificate: certificate, key: key) }
            findings += site.caFiles.compactMap(missing) + (site.passwordFile.map(missing).map { [$0].compactMap { $0 } } ?? [])
            // Every other name of the site: only the name check depends on the host (the
            // leaf, chain, key and trust do not), so it alone runs again, against the leaf
            // the diagnosis chose; no leaf, no name findings, as for the first name.
            if let leafIndex = first.leafIndex, let leaf = first.certificates.first(where: { $0.index == leafIndex }) {
                for other in hosts.dropFirst() {
                    var names = DiagnosisContext()
                    NameCheck.check(leaf: leaf, host: other, into: &names)
                    for finding in names.findings where nameCodes.contains(finding.code) && !findings.contains(finding) {
                        findings.append(finding)
                    }
                }
            }
            var report = DiagnosisReport(
                findings: findings, certificates: first.certificates, leafIndex: first.leafIndex, chain: first.chain,
                chainIsTrusted: first.chainIsTrusted, correctedChain: first.correctedChain,
                correctedChainIsComplete: first.correctedChainIsComplete, trustAnchorsDescription: first.trustAnchorsDescription)
            report.unreadableIndices = first.unreadableIndices
            report.otherTrustStores = first.otherTrustStores
            return SiteDiagnosis(site: site, certificateIndex: index, input: input, report: report, hostsChecked: hosts)
        }
    }

    /// A CA or password file the configuration names that is missing or unreadable: the
    /// server refuses to start.
    static func missing(_ reference: ConfigFileReference) -> Finding? {
        let source = DiagnosisSource.read(reference.path)
        let reason: String
        let code: FindingCode
        switch source.content {
        case .bytes: return nil
        case .notFound: (code, reason) = (.fileNotFound, "no such file")
        case .unreadable(let why): (code, reason) = (.fileUnreadable, why)
        }
        return Finding(
            code: code, severity: .error, file: reference.configFile, line: reference.line,
            message: "\(reference.directive) \(reference.written): \(RawPath.display(reference.path)): \(reason). The server refuses to start with a file it cannot read.",
            fix: "Correct the path at this line, or create the file (ls -l \(RawPath.display(reference.path))).")
    }

    static let nameCodes: Set<FindingCode> = [.nameMismatch, .nameOnlyInCN, .wildcardTooDeep, .ipInDNSSAN]

    /// A missing or unreadable file is reported at the configuration line that names it.
    static func relocate(_ finding: Finding, site: TLSSite, certificate: ConfigFileReference, key: ConfigFileReference?) -> Finding {
        guard finding.code == .fileNotFound || finding.code == .fileUnreadable else { return finding }
        let named = ([certificate] + (key.map { [$0] } ?? []) + site.chainFiles).first { $0.path == finding.file }
        guard let named else { return finding }
        var moved = finding
        moved.file = named.configFile
        moved.line = named.line
        let resolved = named.written == named.path ? "" : " (resolved to \(RawPath.display(named.path)))"
        moved.message = "\(named.directive) \(named.written)\(resolved): " + finding.message
        return moved
    }
}
