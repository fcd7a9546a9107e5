/// How bad a finding is. `error` breaks TLS for some or all clients; `warning` will break it
/// soon or for some clients; `info` is worth knowing and harmless.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// TLS fails for some or all clients now.
    case error
    /// TLS will fail soon, fails for some clients, or the setup is fragile.
    case warning
    /// Worth knowing, harmless.
    case info

    /// Orders worst first: error < warning < info.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }
}

/// Which certificate a finding is about: its position in the input as served, and enough to
/// recognise it (subject and SHA-256 fingerprint).
public struct CertificateReference: Sendable, Hashable, Codable {
    /// 0-based position in the input, in file order (nil for a certificate that came from
    /// the trust store or the repair pool).
    public var index: Int?
    /// The subject in RFC 4514 form.
    public var subject: String
    /// SHA-256 of the DER, lowercase hex without separators.
    public var sha256: String

    /// A reference from its parts: the 0-based input position (nil outside the input), the RFC 4514
    /// subject and the lowercase hex SHA-256 of the DER.
    public init(index: Int?, subject: String, sha256: String) {
        self.index = index
        self.subject = subject
        self.sha256 = sha256
    }
}

/// One problem found by the diagnosis: what, how bad, about which certificate, where in
/// which file, and how to fix it. The text report and the JSON come from the same value.
public struct Finding: Sendable, Hashable, Codable {
    /// The stable code of the problem (its raw value is the string programs match on).
    public var code: FindingCode
    /// How bad it is here (a code's severity can depend on the case: see the code's documentation).
    public var severity: Severity
    /// The certificate the finding is about, nil for findings about a file or the setup as a whole.
    public var certificate: CertificateReference?
    /// The file the finding is about, as named by the user.
    public var file: String?
    /// The 1-based line in that file (the PEM block's BEGIN line), when known.
    public var line: Int?
    /// What is wrong, in one or two sentences a person can act on.
    public var message: String
    /// What to do about it.
    public var fix: String

    /// A finding from its parts; `certificate`, `file` and `line` are nil when they do not apply.
    public init(
        code: FindingCode, severity: Severity, certificate: CertificateReference? = nil,
        file: String? = nil, line: Int? = nil, message: String, fix: String
    ) {
        self.code = code
        self.severity = severity
        self.certificate = certificate
        self.file = file
        self.line = line
        self.message = message
        self.fix = fix
    }
}
