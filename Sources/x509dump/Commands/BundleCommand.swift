import PureX509
import PureX509ASN1

/// `x509dump bundle`: audits a trust bundle.
enum BundleCommand: Command {
    static let name = "bundle"
    static let summary = "audit a trust bundle: expired and expiring roots, repeats, non-CAs, weak keys, timeline"
    static let usage = """
        usage: x509dump bundle [FILE|DIR] [--diff OTHER] [--at TIME] [--soon-days N] [--timeline N] [--json]

        Audits a trust bundle: FILE or DIR (a PEM bundle such as certifi's cacert.pem, a DER
        file, or a directory such as /etc/ssl/certs), or by default the store OpenSSL would
        use (SSL_CERT_FILE and SSL_CERT_DIR when set, else the system store; the output
        names it and where the choice came from): how many
        certificates, which have expired or expire soon (with dates), repeated certificates,
        twins (the same root and key in another certificate, e.g. cross-signed), entries that
        are not CA certificates or not self-signed, weak keys, MD5/SHA-1 self-signatures,
        and a timeline of what expires next.

        options:
          --diff OTHER    also list the certificates added and removed compared with OTHER
                          (an older bundle, a file or a directory)
          --at TIME       judge at this time (2026-11-22T12:00:00Z or 2026-11-22)
          --soon-days N   how far ahead "expiring soon" looks (default 90)
          --timeline N    how many upcoming expiries to list (default 10)
          --json          machine-readable output

        exit codes: 0 nothing wrong, 1 expired, not yet valid, non-CA, weak-key or repeated
        entries (or unreadable blocks), 2 usage or unreadable bundle.
        """
    static let options = OptionSpec(valued: ["--diff", "--at", "--soon-days", "--timeline"])

    static func run(_ arguments: ParsedArguments) -> Int32 {
        run(arguments, environment: TrustStoreChoice.processEnvironment())
    }

    /// Runs the command; `environment` holds SSL_CERT_FILE and SSL_CERT_DIR (tests pass their own).
    static func run(_ arguments: ParsedArguments, environment: [String: String]) -> Int32 {
        guard arguments.positionals.count <= 1 else { return usageError("expected one FILE or DIR") }
        let time: Int64
        var soonDays: Int64 = 90
        var timelineCount = 10
        do {
            time = try TimeOption.resolve(arguments)
            if let value = try DaysOption.value(arguments, "--soon-days") { soonDays = value }
            if let text = arguments.value("--timeline") {
                guard let value = Int(text), value >= 0 else { throw UsageError(message: "--timeline takes a count, not '\(text)'") }
                timelineCount = value
            }
        } catch let error as UsageError {
            return usageError(error.message)
        } catch {
            return usageError("\(error)")
        }
        let name: String
        let sources: [DiagnosisSource]
        let store: TrustStoreChoice
        var notAudited: [String] = []
        if let path = arguments.positionals.first {
            name = path
            sources = DiagnosisSource.readFileOrDirectory(path)
            store = TrustStoreChoice(locations: [.init(path: path, origin: .argument)])
        } else {
            // The default store, as OpenSSL chooses it: SSL_CERT_FILE, SSL_CERT_DIR, the
            // system's. Its first location only: a bundle file and a directory of the same
            // roots (SSL_CERT_FILE and SSL_CERT_DIR both set) would read as repeats.
            let full = TrustStoreChoice.resolve(caPaths: [], environment: environment)
            store = TrustStoreChoice(locations: Array(full.locations.prefix(1)))
            for other in full.locations.dropFirst() {
                notAudited.append("\(other.path) (\(other.origin.rawValue)) is also part of the default store; audit it with x509dump bundle \(other.path)")
            }
            sources = store.paths.flatMap(DiagnosisSource.readFileOrDirectory)
            guard !store.locations.isEmpty, !sources.isEmpty else {
                Output.error("x509dump bundle: no system trust store found (looked for \(TrustStore.systemBundlePaths.joined(separator: ", ")); SSL_CERT_FILE and SSL_CERT_DIR are not set); name a bundle FILE or DIR")
                return ExitCode.usage
            }
            name = store.paths.joined(separator: ", ")
        }
        let audit = BundleAudit(sources: sources, time: time, soonWithin: soonDays * 86_400)
        if audit.certificates.isEmpty {
            for problem in audit.readingProblems { Output.error("x509dump bundle: \(problem.message)") }
            if audit.readingProblems.isEmpty { Output.error("x509dump bundle: \(name): no certificates found") }
            return ExitCode.usage
        }
        var difference: BundleDifference?
        if let other = arguments.value("--diff") {
            let old = BundleAudit(sources: DiagnosisSource.readFileOrDirectory(other), time: time, soonWithin: soonDays * 86_400)
            guard !old.certificates.isEmpty else {
                Output.error("x509dump bundle: --diff \(other): no certificates found")
                return ExitCode.usage
            }
            difference = audit.difference(from: old)
        }
        let rendering = BundleRendering(
            audit: audit, name: name, difference: difference, diffName: arguments.value("--diff"), timelineCount: timelineCount, store: store)
        for note in notAudited { Output.error("note: \(note)") }
        if arguments.json {
            let output = BufferedOutput()
            rendering.writeJSON(to: JSONStreamWriter(output))
            output.flush()
        } else {
            Output.print(rendering.text(color: Output.useColor && !arguments.has("--no-color")))
        }
        return audit.hasProblems ? ExitCode.problems : ExitCode.ok
    }

    static func usageError(_ message: String) -> Int32 {
        Output.error("x509dump bundle: \(message)\n\n\(usage)")
        return ExitCode.usage
    }
}
