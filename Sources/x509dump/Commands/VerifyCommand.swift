import PureX509
import PureX509ASN1

/// `x509dump verify`: builds and validates a path from a leaf to a trust anchor.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "build and check the chain of a certificate (as TLS clients do, or strict web PKI / RFC 5280)"
    static let usage = """
        usage: x509dump verify [options] CHAIN|-

        CHAIN holds the leaf certificate first, then any intermediates (and CRLs), in PEM,
        DER, PKCS#7 or PKCS#12. The leaf is always the first block: a block of CHAIN that
        cannot be read is an error naming its position, and nothing is verified. Prints
        the path found, leaf to trust anchor, one line per certificate; or, when there is
        none, every path tried and the first certificate that fails in each.

        options:
          --profile P         client (default: what OpenSSL 3, Go, curl and browsers
                              accept), webpki (CA/B Forum Baseline Requirements, strict)
                              or rfc5280 (RFC 5280, strict)
          --ca FILE|DIR       trust anchors: a PEM bundle, a DER file or a directory;
                              OpenSSL trust settings (TRUSTED CERTIFICATE) are honoured
                              (repeatable; default: SSL_CERT_FILE and SSL_CERT_DIR when
                              set, else the system store, /etc/ssl/certs/...; the default
                              store's anchors are exempt from the strict profiles' CA
                              checks; the output names the store and where the choice
                              came from)
          --untrusted FILE    more intermediates (repeatable; CRLs in it are used; a
                              damaged block is reported and the others used)
          --crl FILE|DIR      CRLs to check revocation against (repeatable; PEM or DER)
          --crl-check W       leaf or all: fail a certificate (the leaf, or every
                              certificate below the anchor) that has no usable CRL from
                              its issuer, as openssl's -crl_check / -crl_check_all
          --host NAME         the DNS name the leaf must match (SAN only; wildcards per BR);
                              a URL or HOST:PORT is taken for its host, an address as --ip
          --ip ADDR           the IP address the leaf must match (iPAddress SAN only)
          --email ADDR        the mailbox the leaf must match (rfc822Name SAN)
          --at TIME           check at this time: 2026-11-22T12:00:00Z or 2026-11-22 (default now)
          --purpose P         server (default), client or any
          --skew SECONDS      tolerate this clock skew on validity periods
          --max-depth N       at most N intermediates (default 8)
          --allow-legacy      accept legacy signature algorithms: SHA-1 and DSA
                              (FIPS 186-4; not with --profile webpki)
          --allow-sha1        accept SHA-1 signatures (the narrower older form of
                              --allow-legacy)
          --cn-fallback       match the commonName when SAN has no DNS or IP entry
          --rfc5280           the same as --profile rfc5280
          --policy OID        an acceptable certificate policy (repeatable; dotted or
                              a name such as anyPolicy): the user-initial-policy-set of
                              RFC 5280 6.1.1 (default anyPolicy). The path found must
                              assert one of them only when an explicit policy is required
          --explicit-policy   require a valid certificate policy (initial-explicit-policy)
          --inhibit-policy-mapping
                              refuse policy mappings (initial-policy-mapping-inhibit)
          --inhibit-any-policy
                              anyPolicy in a CA certificate matches nothing
                              (initial-any-policy-inhibit)
          --json              machine-readable output

        A valid path is printed with its valid certificate policies (RFC 5280 6.1.5 g, in
        the trust anchor's policy domain; anyPolicy when any policy is valid; none when
        the path asserts no policy and none is required).

        exit codes: 0 a valid path, 1 no valid path, 2 usage or unreadable input.
        """
    static let options = OptionSpec(
        flags: ["--allow-sha1", "--allow-legacy", "--cn-fallback", "--rfc5280", "--explicit-policy", "--inhibit-policy-mapping", "--inhibit-any-policy"],
        valued: ["--profile", "--crl", "--crl-check", "--ca", "--untrusted", "--host", "--ip", "--email", "--at", "--purpose", "--skew", "--max-depth", "--policy"])

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard arguments.positionals.count == 1 else {
            Output.error("x509dump verify: expected one CHAIN file (or - for standard input)\n\n\(usage)")
            return ExitCode.usage
        }
        var policy: VerificationPolicy
        do {
            policy = try makePolicy(arguments)
        } catch let error as UsageError {
            Output.error("x509dump verify: \(error.message)\n\n\(usage)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump verify: \(error)")
            return ExitCode.usage
        }

        // Inputs. Every block of CHAIN must be read: the leaf is its first block, and a
        // certificate that cannot be read is never skipped on the way to a verdict.
        let chain: [Certificate]
        do {
            let input = try InputFile.read(arguments.positionals[0])
            for line in JoinedPEMNote.lines(in: input.bytes) {
                Output.error(JoinedPEMNote.note(command: "verify", file: input.name, line: line))
            }
            let contents = CertificateFile.contents(of: input.bytes)
            for block in contents.unreadable { Output.error("x509dump verify: \(input.name): \(block)") }
            if contents.certificates.isEmpty {
                // Say what the file holds instead: a key or a CSR given where the chain goes.
                Output.error("x509dump verify: \(input.name): no certificate found: it is \(FileFormat.detect(input.bytes).description)")
                return ExitCode.usage
            }
            if !contents.unreadable.isEmpty {
                let which = contents.firstBlockUnreadable ? "its first block, the leaf," : "a block"
                Output.error("x509dump verify: \(input.name): not verified: \(which) cannot be read (the leaf is always the first block of CHAIN)")
                return ExitCode.usage
            }
            chain = contents.certificates
            policy.crls += contents.crls
        } catch {
            Output.error("x509dump verify: \(arguments.positionals[0]): \(error)")
            return ExitCode.usage
        }
        var intermediates = CertificatePool(chain.dropFirst())
        for path in arguments.all("--untrusted") {
            do {
                let contents = CertificateFile.contents(of: try InputFile.read(path).bytes)
                for block in contents.unreadable {
                    Output.error("x509dump verify: --untrusted \(path): \(block) (skipped; the other blocks are used)")
                }
                if contents.certificates.isEmpty && contents.crls.isEmpty {
                    Output.error("x509dump verify: --untrusted \(path): no certificate found")
                    return ExitCode.usage
                }
                for certificate in contents.certificates { intermediates.insert(certificate) }
                policy.crls += contents.crls
            } catch {
                Output.error("x509dump verify: --untrusted \(path): \(error)")
                return ExitCode.usage
            }
        }
        for path in arguments.all("--crl") {
            do {
                policy.crls += try CertificateFile.loadCRLs(path)
            } catch {
                Output.error("x509dump verify: --crl \(path): \(error)")
                return ExitCode.usage
            }
        }
        // --ca, else the default store as OpenSSL picks it (SSL_CERT_FILE, SSL_CERT_DIR, system).
        let choice = TrustStoreChoice.resolve(caPaths: arguments.all("--ca"), environment: TrustStoreChoice.processEnvironment())
        guard !choice.locations.isEmpty else {
            Output.error("x509dump verify: no system trust store found (looked for \(TrustStore.systemBundlePaths.joined(separator: ", ")); SSL_CERT_FILE and SSL_CERT_DIR are not set); use --ca")
            return ExitCode.usage
        }
        let store: TrustStore
        let origin = choice.locations.first.map { $0.origin == .option ? "--ca" : $0.origin.rawValue } ?? "--ca"
        do {
            var problems: [ReadError] = []
            store = try TrustStore(contentsOf: choice.paths, problems: &problems)
            // What could not be read in a store the user named (--ca, SSL_CERT_FILE,
            // SSL_CERT_DIR) is reported; the system store's own leftovers are not.
            if choice.locations.first?.origin != .system {
                for problem in problems { Output.error("x509dump verify: \(origin): \(problem) (skipped; the other certificates are used)") }
            }
        } catch {
            Output.error("x509dump verify: \(error)\(origin == "--ca" ? "" : " (from \(origin))")")
            return ExitCode.usage
        }
        if choice.isDefault {
            // The default store's anchors were vetted by its maintainers; several predate
            // the CA profile rules (non-critical basicConstraints, no SKI).
            policy.profile.rules.remove(.trustAnchorProfile)
        }

        let result = ChainVerifier(trustStore: store, policy: policy).verify(chain[0], intermediates: intermediates)
        // A name that does not match stops the search at the leaf. Say whether the chain holds
        // without the name check, so that the person knows whether a new name is all it takes.
        var withoutNames: VerificationResult?
        if case .peerNameMismatch = result.primaryFailure {
            var unnamed = policy
            unnamed.peerNames = []
            withoutNames = ChainVerifier(trustStore: store, policy: unnamed).verify(chain[0], intermediates: intermediates)
        }
        if arguments.json {
            guard case .object(var members) = json(result, policy: policy) else { return ExitCode.usage }
            if let withoutNames {
                var summary: [(String, JSONValue)] = [("valid", .bool(withoutNames.isValid))]
                if let failure = withoutNames.primaryFailure {
                    summary.append(("failure", .object([("code", .string(failure.code)), ("message", .string(failure.description))])))
                }
                members.append(("withoutNameCheck", .object(summary)))
            }
            members.append(("trustStore", TrustStoreRendering.json(choice)))
            JSONStreamWriter.print(.object(members))
        } else {
            for line in text(result) { Output.print(line) }
            if let hint = issuerHint(result, chain: chain) { Output.print("hint: " + hint) }
            if let withoutNames {
                if let path = withoutNames.path {
                    Output.print("without the name check: the chain is valid (\(path.count) certificate(s) up to \(path[path.count - 1].subject.rfc4514String)): the name is the only problem")
                } else {
                    Output.print("without the name check: FAILED too: \(withoutNames.primaryFailure.map { "\($0)" } ?? "no valid path")")
                }
            }
            Output.print("revocation: \(revocationSummary(policy))")
            Output.print(TrustStoreRendering.text(choice))
        }
        return result.isValid ? ExitCode.ok : ExitCode.problems
    }

    static func makePolicy(_ arguments: ParsedArguments) throws -> VerificationPolicy {
        var policy = VerificationPolicy(time: try TimeOption.resolve(arguments))
        switch arguments.value("--purpose") ?? "server" {
        case "server": policy.purpose = .serverAuth
        case "client": policy.purpose = .clientAuth
        case "any": policy.purpose = .any
        case let other: throw UsageError(message: "--purpose takes server, client or any, not '\(other)'")
        }
        for given in arguments.all("--host") {
            // Taken as the diagnosis and curl take it: a URL's scheme and path, a port and the
            // brackets of an IPv6 address are dropped, and an address is checked as one.
            let host = NameCheck.normalizedHost(given)
            if let address = IPAddress(host) {
                policy.peerNames.append(.ip(address))
                continue
            }
            guard DNSNameSyntax.normalizedReference(host) != nil else {
                throw UsageError(message: "--host: '\(given)' is not a valid DNS name (use A-labels)")
            }
            policy.peerNames.append(.dns(host))
        }
        for text in arguments.all("--ip") {
            guard let address = IPAddress(text) else { throw UsageError(message: "--ip: '\(text)' is not an IPv4 or IPv6 address") }
            policy.peerNames.append(.ip(address))
        }
        for mailbox in arguments.all("--email") {
            guard Mailbox(Array(mailbox.utf8)) != nil else { throw UsageError(message: "--email: '\(mailbox)' is not a mailbox") }
            policy.peerNames.append(.email(mailbox))
        }
        if let skew = arguments.value("--skew") {
            guard let seconds = Int64(skew), seconds >= 0 else { throw UsageError(message: "--skew takes a number of seconds") }
            policy.clockSkew = seconds
        }
        if let depth = arguments.value("--max-depth") {
            guard let value = Int(depth), value >= 0 else { throw UsageError(message: "--max-depth takes a number") }
            policy.maximumIntermediates = value
        }
        policy.allowLegacySignatureHashes = arguments.has("--allow-sha1")
        policy.allowCommonNameFallback = arguments.has("--cn-fallback")
        if let name = arguments.value("--profile") {
            guard let profile = VerificationProfile.named(name) else {
                throw UsageError(message: "--profile takes client, webpki or rfc5280, not '\(name)'")
            }
            if arguments.has("--rfc5280") && profile.name != "rfc5280" {
                throw UsageError(message: "--rfc5280 contradicts --profile \(name)")
            }
            policy.profile = profile
        } else if arguments.has("--rfc5280") {
            policy.profile = .rfc5280
        }
        // Legacy algorithms never belong in the web PKI (BR 7.1.3.2: RSA and ECDSA only).
        if arguments.has("--allow-legacy") {
            guard policy.profile.name != VerificationProfile.webPKI.name else {
                throw UsageError(message: "--allow-legacy (SHA-1 and DSA signatures) cannot be used with --profile webpki")
            }
            policy.allowLegacyAlgorithms = true
        }
        // RFC 5280 6.1.1 (c), (e), (f), (g).
        let policies = arguments.all("--policy")
        if !policies.isEmpty {
            policy.userInitialPolicySet = try policies.map { text in
                guard let oid = OID(name: text) else { throw UsageError(message: "--policy: '\(text)' is not an OID (dotted, e.g. 2.23.140.1.2.1, or a name such as anyPolicy)") }
                return oid
            }
        }
        switch arguments.value("--crl-check") {
        case nil: policy.crlCheck = .none
        case "leaf": policy.crlCheck = .leaf
        case "all": policy.crlCheck = .all
        case let other?: throw UsageError(message: "--crl-check takes leaf or all, not '\(other)'")
        }
        policy.initialExplicitPolicy = arguments.has("--explicit-policy")
        policy.initialPolicyMappingInhibit = arguments.has("--inhibit-policy-mapping")
        policy.initialAnyPolicyInhibit = arguments.has("--inhibit-any-policy")
        return policy
    }

    static func role(_ index: Int, count: Int) -> String {
        index == 0 ? "leaf" : index == count - 1 ? "anchor" : "intermediate"
    }

    /// What the revocation check covered: "not checked (no CRL given)", "checked against
    /// 2 CRL(s)", "required for every certificate (--crl-check all) against 2 CRL(s)".
    static func revocationSummary(_ policy: VerificationPolicy) -> String {
        if policy.crls.isEmpty && policy.crlCheck == .none { return "not checked (no CRL given)" }
        let against = "against \(policy.crls.count) CRL(s)"
        switch policy.crlCheck {
        case .none: return "checked where a CRL from the issuer was given, \(against)"
        case .leaf: return "required for the leaf (--crl-check leaf), \(against)"
        case .all: return "required for every certificate (--crl-check all), \(against)"
        }
    }

    static func text(_ result: VerificationResult) -> [String] {
        var lines: [String] = []
        if let path = result.path {
            lines.append(Output.styled("OK", .green) + ": valid path of \(path.count) certificate(s) (profile \(result.profile))")
            for (index, certificate) in path.enumerated() {
                lines.append("  #\(index) \(role(index, count: path.count)): \(certificate.subject.rfc4514String) (until \(certificate.notAfter))")
            }
            let policies = result.validPolicies.map(policyName)
            // Valid with an empty set means no explicit policy was required (RFC 5280 6.1.5).
            lines.append("valid policies: \(policies.isEmpty ? "none (none required)" : policies.joined(separator: ", "))")
            return lines
        }
        lines.append(
            Output.styled("FAILED", .red) + ": \(result.primaryFailure.map { "\($0)" } ?? "no valid path") (profile \(result.profile))")
        if result.attempts.isEmpty { return lines }
        lines.append("paths tried:")
        for (number, attempt) in result.attempts.enumerated() {
            lines.append("  \(number + 1). " + attempt.certificates.map { $0.subject.rfc4514String }.joined(separator: " <- "))
            lines.append("     " + attempt.description)
        }
        return lines
    }

    /// What "no issuer found" most often means, when CHAIN tells: a self-signed certificate
    /// that nobody trusts, or a leaf served without its intermediate.
    static func issuerHint(_ result: VerificationResult, chain: [Certificate]) -> String? {
        guard case .issuerNotFound = result.primaryFailure, let leaf = chain.first else { return nil }
        let name = leaf.subject.rfc4514String
        if leaf.isSelfIssued {
            return "\(name) is self-signed and not in the trust store: clients refuse it unless they are told to trust it"
                + " (--ca with this file here), or have a CA issue the certificate"
        }
        if chain.count == 1 {
            let issuer = leaf.issuer.rfc4514String
            return "CHAIN holds only the leaf \(name), and its issuer \(issuer) is not in the trust store: if that is an"
                + " intermediate, append it (the CA's full chain file has it) or give it with --untrusted; if it is a private"
                + " root, give it with --ca"
        }
        return nil
    }

    /// "2.23.140.1.2.1 (domain-validated)", "2.5.29.32.0 (anyPolicy)", or the dotted form.
    static func policyName(_ oid: OID) -> String {
        oid.shortName.map { "\(oid.dotted) (\($0))" } ?? oid.dotted
    }

    static func json(_ result: VerificationResult, policy: VerificationPolicy) -> JSONValue {
        func certificate(_ certificate: Certificate, index: Int, count: Int) -> JSONValue {
            .object([
                ("index", .int(index)),
                ("role", .string(role(index, count: count))),
                ("subject", .string(certificate.subject.rfc4514String)),
                ("issuer", .string(certificate.issuer.rfc4514String)),
                ("notAfter", .string(certificate.notAfter.rfc3339)),
                ("sha256", .string(certificate.fingerprint(.sha256).map { byte in
                    let digits = Array("0123456789abcdef")
                    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
                }.joined())),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("valid", .bool(result.isValid)),
            ("time", .string(ASN1Time(secondsSince1970: policy.time)?.rfc3339 ?? "\(policy.time)")),
            ("profile", .string(result.profile.name)),
            ("revocation", .string(revocationSummary(policy))),
        ]
        if let path = result.path {
            members.append(("path", .array(path.enumerated().map { certificate($1, index: $0, count: path.count) })))
            members.append(("validPolicies", .array(result.validPolicies.map { .string($0.dotted) })))
        } else {
            members.append(("path", .null))
            if let failure = result.primaryFailure {
                members.append(("failure", .object([("code", .string(failure.code)), ("message", .string(failure.description))])))
            }
        }
        members.append((
            "attempts",
            .array(result.attempts.map { attempt in
                .object([
                    ("certificates", .array(attempt.certificates.map { .string($0.subject.rfc4514String) })),
                    ("failingIndex", .int(attempt.failingIndex)),
                    ("code", .string(attempt.failure.code)),
                    ("message", .string(attempt.failure.description)),
                ])
            })
        ))
        return .object(members)
    }
}
