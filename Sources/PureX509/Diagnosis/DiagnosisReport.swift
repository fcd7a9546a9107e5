/// The result of a diagnosis: every finding, worst first, the certificates as served, the
/// chain clients can build, and the chain the server should serve instead.
public struct DiagnosisReport: Sendable {
    /// Every finding: errors, then warnings, then information; within a severity, problems
    /// with the files first, then by certificate position.
    public let findings: [Finding]
    /// The served certificates in order (duplicates included), numbered from 0 by their
    /// `index`; a certificate block that could not be read keeps its number (see
    /// `unreadableIndices`), so the numbers may have gaps.
    public let certificates: [LocatedCertificate]
    /// The served positions (#N) of certificate blocks that could not be read.
    public var unreadableIndices: [Int] = []
    /// The served position (#N, the `index` of a certificate) of the leaf: the certificate
    /// the server presents as its own. Nil when there is none, or when the first block could
    /// not be read and nothing (such as the key) says which certificate is the leaf.
    public let leafIndex: Int?
    /// The chain from the leaf to its trust anchor (anchor last), when one could be built
    /// (ignoring validity dates if needed); nil otherwise.
    public let chain: [LocatedCertificate]?
    /// True when `chain` ends at one of the trust anchors (not at an untrusted root) and every
    /// certificate on it is valid at the time of the diagnosis.
    public let chainIsTrusted: Bool
    /// What the server should serve: the leaf, then each issuer in order up to (not
    /// including) the self-signed root, missing intermediates taken from the repair pool,
    /// strangers and duplicates left out. Empty when there is no leaf.
    public let correctedChain: [LocatedCertificate]
    /// True when `correctedChain` reaches a trust anchor (or a root): the repair is complete.
    public let correctedChainIsComplete: Bool
    /// What the trust anchors were ("the system trust store (139 certificates)").
    public let trustAnchorsDescription: String
    /// What the other trust stores clients use (`DiagnosisInput.otherTrustStores`) say
    /// about the chain, when they were asked: the chain's root is untrusted here, or the
    /// default store trusts it. Empty otherwise.
    public var otherTrustStores: [TrustStoreVerdict] = []

    /// A report from its parts; the findings are sorted worst first.
    public init(
        findings: [Finding], certificates: [LocatedCertificate], leafIndex: Int?, chain: [LocatedCertificate]?,
        chainIsTrusted: Bool, correctedChain: [LocatedCertificate], correctedChainIsComplete: Bool,
        trustAnchorsDescription: String
    ) {
        self.findings = DiagnosisReport.sorted(findings)
        self.certificates = certificates
        self.leafIndex = leafIndex
        self.chain = chain
        self.chainIsTrusted = chainIsTrusted
        self.correctedChain = correctedChain
        self.correctedChainIsComplete = correctedChainIsComplete
        self.trustAnchorsDescription = trustAnchorsDescription
    }

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// True when some finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// One line for the end of a report: how many problems, and what that means for clients.
    public var verdict: String {
        let errors = count(.error), warnings = count(.warning), infos = count(.info)
        var parts: [String] = []
        if errors > 0 { parts.append(DiagnosisText.plural(errors, "error")) }
        if warnings > 0 { parts.append(DiagnosisText.plural(warnings, "warning")) }
        if infos > 0 { parts.append(DiagnosisText.plural(infos, "note")) }
        if errors > 0 {
            return "BROKEN: \(parts.joined(separator: ", ")). Clients will fail to connect; fix the errors above, worst first."
        }
        let counted = parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
        if let leafIndex, let leaf = certificates.first(where: { $0.index == leafIndex })?.certificate {
            return "OK\(counted): the chain is valid until \(DiagnosisText.date(leaf.notAfter))."
        }
        return "OK\(counted)."
    }

    /// Stable sort: severity, then file-level findings before certificate findings, then
    /// served position, then the order found.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element, right = rhs.element
            if left.severity != right.severity { return left.severity < right.severity }
            let leftIndex = left.certificate.map { $0.index ?? Int.max / 2 } ?? -1
            let rightIndex = right.certificate.map { $0.index ?? Int.max / 2 } ?? -1
            if leftIndex != rightIndex { return leftIndex < rightIndex }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
