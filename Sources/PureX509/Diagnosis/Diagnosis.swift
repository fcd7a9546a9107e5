/// The diagnosis engine: point it at the files a TLS server is configured with and it
/// names every problem, the certificate it is about, and the fix, in one offline run.
///
/// ```swift
/// var input = DiagnosisInput(certificates: [.read("/etc/nginx/fullchain.pem")], time: now)
/// input.key = .read("/etc/nginx/privkey.pem")
/// input.host = "www.example.com"
/// let report = Diagnosis.run(input)
/// for finding in report.findings {
///     print(finding.severity, finding.code.rawValue, finding.message, finding.fix)
/// }
/// ```
///
/// Every finding is reported, not only the first: the files are read block by block so one
/// damaged block hides nothing, each certificate is judged on its own (dates, key, signature
/// hash, usage), the key is matched, the host is checked, and the chain is analysed by the
/// path builder (`ChainVerifier`), which keeps every path it tried and why it failed.
public enum Diagnosis {
    /// Diagnoses `input`.
    public static func run(_ input: DiagnosisInput) -> DiagnosisReport {
        var context = DiagnosisContext()
        var certificateSources = input.certificates
        var keySource = input.key
        if let config = input.tfServingConfig {
            let found = TFServingSources.read(config, into: &context)
            certificateSources = found.certificates + certificateSources
            if keySource == nil { keySource = found.key }
        }

        // The served certificates, numbered across files in order.
        var served: [LocatedCertificate] = []
        var embeddedKeys: (entries: [SourceContents.KeyEntry], source: DiagnosisSource)?
        for source in certificateSources {
            let before = context.findings.count
            let contents = SourceReader(source: source, role: .served, password: input.password).read(into: &context)
            if contents.certificates.isEmpty && context.findings.count == before {
                context.report(.emptyInput, .error, file: source.displayName,
                    message: "\(source.displayName) holds no certificate\(contents.keys.isEmpty ? "" : ", only a private key (were the certificate and key files swapped?)").",
                    fix: "Name the file that holds the server's certificate chain (PEM, -----BEGIN CERTIFICATE-----, leaf first).")
            }
            for entry in contents.certificates {
                served.append(LocatedCertificate(
                    certificate: entry.certificate, origin: .served, index: served.count, file: source.displayName, line: entry.line))
            }
            if embeddedKeys == nil && !contents.keys.isEmpty { embeddedKeys = (contents.keys, source) }
        }

        // The private key: its own file, or one found among the certificates.
        var key: KeyCheck.Outcome = .none
        if let keySource {
            let before = context.findings.count
            let contents = SourceReader(source: keySource, role: .key, password: input.password).read(into: &context)
            if case .bytes = keySource.content { KeyCheck.checkPermissions(keySource, into: &context) }
            if contents.keys.isEmpty && context.findings.count == before, case .bytes = keySource.content {
                context.report(.formatUnknown, .error, file: keySource.displayName,
                    message: "\(keySource.displayName) holds no private key\(contents.certificates.isEmpty ? "" : " (it holds \(DiagnosisText.plural(contents.certificates.count, "certificate")): were the certificate and key files swapped?)").",
                    fix: "Name the private key file (-----BEGIN PRIVATE KEY----- or RSA/EC PRIVATE KEY) as the key.")
            }
            key = KeyCheck.load(contents.keys, file: keySource.displayName, password: input.password, into: &context)
        } else if let embeddedKeys {
            KeyCheck.checkPermissions(embeddedKeys.source, into: &context)
            key = KeyCheck.load(embeddedKeys.entries, file: embeddedKeys.source.displayName, password: input.password, into: &context)
        }

        // What clients trust, and what may repair the chain.
        let anchorSources = input.trustAnchors ?? systemTrustSources()
        let anchors = read(anchorSources, role: .anchors, origin: .trustStore, into: &context)
        let repair = read(input.repairPool, role: .repairPool, origin: .repairPool, into: &context)
        let anchorsDescription: String
        if let choice = input.trustStoreChoice, !choice.locations.isEmpty {
            // Distinct: a bundle and a directory of the same roots (SSL_CERT_FILE and
            // SSL_CERT_DIR both set) hold each root several times.
            anchorsDescription = "\(choice.description) (\(DiagnosisText.plural(Set(anchors.map(\.certificate)).count, "certificate")))"
        } else if let sources = input.trustAnchors {
            let names = input.trustAnchorNames ?? sources.map(\.displayName)
            anchorsDescription = "\(names.joined(separator: ", ")) (\(DiagnosisText.plural(anchors.count, "certificate")))"
        } else if let first = anchorSources.first {
            anchorsDescription = "the system trust store \(first.name) (\(DiagnosisText.plural(anchors.count, "certificate")))"
        } else {
            anchorsDescription = "no system trust store found (pass one with --ca)"
        }

        guard !served.isEmpty else {
            if certificateSources.isEmpty && !context.hasErrors {
                context.report(.emptyInput, .error, file: nil,
                    message: "No certificate file was given.",
                    fix: "Name the file that holds the server's certificate chain (PEM, -----BEGIN CERTIFICATE-----).")
            }
            return DiagnosisReport(
                findings: context.findings, certificates: [], leafIndex: nil, chain: nil, chainIsTrusted: false,
                correctedChain: [], correctedChainIsComplete: false, trustAnchorsDescription: anchorsDescription)
        }

        var leafIndex = likelyLeaf(served)
        if case .loaded(let loaded) = key,
            let matched = KeyCheck.match(loaded, served: served, others: repair + anchors, into: &context)
        {
            leafIndex = matched
        }
        if let host = input.host {
            NameCheck.check(leaf: served[leafIndex], host: host, into: &context)
        }
        let analysis = ChainAnalysis(input: input, served: served, leafIndex: leafIndex, anchors: anchors, repair: repair)
        let outcome = analysis.run(into: &context)
        let comparison = TrustStoreComparison(input: input, analysis: analysis, chainIsTrusted: outcome.isComplete && outcome.isTrusted)
        let verdicts = comparison.run(into: &context)
        var report = DiagnosisReport(
            findings: context.findings, certificates: served, leafIndex: leafIndex,
            chain: outcome.isComplete ? outcome.chain : nil, chainIsTrusted: outcome.isComplete && outcome.isTrusted,
            correctedChain: outcome.corrected, correctedChainIsComplete: outcome.isComplete,
            trustAnchorsDescription: anchorsDescription)
        report.otherTrustStores = verdicts
        return report
    }

    /// The certificate the server presents: the first one that is not a CA certificate, or
    /// the first one.
    static func likelyLeaf(_ served: [LocatedCertificate]) -> Int {
        served.firstIndex { !$0.certificate.isCA } ?? 0
    }

    /// Reads trust anchors or repair certificates.
    static func read(
        _ sources: [DiagnosisSource], role: SourceRole, origin: LocatedCertificate.Origin, into context: inout DiagnosisContext
    ) -> [LocatedCertificate] {
        var result: [LocatedCertificate] = []
        for source in sources {
            let contents = SourceReader(source: source, role: role).read(into: &context)
            for entry in contents.certificates {
                result.append(LocatedCertificate(
                    certificate: entry.certificate, origin: origin, index: nil, file: source.displayName, line: entry.line))
            }
        }
        return result
    }

    /// The operating system's trust anchors (the first distribution bundle found, else the
    /// certificate directories), as sources.
    public static func systemTrustSources() -> [DiagnosisSource] {
        for path in TrustStore.systemBundlePaths {
            let source = DiagnosisSource.read(path)
            if case .bytes = source.content { return [source] }
        }
        for path in TrustStore.systemDirectoryPaths where DiagnosisSource.isDirectory(path) {
            let sources = DiagnosisSource.readFileOrDirectory(path)
            if !sources.isEmpty { return sources }
        }
        return []
    }
}
