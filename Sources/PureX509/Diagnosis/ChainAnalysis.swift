/// The chain: which certificates clients can link from the leaf to a trust anchor, and
/// everything wrong with the served list on the way (order, gaps, extras, duplicates, the
/// root, cross-signatures by expired roots, untrusted roots, and the reason of every path
/// that fails).
///
/// Paths come from `ChainVerifier` (the library's path builder, which keeps every path it
/// tried and why it failed), run three ways:
/// - *timed*: structure and validity dates, the client profile (as TLS clients verify), any
///   purpose, legacy hashes allowed: those are judged per certificate, so that each problem
///   is named once and the others are still found);
/// - *timeless*: the same without validity dates, to find the chain an expired certificate
///   sits in;
/// - *hypothetical*: timeless, with every self-signed certificate at hand trusted, to tell
///   an untrusted root from a broken chain.
/// A last *client* run (served certificates only, RFC 5280 with dates, serverAuth, the host)
/// makes sure that a chain clients would refuse never goes without an error.
struct ChainAnalysis {
    let input: DiagnosisInput
    /// The served certificates in order, duplicates included.
    let served: [LocatedCertificate]
    let leafIndex: Int
    let anchors: [LocatedCertificate]
    let repair: [LocatedCertificate]

    /// What the analysis found, for the report and for the per-certificate checks.
    struct Outcome {
        /// The chain (leaf first, anchor last), or the longest partial chain when none.
        var chain: [LocatedCertificate] = []
        /// True when `chain` reaches a trust anchor or a root.
        var isComplete = false
        /// True when `chain` ends at one of the trust anchors.
        var isTrusted = false
        /// What to serve.
        var corrected: [LocatedCertificate] = []
    }

    /// Seconds added to both ends of every validity period to ignore dates.
    static let timeless: Int64 = 1 << 40

    func policy(timed: Bool) -> VerificationPolicy {
        var policy = VerificationPolicy(time: input.time, purpose: .any)
        policy.allowLegacySignatureHashes = true
        if !timed { policy.clockSkew = ChainAnalysis.timeless }
        return policy
    }

    var leaf: LocatedCertificate { served[leafIndex] }

    /// The first served occurrence of each certificate, then repair-pool and trust-store
    /// certificates, by DER.
    func locator() -> [Certificate: LocatedCertificate] {
        var map: [Certificate: LocatedCertificate] = [:]
        for located in served + repair + anchors where map[located.certificate] == nil {
            map[located.certificate] = located
        }
        return map
    }

    func run(into context: inout DiagnosisContext) -> Outcome {
        let located = locator()
        func locate(_ certificate: Certificate) -> LocatedCertificate {
            located[certificate] ?? LocatedCertificate(certificate: certificate, origin: .repairPool, index: nil, file: nil, line: nil)
        }
        let leafCertificate = leaf.certificate
        let store = TrustStore(certificates: anchors.map(\.certificate))
        var poolCertificates: [Certificate] = []
        for (position, entry) in served.enumerated() where position != leafIndex { poolCertificates.append(entry.certificate) }
        poolCertificates += repair.map(\.certificate)
        let pool = CertificatePool(poolCertificates)

        var outcome = Outcome()
        var attempts: [PathAttempt] = []
        var hypotheticalAnchor: LocatedCertificate?

        let timed = ChainVerifier(trustStore: store, policy: policy(timed: true)).verify(leafCertificate, intermediates: pool)
        attempts += timed.attempts
        var path = timed.path
        if path == nil {
            let timeless = ChainVerifier(trustStore: store, policy: policy(timed: false)).verify(leafCertificate, intermediates: pool)
            attempts += timeless.attempts
            path = timeless.path
        }
        let leafIsTrusted = store.contains(leafCertificate)
        if path == nil && leafIsTrusted {
            // A certificate trusted as it is (a pinned self-signed leaf): nothing to chain.
            path = [leafCertificate]
        }
        let selfSignedLeaf = path == nil && SelfSignature.verifies(leafCertificate)
        if path == nil && !selfSignedLeaf {
            // Would the chain work if its root were trusted?
            var hypothetical = store
            for candidate in served + repair where candidate.certificate.isSelfIssued && candidate.certificate != leafCertificate {
                hypothetical.add(candidate.certificate)
            }
            if hypothetical.count > store.count {
                let result = ChainVerifier(trustStore: hypothetical, policy: policy(timed: false)).verify(leafCertificate, intermediates: pool)
                if let found = result.path, let top = found.last {
                    path = found
                    hypotheticalAnchor = locate(top)
                } else {
                    attempts += result.attempts
                }
            }
        }

        if selfSignedLeaf {
            outcome.chain = [leaf]
            outcome.isComplete = true
        } else if let path {
            outcome.chain = path.map(locate)
            outcome.isComplete = true
            outcome.isTrusted = hypotheticalAnchor == nil
        } else {
            outcome.chain = partialChain(attempts).map(locate)
        }
        if outcome.chain.first?.certificate != leafCertificate { outcome.chain = [leaf] }

        checkCertificates(outcome, into: &context)

        if selfSignedLeaf {
            reportSelfSignedLeaf(into: &context)
        } else if let hypotheticalAnchor {
            reportUntrustedRoot(hypotheticalAnchor, into: &context)
        } else if !outcome.isComplete {
            classify(attempts, locate: locate, into: &context)
        }

        analyseServedList(outcome, locate: locate, store: store, pool: pool, into: &context)
        checkAsClientWould(store: store, into: &context)

        outcome.corrected = corrected(outcome)
        return outcome
    }

    // MARK: The chain found

    /// The longest path tried (a partial chain from the leaf up to where it broke), without
    /// a repeated certificate at its end.
    func partialChain(_ attempts: [PathAttempt]) -> [Certificate] {
        guard let best = attempts.max(by: { $0.certificates.count < $1.certificates.count }) else { return [leaf.certificate] }
        var certificates = best.certificates
        if case .loop = best.failure { certificates.removeLast() }
        if best.failingIndex < certificates.count - 1, case .badSignature = best.failure {
            // The candidate did not sign the certificate below it: it is not its issuer.
            certificates.removeLast()
        }
        return certificates
    }

    /// The role of each certificate in the chain, for the per-certificate checks.
    static func roles(of chain: [LocatedCertificate], isComplete: Bool) -> [ChainRole] {
        chain.indices.map { position in
            if position == 0 { return .leaf }
            if position == chain.count - 1 && (isComplete || chain[position].certificate.isSelfIssued) { return .anchor }
            return .intermediate
        }
    }

    /// Time, strength and usage of every certificate of the chain (a certificate that is
    /// not on it is judged only as not belonging there).
    func checkCertificates(_ outcome: Outcome, into context: inout DiagnosisContext) {
        let roles = ChainAnalysis.roles(of: outcome.chain, isComplete: outcome.isComplete)
        for (located, role) in zip(outcome.chain, roles) {
            if role == .anchor && located.origin == .trustStore && !located.certificate.isSelfIssued {
                // A trusted intermediate: judged like one.
                TimeCheck.check(located, role: .intermediate, leaf: leaf, input: input, into: &context)
            } else {
                TimeCheck.check(located, role: role, leaf: leaf, input: input, into: &context)
            }
            StrengthCheck.checkKey(located, role: role, input: input, into: &context)
            StrengthCheck.checkSignature(located, role: role, into: &context)
            if role != .anchor {
                UsageCheck.checkExtendedKeyUsage(located, role: role, into: &context)
                UsageCheck.checkKeyUsage(located, role: role, into: &context)
                UsageCheck.checkCriticalExtensions(located, role: role, into: &context)
            }
        }
    }

    // MARK: Why there is no path

    func reportSelfSignedLeaf(into context: inout DiagnosisContext) {
        context.report(.selfSignedLeaf, .error, about: leaf,
            message: "The leaf \(leaf.label) is self-signed (its issuer is itself), so no client trusts it unless it was installed on that client by hand. Browsers show a security warning; curl, Java, Python and Go refuse to connect.",
            fix: "Get a certificate from a CA: a public one (Let's Encrypt: certbot certonly -d \(leaf.certificate.extensions.subjectAlternativeName?.dnsNames.first ?? "your.host")) for public clients, or your organisation's internal CA. For a test setup only, install this certificate in the clients' trust store (or pass it with --ca here).")
    }

    func reportUntrustedRoot(_ root: LocatedCertificate, into context: inout DiagnosisContext) {
        let servedNote = root.origin == .served
            ? " Serving a root does not make clients trust it."
            : " (found in \(root.place))"
        context.report(.untrustedRoot, .error, about: root,
            message: "The chain ends at the root \(root.label), which is not one of the trust anchors (\(anchorsName)).\(servedNote) Clients without this root installed reject the chain.",
            fix: "If it is your private CA: install its root on every client (Debian/Ubuntu: copy it to /usr/local/share/ca-certificates/NAME.crt and run update-ca-certificates; Java: keytool -importcert -cacerts) and pass it with --ca when checking. For browsers and the public, get a certificate from a public CA.")
    }

    var anchorsName: String {
        if let choice = input.trustStoreChoice, choice.isDefault, !choice.locations.isEmpty { return choice.description }
        if let names = input.trustAnchorNames { return names.joined(separator: ", ") }
        guard let sources = input.trustAnchors else { return "the system trust store" }
        return sources.map(\.displayName).joined(separator: ", ")
    }

    /// The repair pool as the user named it.
    var repairNames: [String] {
        if let names = input.repairPoolNames { return names }
        var names: [String] = []
        for source in input.repairPool where !names.contains(source.name) { names.append(source.name) }
        return names
    }

    /// Turns the failure of every path tried into findings; `no-path` lists those that no
    /// specific code explains.
    func classify(_ attempts: [PathAttempt], locate: (Certificate) -> LocatedCertificate, into context: inout DiagnosisContext) {
        var unexplained: [String] = []
        var explained = false
        for attempt in attempts {
            let certificates = attempt.certificates
            guard certificates.indices.contains(attempt.failingIndex) else { continue }
            let failing = locate(certificates[attempt.failingIndex])
            let issuer = attempt.failingIndex + 1 < certificates.count ? locate(certificates[attempt.failingIndex + 1]) : nil
            switch attempt.failure {
            case .issuerNotFound:
                reportIssuerNotFound(failing, isLeaf: attempt.failingIndex == 0, into: &context)
                explained = true
            case .badSignature, .unusableSignature:
                if let issuer, context.hasAny([.weakKey], about: issuer.sha256) {
                    explained = true
                    continue
                }
                reportBadSignature(failing, issuer: issuer, failure: attempt.failure, into: &context)
                explained = true
            case .notCA:
                context.report(.issuerNotCA, .error, about: failing,
                    message: "\(failing.label) signed \(attempt.failingIndex > 0 ? locate(certificates[attempt.failingIndex - 1]).label : "the certificate below it"), but it is not a CA certificate (basicConstraints \(failing.certificate.extensions.basicConstraints == nil ? "absent" : "cA:FALSE")). Clients reject certificates issued by a non-CA.",
                    fix: "The certificate below was signed with the wrong key: have it issued by a real CA certificate (for your own CA, the signing certificate needs basicConstraints = critical, CA:TRUE and keyUsage keyCertSign).")
                explained = true
            case .missingKeyCertSign:
                UsageCheck.checkKeyUsage(failing, role: .intermediate, into: &context)
                explained = true
            case .pathLengthExceeded(let constraint, let below):
                context.report(.pathLengthExceeded, .error, about: failing,
                    message: "\(failing.label) allows \(DiagnosisText.plural(constraint, "CA certificate")) below it (basicConstraints pathlen:\(constraint)), but the chain has \(below). Clients reject the chain (RFC 5280 4.2.1.9).",
                    fix: "Have the leaf issued by a CA that sits directly under \(failing.label), or reissue the CA certificates with a larger pathlen (for your own CA).")
                explained = true
            case .nameConstraintViolation(let name, _, let detail):
                let victim = violator(of: name, in: Array(certificates[0..<attempt.failingIndex])).map(locate) ?? leaf
                context.report(.nameConstraintsViolated, .error, about: victim,
                    message: "\(victim.label) has the name \(name), but \(failing.label) may only issue certificates for some names (nameConstraints): \(detail). Clients reject the chain.",
                    fix: "Get the certificate from a CA allowed to issue for these names, or (your own CA) widen the permitted subtrees of \(failing.label).")
                explained = true
            case .policyRequired(let index, let detail):
                // RFC 5280 6.1.4 (i) / 6.1.5 (b): a CA's requireExplicitPolicy (or the caller)
                // demands a policy every certificate below shares.
                let certificate = certificates.indices.contains(index) ? locate(certificates[index]) : failing
                context.report(.policyRequired, .error, about: certificate,
                    message: "\(certificate.label) has no certificate policy the chain accepts, and a CA above it requires an explicit policy (policyConstraints requireExplicitPolicy): \(detail). Clients reject the chain (RFC 5280 6.1).",
                    fix: "Have \(certificate.label) reissued with a certificatePolicies extension naming a policy its CA allows (the CA's own certificatePolicies), or (your own CA) drop requireExplicitPolicy from the CA certificate.")
                explained = true
            case .unhandledCriticalExtension:
                UsageCheck.checkCriticalExtensions(failing, role: attempt.failingIndex == 0 ? .leaf : .intermediate, into: &context)
                explained = true
            case .disallowedSignatureAlgorithm:
                StrengthCheck.checkSignature(failing, role: attempt.failingIndex == 0 ? .leaf : .intermediate, into: &context)
                explained = context.hasAny([.weakSignature], about: failing.sha256) || explained
                if !context.hasAny([.weakSignature], about: failing.sha256) { unexplained.append(describe(attempt, locate: locate)) }
            case .expired, .notYetValid:
                TimeCheck.check(failing, role: attempt.failingIndex == 0 ? .leaf : .intermediate, leaf: leaf, input: input, into: &context)
                explained = true
            case .loop, .maximumDepthExceeded, .budgetExhausted:
                continue
            default:
                unexplained.append(describe(attempt, locate: locate))
            }
        }
        if !explained || !unexplained.isEmpty {
            reportNoPath(unexplained.isEmpty ? attempts.map { describe($0, locate: locate) } : unexplained, into: &context)
        }
    }

    func describe(_ attempt: PathAttempt, locate: (Certificate) -> LocatedCertificate) -> String {
        func name(_ located: LocatedCertificate) -> String {
            located.index.map { "#\($0)" } ?? "\(ChainAnalysis.shortName(located.certificate)) (\(located.place))"
        }
        let path = attempt.certificates.map { name(locate($0)) }.joined(separator: " -> ")
        let failing = attempt.certificates.indices.contains(attempt.failingIndex)
            ? locate(attempt.certificates[attempt.failingIndex]).label : "?"
        return "\(path): \(failing) is refused: \(attempt.failure)"
    }

    /// "New Root X1" (the commonName), or the whole subject when there is none.
    static func shortName(_ certificate: Certificate) -> String {
        shortName(certificate.subject)
    }

    /// The quoted common name of `name`, or the whole name in RFC 4514 form without one.
    static func shortName(_ name: DistinguishedName) -> String {
        if let commonName = name.commonName { return "\"\(commonName)\"" }
        let text = name.rfc4514String
        return text.isEmpty ? "(empty subject)" : text
    }

    func reportNoPath(_ reasons: [String], into context: inout DiagnosisContext) {
        var unique: [String] = []
        for reason in reasons where !unique.contains(reason) { unique.append(reason) }
        let list = unique.isEmpty ? "no path could be tried" : unique.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: "; ")
        context.report(.noPath, .error, about: leaf,
            message: "No chain from the leaf \(leaf.label) to a trust anchor (\(anchorsName)) is acceptable. Paths tried: \(list).",
            fix: "Replace the certificate each reason names: for a CA certificate, serve the CA's current chain (v3 certificates with basicConstraints CA:TRUE); for the leaf, have it reissued. x509dump verify shows the same paths.")
    }

    /// The certificate whose names include `name` ("dNSName www.example.com").
    func violator(of name: String, in certificates: [Certificate]) -> Certificate? {
        certificates.first { certificate in
            let san = certificate.extensions.subjectAlternativeName
            let names = (san?.names ?? []).map { "\($0.typeName) \($0.valueDescription)" }
                + (san?.dnsNames ?? []).map { "dNSName \($0)" }
                + ["subject \(certificate.subject.rfc4514String)"] + certificate.subject.commonNames.map { "subject commonName \($0)" }
            return names.contains(name)
        }
    }

    func reportIssuerNotFound(_ stuck: LocatedCertificate, isLeaf: Bool, into context: inout DiagnosisContext) {
        let issuerName = stuck.certificate.issuer.rfc4514String
        let url = TimeCheck.issuerURL(stuck)
        if stuck.certificate.isSelfIssued {
            reportUntrustedRoot(stuck, into: &context)
            return
        }
        let download = url.map { "curl -s \($0) | openssl x509 -inform DER >> \(shellQuoted(stuck.file ?? "chain.pem"))" }
        if isLeaf {
            context.report(.missingIntermediate, .error, about: stuck,
                message: "The server sends the leaf \(stuck.label) without the intermediate that issued it (\(issuerName)), and it is not in the trust store or the repair pool either. Browsers may cope (cached or downloaded intermediates); curl, Java, Python, Go and mobile apps fail with \"unable to get local issuer certificate\".",
                fix: download.map { "Append the intermediate after the leaf: \($0) (the leaf names it: \(url ?? "")); or use the full chain file your CA provides (certbot: fullchain.pem, not cert.pem)." }
                    ?? "Append the intermediate certificate \(issuerName) after the leaf (use the full chain file your CA provides: certbot's fullchain.pem, not cert.pem), or pass a folder holding it with --repair-from.")
        } else {
            context.report(.untrustedRoot, .error, about: stuck,
                message: "The chain stops at \(stuck.label), issued by \(issuerName), which is neither served nor one of the trust anchors (\(anchorsName)). Either that is a private root the clients do not have, or a further intermediate is missing.",
                fix: "If \(issuerName) is your private root: install it on the clients and pass it with --ca. If it is an intermediate: append it to the chain\(download.map { " (\($0))" } ?? " (from your CA)").")
        }
    }

    func reportBadSignature(_ child: LocatedCertificate, issuer: LocatedCertificate?, failure: VerificationFailure, into context: inout DiagnosisContext) {
        let issuerText = issuer.map { "the key of \($0.label) (\($0.place))" } ?? "its issuer's key"
        let sameKeyIDs: Bool = {
            guard let issuer, let aki = child.certificate.extensions.authorityKeyIdentifier?.keyIdentifier,
                let ski = issuer.certificate.extensions.subjectKeyIdentifier?.keyIdentifier
            else { return true }
            return aki.elementsEqual(ski)
        }()
        let cause = sameKeyIDs
            ? "The certificate was altered after it was signed (a damaged file or an edited byte)."
            : "\(issuer?.label ?? "The issuer") has the right name but a different key (its subjectKeyIdentifier differs from the certificate's authorityKeyIdentifier): it is another version of that CA, for example one renewed with a new key."
        let detail: String
        if case .unusableSignature(let why) = failure { detail = " (\(why))" } else { detail = "" }
        context.report(.badSignature, .error, about: child,
            message: "The signature of \(child.label) does not verify with \(issuerText)\(detail). \(cause) Clients reject the chain.",
            fix: sameKeyIDs
                ? "Download the certificate again from the CA (or take it from a backup) and replace it."
                : "Serve the intermediate that actually issued this certificate\(TimeCheck.issuerURL(child).map { " (the certificate names it: \($0))" } ?? " (from your CA)").")
    }

    // MARK: The served list

    func analyseServedList(
        _ outcome: Outcome, locate: (Certificate) -> LocatedCertificate, store: TrustStore, pool: CertificatePool,
        into context: inout DiagnosisContext
    ) {
        let chain = outcome.chain
        let chainSet = Set(chain.map(\.certificate))
        var firstIndex: [Certificate: Int] = [:]
        for located in served {
            guard let index = located.index else { continue }
            if let first = firstIndex[located.certificate] {
                context.report(.duplicateCertificate, .warning, about: located,
                    message: "\(located.label) is the same certificate as #\(first), served twice. It wastes bytes in every handshake, and some strict clients reject repeated certificates.",
                    fix: "Delete the second copy\(located.line.map { " (the block at line \($0) of \(located.file ?? "the file"))" } ?? " from \(located.file ?? "the file")").")
            } else {
                firstIndex[located.certificate] = index
            }
        }

        // The root served with the chain.
        if outcome.isComplete, outcome.isTrusted, chain.count > 1, let top = chain.last, top.certificate.isSelfIssued,
            let index = firstIndex[top.certificate], served.indices.contains(index)
        {
            reportRootIncluded(served[index], into: &context)
        }

        // Order: the leaf first, then each issuer after the certificate it issued.
        let onChain = served.filter { chainSet.contains($0.certificate) && firstIndex[$0.certificate] == $0.index }
        let positions = onChain.compactMap { located in chain.firstIndex { $0.certificate == located.certificate } }
        let leafFirst = served.first?.certificate == leaf.certificate
        if !leafFirst || positions != positions.sorted() {
            let order = chain.filter { candidate in onChain.contains { $0.certificate == candidate.certificate } }
            let wanted = order.enumerated().map { "\($0.offset + 1). \($0.element.label)" }.joined(separator: ", ")
            var about = leaf
            if leafFirst {
                var highest = -1
                for (located, position) in zip(onChain, positions) {
                    if position < highest {
                        about = located
                        break
                    }
                    highest = position
                }
            }
            context.report(.wrongOrder, .error, about: about,
                message: leafFirst
                    ? "The intermediates are not in order: each certificate must be followed by the one that issued it. Strict clients (and TLS 1.2 by the letter) reject the chain. Serve: \(wanted)."
                    : "The leaf \(leaf.label) is not served first, so the server presents \(served.first?.label ?? "another certificate") as its own certificate: clients see the wrong certificate (and nginx may refuse the key). Serve: \(wanted).",
                fix: "Write the certificates in that order: \(fixChainCommand).")
        }

        // Intermediates the server does not send.
        if outcome.isComplete, chain.count > 1 {
            let last = chain.count - 1
            var position = 1
            while position < chain.count {
                let candidate = chain[position]
                let isAnchorEnd = position == last
                let servedHere = firstIndex[candidate.certificate] != nil
                if servedHere || (isAnchorEnd && (candidate.certificate.isSelfIssued || outcome.isTrusted == false)) {
                    position += 1
                    continue
                }
                // A run of certificates missing above chain[position - 1].
                var missing: [LocatedCertificate] = []
                var end = position
                while end < chain.count, firstIndex[chain[end].certificate] == nil,
                    !(end == last && chain[end].certificate.isSelfIssued)
                {
                    missing.append(chain[end])
                    end += 1
                }
                let child = chain[position - 1]
                let trustedOnly = missing.count == 1 && end - 1 == last && missing[0].origin == .trustStore
                // A served certificate with the missing one's name but another key: a stale
                // version (the CA renewed its key), which cannot verify the certificate below.
                let namesakes = served.filter { candidate in
                    candidate.certificate != missing[0].certificate && candidate.certificate.subject.matches(missing[0].certificate.subject)
                }
                let stale = namesakes.first.map { " The served \($0.label) has the same name but is another certificate with another key (an older version of that CA): it cannot verify \(child.label)." } ?? ""
                let names = missing.map { "\($0.label) (\($0.place), sha256 \($0.sha256.prefix(16))...)" }.joined(separator: ", then ")
                context.report(.missingIntermediate, trustedOnly ? .warning : .error, about: child,
                    message: trustedOnly
                        ? "The chain relies on \(missing[0].label), an intermediate that is trusted directly here but not served. Clients whose trust store holds only roots cannot build the chain."
                        : "The server does not send \(missing.count == 1 ? "the intermediate" : "the intermediates") above \(child.label): \(names).\(stale) Browsers may cope (cached or downloaded intermediates); curl, Java, Python, Go and mobile apps fail with \"unable to get local issuer certificate\".",
                    fix: "Append \(missing.count == 1 ? "it" : "them, in this order,") after \(child.label) ("
                        + missing.map { "\($0.label): the block at \($0.place)" }.joined(separator: "; ")
                        + "), or write the whole corrected chain: \(fixChainCommand).")
                position = end
            }
        }

        // Served certificates that clients do not need.
        let anchor = outcome.isComplete ? chain.last : nil
        for located in served where firstIndex[located.certificate] == located.index && !chainSet.contains(located.certificate) {
            let certificate = located.certificate
            let twin = chain.first {
                $0.certificate.subject.matches(certificate.subject)
                    && $0.certificate.subjectPublicKeyInfo.derEncoded.elementsEqual(certificate.subjectPublicKeyInfo.derEncoded)
            }
            if let twin, let expired = expiredAncestry(of: certificate, store: store, pool: pool, locate: locate) {
                let root = ChainAnalysis.shortName(twin.certificate)
                let signedByExpired = expired.certificate != certificate
                // The cross-signature's issuer: the expired ancestor above it, or, when the
                // cross-signature itself expired, the name it was issued under (RFC 5280 4.1.2.4).
                let signer = signedByExpired ? ChainAnalysis.shortName(expired.certificate) : ChainAnalysis.shortName(certificate.issuer)
                context.report(.expiredCrossSign, .warning, about: located,
                    message: "\(located.label) is \(root) cross-signed by \(signer)"
                        + (signedByExpired ? ", and \(signer) expired on \(DiagnosisText.date(expired.certificate.notAfter))." : ", and this cross-signature expired on \(DiagnosisText.date(expired.certificate.notAfter)).")
                        + " Up-to-date clients trust \(root) directly and ignore #\(located.index ?? 0), but clients that follow the served chain (OpenSSL 1.0.x, old GnuTLS and Java, embedded devices) end at the expired certificate and fail, as when Let's Encrypt's chain through DST Root CA X3 broke in 2021.",
                    fix: "Drop #\(located.index ?? 0) from the served chain (\(fixChainCommand); fix-chain leaves it out), unless you must serve very old clients that do not have \(root).")
                continue
            }
            if let twin, let anchor, twin.certificate == anchor.certificate, certificate.isSelfIssued {
                if outcome.isTrusted {
                    reportRootIncluded(located, into: &context)
                }
                continue
            }
            if twin != nil, !certificate.isSelfIssued,
                ChainVerifier(trustStore: store, policy: policy(timed: true)).verify(certificate, intermediates: pool).isValid
            {
                // A valid cross-signature of a chain member (a new root signed by an old one):
                // clients with the new root ignore it, clients with only the old root need it.
                continue
            }
            if certificate.isSelfIssued && store.contains(certificate) && !outcome.isComplete {
                // A trusted root served with a chain that breaks below it: the break is
                // reported; the root is not a stranger.
                continue
            }
            if !outcome.isComplete && relatedToAttempts(certificate, chain: chain) { continue }
            let what: String
            if let twin {
                what = "a version of \(twin.label) signed by \(certificate.issuer.rfc4514String), which the chain does not need"
            } else if chain.contains(where: { $0.certificate.subject.matches(certificate.subject) }) {
                what = "another certificate with the name of a chain member (an older or renewed version), not the one that signed the chain"
            } else if !certificate.isCA {
                what = "another end-entity certificate (\(certificate.extensions.subjectAlternativeName?.dnsNames.first ?? certificate.subject.commonName ?? "no name")), pasted into this chain"
            } else {
                what = "a CA certificate that issued none of the chain's certificates"
            }
            context.report(.unrelatedCertificate, .warning, about: located,
                message: "\(located.label) is served but is on no path from the leaf to a trust anchor: it is \(what). Clients ignore it at best; it wastes bytes in every handshake and hides what the chain really is.",
                fix: "Remove it\(located.line.map { " (the block at line \($0) of \(located.file ?? "the file"))" } ?? "") or run x509dump fix-chain, which leaves it out.")
        }
    }

    /// True when a served certificate appears in the chain's partial path (it is related to
    /// a failure already reported rather than a stranger).
    func relatedToAttempts(_ certificate: Certificate, chain: [LocatedCertificate]) -> Bool {
        chain.contains { $0.certificate.issuer.matches(certificate.subject) || certificate.issuer.matches($0.certificate.subject) }
    }

    func reportRootIncluded(_ located: LocatedCertificate, into context: inout DiagnosisContext) {
        context.report(.rootIncluded, .info, about: located,
            message: "The root \(located.label) is served with the chain. Clients use their own copy of a root and ignore the served one, so it only adds bytes to every handshake.",
            fix: "Optional: remove it\(located.line.map { " (the block at line \($0) of \(located.file ?? "the file"))" } ?? "") or let x509dump fix-chain write the chain without it.")
    }

    /// The expired certificate on the path from `certificate` to a trust anchor, if that
    /// path (found ignoring dates) contains one: the expired cross-signature case.
    func expiredAncestry(
        of certificate: Certificate, store: TrustStore, pool: CertificatePool, locate: (Certificate) -> LocatedCertificate
    ) -> LocatedCertificate? {
        var policy = self.policy(timed: false)
        policy.purpose = .any
        let result = ChainVerifier(trustStore: store, policy: policy).verify(certificate, intermediates: pool)
        guard let path = result.path else { return nil }
        return path.first { $0.notAfter.secondsSince1970 < input.time }.map(locate)
    }

    /// The x509dump command that writes the corrected chain for these inputs.
    var fixChainCommand: String {
        var arguments = input.certificates.map { shellQuoted($0.name) }
        if let config = input.tfServingConfig {
            arguments.insert("--tf-serving-config " + shellQuoted(config.name), at: 0)
            return "x509dump fix-chain " + arguments.joined(separator: " ") + repairArguments
                + " (and paste its output into server_cert in place of the old chain)"
        }
        if input.certificates.count == 1 {
            return "x509dump fix-chain " + arguments[0] + repairArguments + " --in-place (the old file is kept as "
                + input.certificates[0].name + ".bak), then reload the server"
        }
        let names = Set(input.certificates.map(\.name))
        let output = names.contains("fullchain.pem") ? "fixed-chain.pem" : "fullchain.pem"
        return "x509dump fix-chain " + arguments.joined(separator: " ") + repairArguments + " -o \(output), then point the server at \(output)"
    }

    /// `--ca` as the user gave it, so that fix-chain trusts the same anchors.
    var anchorArguments: String {
        // The default store (SSL_CERT_FILE, SSL_CERT_DIR, system) is chosen again by fix-chain.
        if input.trustStoreChoice?.isDefault == true { return "" }
        guard let names = input.trustAnchorNames ?? input.trustAnchors.map({ sources in
            var names: [String] = []
            for source in sources where !names.contains(source.name) { names.append(source.name) }
            return names
        }) else { return "" }
        return names.map { " --ca " + shellQuoted($0) }.joined()
    }

    var repairArguments: String {
        anchorArguments + (input.repairPool.isEmpty ? "" : " --repair-from " + repairNames.map(shellQuoted).joined(separator: " --repair-from "))
    }

    // MARK: As a client would

    /// Verifies the served certificates as a client would (dates, serverAuth, the host, no
    /// repair pool); when that fails and nothing has been reported as an error, says so.
    func checkAsClientWould(store: TrustStore, into context: inout DiagnosisContext) {
        guard !context.hasErrors else { return }
        var policy = VerificationPolicy(time: input.time, purpose: .serverAuth)
        if let host = input.host {
            let name = NameCheck.normalizedHost(host)
            policy.peerNames = [IPAddress(name).map { PeerName.ip($0) } ?? .dns(name)]
        }
        let intermediates = CertificatePool(served.enumerated().filter { $0.offset != leafIndex }.map(\.element.certificate))
        let result = ChainVerifier(trustStore: store, policy: policy).verify(leaf.certificate, intermediates: intermediates)
        if result.isValid || store.contains(leaf.certificate) { return }
        let located = locator()
        reportNoPath(result.attempts.map { describe($0) { located[$0] ?? LocatedCertificate(certificate: $0, origin: .repairPool, index: nil, file: nil, line: nil) } }, into: &context)
    }

    // MARK: Repair

    /// The chain to serve: leaf, intermediates in order, no self-signed root.
    func corrected(_ outcome: Outcome) -> [LocatedCertificate] {
        var result: [LocatedCertificate] = []
        for (position, located) in outcome.chain.enumerated() {
            if position > 0 && position == outcome.chain.count - 1 && located.certificate.isSelfIssued { break }
            if position > 0 && position == outcome.chain.count - 1 && outcome.isComplete && outcome.isTrusted
                && located.origin == .trustStore && located.certificate.isSelfIssued
            { break }
            result.append(located)
        }
        return result
    }
}
