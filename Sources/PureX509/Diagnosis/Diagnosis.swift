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

        // Read the served files and the key file first: were they swapped?
        var served: [LocatedCertificate] = []
        var damaged: [(index: Int, finding: Int)] = []
        var embeddedKeys: (entries: [SourceContents.KeyEntry], source: DiagnosisSource)?
        var sources: [(source: DiagnosisSource, contents: SourceContents, findings: Int)] = []
        for source in certificateSources {
            let before = context.findings.count
            sources.append((source, SourceReader(source: source, role: .served, password: input.password).read(into: &context), context.findings.count - before))
        }
        var keyRead: (source: DiagnosisSource, contents: SourceContents, findings: Int)?
        if let keySource {
            let before = context.findings.count
            keyRead = (keySource, SourceReader(source: keySource, role: .key, password: input.password).read(into: &context), context.findings.count - before)
        }
        if let swapped = swappedFiles(sources, keyRead, into: &context) {
            sources = [swapped.certificates]
            keyRead = swapped.key
            keySource = swapped.key.source
        }

        // The served certificates, numbered across files in order; a certificate block that
        // could not be read keeps its number, so that no other certificate takes its place.
        var nextIndex = 0
        for (source, contents, findings) in sources {
            if contents.certificates.isEmpty && findings == 0 {
                context.report(.emptyInput, .error, file: source.displayName,
                    message: "\(source.displayName) holds no certificate\(contents.keys.isEmpty ? "" : ", only a private key (were the certificate and key files swapped?)").",
                    fix: "Name the file that holds the server's certificate chain (PEM, -----BEGIN CERTIFICATE-----, leaf first).")
            }
            var pending = contents.damaged[...]
            for (position, entry) in contents.certificates.enumerated() {
                while let next = pending.first, next.position <= position {
                    damaged.append((nextIndex, next.finding))
                    nextIndex += 1
                    pending = pending.dropFirst()
                }
                served.append(LocatedCertificate(
                    certificate: entry.certificate, origin: .served, index: nextIndex, file: source.displayName, line: entry.line))
                nextIndex += 1
            }
            for next in pending {
                damaged.append((nextIndex, next.finding))
                nextIndex += 1
            }
            if embeddedKeys == nil && !contents.keys.isEmpty { embeddedKeys = (contents.keys, source) }
        }

        // The private key: its own file, or one found among the certificates.
        var key: KeyCheck.Outcome = .none
        if let keyRead {
            let keySource = keyRead.source
            let contents = keyRead.contents
            if case .bytes = keySource.content, !contents.keys.isEmpty || contents.certificates.isEmpty {
                KeyCheck.checkPermissions(keySource, into: &context)
            }
            if contents.keys.isEmpty && keyRead.findings == 0, case .bytes = keySource.content {
                context.report(.formatUnknown, .error, file: keySource.displayName,
                    message: "\(keySource.displayName) holds no private key"
                        + (contents.certificates.isEmpty ? "."
                            : certificateSources.contains(where: { $0.name == keySource.name })
                                ? " (it is the certificate file itself, with \(DiagnosisText.plural(contents.certificates.count, "certificate")) and no key): the server cannot start TLS without the key."
                                : " (it holds \(DiagnosisText.plural(contents.certificates.count, "certificate"))): the key option names a certificate file."),
                    fix: "Name the private key file (-----BEGIN PRIVATE KEY----- or RSA/EC PRIVATE KEY) as the key.")
            }
            key = KeyCheck.load(contents.keys, file: keySource.displayName, into: &context)
        } else if let embeddedKeys {
            KeyCheck.checkPermissions(embeddedKeys.source, into: &context)
            key = KeyCheck.load(embeddedKeys.entries, file: embeddedKeys.source.displayName, into: &context)
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
            for entry in damaged { explainDamaged(entry, leafKnown: false, chainComplete: nil, into: &context) }
            var report = DiagnosisReport(
                findings: context.findings, certificates: [], leafIndex: nil, chain: nil, chainIsTrusted: false,
                correctedChain: [], correctedChainIsComplete: false, trustAnchorsDescription: anchorsDescription)
            report.unreadableIndices = damaged.map(\.index)
            return report
        }

        // The leaf is the first block served, always: when that block could not be read, the
        // next certificate is not taken for it (unless the key says it is the leaf).
        let firstIsDamaged = damaged.first?.index == 0
        var leafPosition: Int? = firstIsDamaged ? nil : likelyLeaf(served)
        var keyMatchesLeaf = false
        if case .loaded(let loaded) = key {
            if let matched = KeyCheck.match(loaded, served: served, others: repair + anchors, quiet: firstIsDamaged, into: &context) {
                leafPosition = matched
                keyMatchesLeaf = true
            }
        }
        for entry in damaged where entry.index == 0 || leafPosition == nil {
            explainDamaged(entry, leafKnown: leafPosition != nil, chainComplete: nil, into: &context)
        }
        guard let leafPosition else {
            var report = DiagnosisReport(
                findings: context.findings, certificates: served, leafIndex: nil, chain: nil, chainIsTrusted: false,
                correctedChain: [], correctedChainIsComplete: false, trustAnchorsDescription: anchorsDescription)
            report.unreadableIndices = damaged.map(\.index)
            return report
        }
        let leaf = served[leafPosition]
        if let host = input.host {
            NameCheck.check(leaf: leaf, host: host, into: &context)
        }
        NameCheck.checkCommonName(leaf: leaf, into: &context)
        if leaf.certificate.isCA, leaf.index == 0, keyMatchesLeaf || !hasKey(key) {
            reportCAAsLeaf(leaf, into: &context)
        }
        let analysis = ChainAnalysis(input: input, served: served, leafIndex: leafPosition, anchors: anchors, repair: repair)
        let outcome = analysis.run(into: &context)
        for entry in damaged where entry.index != 0 {
            explainDamaged(entry, leafKnown: true, chainComplete: outcome.isComplete, into: &context)
        }
        // A chain holding a certificate that is not valid now is not trusted, whatever its root.
        let allValidNow = outcome.chain.allSatisfy {
            $0.certificate.notBefore.secondsSince1970 <= input.time && input.time <= $0.certificate.notAfter.secondsSince1970
        }
        let comparison = TrustStoreComparison(input: input, analysis: analysis, chainIsTrusted: outcome.isComplete && outcome.isTrusted)
        let verdicts = comparison.run(into: &context)
        var report = DiagnosisReport(
            findings: context.findings, certificates: served, leafIndex: leaf.index,
            chain: outcome.isComplete ? outcome.chain : nil, chainIsTrusted: outcome.isComplete && outcome.isTrusted && allValidNow,
            correctedChain: outcome.corrected, correctedChainIsComplete: outcome.isComplete,
            trustAnchorsDescription: anchorsDescription)
        report.unreadableIndices = damaged.map(\.index)
        report.otherTrustStores = verdicts
        return report
    }

    static func hasKey(_ outcome: KeyCheck.Outcome) -> Bool {
        if case .none = outcome { return false }
        return true
    }

    /// Says which served position a damaged certificate block held and what could not be
    /// checked because of it.
    static func explainDamaged(
        _ entry: (index: Int, finding: Int), leafKnown: Bool, chainComplete: Bool?, into context: inout DiagnosisContext
    ) {
        if entry.index == 0 && !leafKnown {
            context.amend(entry.finding, appending: " This block is certificate #0, the leaf position: the server presents it as its own certificate. Because it cannot be read, the key match, the host name and the chain could not be checked, and the certificates after it are not taken for the leaf.")
        } else if entry.index == 0 {
            context.amend(entry.finding, appending: " This block is #0, the leaf position; the key matches a later certificate, which is checked as the leaf.")
        } else if chainComplete == false {
            context.amend(entry.finding, appending: " This block is #\(entry.index) of the served chain. The chain breaks without it, so it was probably a missing link (an intermediate): the certificates above it could not be checked through it. Replacing this block likely also fixes the chain finding.")
        } else if chainComplete == true {
            context.amend(entry.finding, appending: " This block is #\(entry.index) of the served chain; the chain is complete without it, so it was an extra block: delete it or replace it with a good copy.")
        } else {
            context.amend(entry.finding, appending: " This block is #\(entry.index) of the served chain; it could not be checked.")
        }
    }

    /// `ca-cert-as-leaf`: the server presents a CA certificate as its own (what
    /// `openssl req -x509` makes by default).
    static func reportCAAsLeaf(_ leaf: LocatedCertificate, into context: inout DiagnosisContext) {
        let names = leaf.certificate.extensions.subjectAlternativeName?.dnsNames ?? []
        let san = names.isEmpty ? (leaf.certificate.subject.commonName.map { "DNS:\($0)" } ?? "DNS:your.host") : names.map { "DNS:\($0)" }.joined(separator: ",")
        context.report(.caCertAsLeaf, .warning, about: leaf,
            message: "The server's certificate \(leaf.label) is a CA certificate (basicConstraints CA:TRUE, what openssl req -x509 makes by default). OpenSSL, curl, Python, Go and Chrome accept it where it is trusted directly, but Firefox refuses it (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY), and so do clients that check the profile strictly.",
            fix: "Make it again as an end-entity certificate: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout key.pem -out cert.pem -days 365 -subj '/CN=\(names.first ?? leaf.certificate.subject.commonName ?? "your.host")' -addext 'basicConstraints=critical,CA:FALSE' -addext 'subjectAltName=\(san)' -addext 'extendedKeyUsage=serverAuth' (or, better, a small private CA that signs the server certificate).")
    }

    /// `cert-key-swapped`: the certificate file holds only a key and the key file only
    /// certificates. Reports it once and returns the files the right way round.
    static func swappedFiles(
        _ read: [(source: DiagnosisSource, contents: SourceContents, findings: Int)],
        _ key: (source: DiagnosisSource, contents: SourceContents, findings: Int)?, into context: inout DiagnosisContext
    ) -> (certificates: (source: DiagnosisSource, contents: SourceContents, findings: Int), key: (source: DiagnosisSource, contents: SourceContents, findings: Int))? {
        guard read.count == 1, let key, let certificateFile = read.first,
            certificateFile.contents.certificates.isEmpty, !certificateFile.contents.keys.isEmpty,
            key.contents.keys.isEmpty, !key.contents.certificates.isEmpty
        else { return nil }
        context.report(.certKeySwapped, .error, file: certificateFile.source.displayName,
            message: "The certificate and key files are swapped: \(certificateFile.source.displayName) (given as the certificate) holds the private key, and \(key.source.displayName) (given as the key) holds \(DiagnosisText.plural(key.contents.certificates.count, "certificate")). The server fails to start (nginx: \"PEM_read_bio_X509_AUX() failed\"). The rest of this report reads them the right way round.",
            fix: "Swap them in the configuration: the certificate (chain) file is \(key.source.name), the key file is \(certificateFile.source.name) (nginx: ssl_certificate \(key.source.name); ssl_certificate_key \(certificateFile.source.name);).")
        return (key, certificateFile)
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
