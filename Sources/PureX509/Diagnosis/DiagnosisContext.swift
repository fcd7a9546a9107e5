/// The findings of one diagnosis run as they are made, with duplicates (same code about the
/// same certificate or the same place) kept once.
struct DiagnosisContext {
    private(set) var findings: [Finding] = []
    private var seen: Set<String> = []

    /// Adds a finding about a certificate (its file and line become the finding's).
    mutating func report(
        _ code: FindingCode, _ severity: Severity, about certificate: LocatedCertificate, message: String, fix: String
    ) {
        add(Finding(
            code: code, severity: severity, certificate: certificate.reference, file: certificate.file,
            line: certificate.line, message: message, fix: fix))
    }

    /// Adds a finding about a file (or a place in it).
    mutating func report(
        _ code: FindingCode, _ severity: Severity, file: String?, line: Int? = nil, message: String, fix: String
    ) {
        add(Finding(code: code, severity: severity, certificate: nil, file: file, line: line, message: message, fix: fix))
    }

    mutating func add(_ finding: Finding) {
        let key = "\(finding.code.rawValue)|\(finding.certificate?.sha256 ?? "")|\(finding.certificate?.index.map(String.init) ?? "")|"
            + (finding.certificate == nil ? "\(finding.file ?? "")|\(finding.line ?? 0)" : "")
        guard seen.insert(key).inserted else { return }
        findings.append(finding)
    }

    /// Appends `message` and `fix` to the findings with `code` (a note that depends on what
    /// was found later, such as what other trust stores say about an untrusted root).
    mutating func amend(_ code: FindingCode, message: String, fix: String) {
        for index in findings.indices where findings[index].code == code {
            findings[index].message += message
            findings[index].fix += fix
        }
    }

    /// Appends `text` to the message of finding `index`.
    mutating func amend(_ index: Int, appending text: String) {
        guard findings.indices.contains(index) else { return }
        findings[index].message += text
    }

    /// True when a finding with `code` is about `certificate` (matched by fingerprint).
    func has(_ code: FindingCode, about certificate: Certificate) -> Bool {
        let sha = LocatedCertificate(certificate: certificate, origin: .served, index: nil, file: nil, line: nil).sha256
        return findings.contains { $0.code == code && $0.certificate?.sha256 == sha }
    }

    /// True when some finding about `certificate` has one of `codes`.
    func hasAny(_ codes: Set<FindingCode>, about sha256: String) -> Bool {
        findings.contains { codes.contains($0.code) && $0.certificate?.sha256 == sha256 }
    }

    /// True when some finding has `code`.
    func has(_ code: FindingCode) -> Bool { findings.contains { $0.code == code } }

    /// True when some finding is an error.
    var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
