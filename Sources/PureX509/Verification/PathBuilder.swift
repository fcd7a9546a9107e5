import PureX509ASN1
import PureX509Crypto

/// One verification run: depth-first search with backtracking from the leaf towards the
/// trust anchors, validating each edge as it is added so that a bad branch is cut at once.
///
/// Candidates for a certificate's issuer come from the subject indexes of the trust store
/// and the intermediates (so a pool of 100,000 unrelated certificates costs the same as
/// one of 10), ordered by authorityKeyIdentifier/subjectKeyIdentifier agreement and then
/// trust anchors first. A path never repeats a subject name and key (RFC 4158 2.4.2), which
/// ends cycles of cross-signed CAs. Signature results and per-certificate checks are
/// cached for the run; the budget bounds signature checks, candidates and name-constraint
/// comparisons.
struct PathBuilder {
    /// A certificate in a path: where it comes from, and its identity for the caches.
    struct Node {
        let entry: IndexedCertificate
        let isAnchor: Bool
        /// -1 for the leaf, the anchor's index, or anchors.count + the intermediate's index.
        let id: Int
    }

    struct Edge: Hashable {
        let child: Int
        let issuer: Int
    }

    let policy: VerificationPolicy
    let anchors: CertificatePool
    let intermediates: CertificatePool
    let trustSettings: [Certificate: TrustSettings]
    var signatureBudget: Int
    var candidateBudget: Int
    var attempts: [PathAttempt] = []
    var budgetFailure: VerificationFailure?
    /// The valid policies of the path found (RFC 5280 6.1.5 g).
    var validPolicies: [OID] = []
    var signatureCache: [Edge: VerificationFailure?] = [:]
    var issuerCheckCache: [Int: VerificationFailure?] = [:]
    var nameConstraintCache: [Int: Result<NameConstraintsChecker, VerificationFailure>] = [:]
    var keyCache: [ArraySlice<UInt8>: Result<PublicKey, VerificationFailure>] = [:]
    /// Whether a certificate (by DER) validates as a CRL signer (RFC 5280 6.3.3 f).
    var crlSignerCache: [Certificate: Bool] = [:]
    /// DSA keys with domain parameters inherited from their issuer, by node id.
    var inheritedKeyCache: [Int: Result<PublicKey, VerificationFailure>] = [:]

    init(
        policy: VerificationPolicy, anchors: CertificatePool, intermediates: CertificatePool,
        trustSettings: [Certificate: TrustSettings] = [:]
    ) {
        self.policy = policy
        self.anchors = anchors
        self.intermediates = intermediates
        self.trustSettings = trustSettings
        signatureBudget = policy.budget.signatureChecks
        candidateBudget = policy.budget.candidates
    }

    mutating func run(leaf: Certificate) -> VerificationResult {
        let leafNode = Node(entry: IndexedCertificate(leaf), isAnchor: false, id: -1)
        if let failure = checkLeaf(leaf) {
            record([leafNode], failingIndex: 0, failure)
            return VerificationResult(
                leaf: leaf, profile: policy.profile, path: nil, attempts: attempts, budgetFailure: nil, signatureChecks: 0, candidatesConsidered: 0,
                validPolicies: [])
        }
        // A certificate that is itself a trust anchor (a directly trusted, typically
        // self-signed server certificate) needs no issuer: the path is the leaf alone, and
        // no certificate is left for policy processing (RFC 5280 6.1: the anchor is not one
        // of the n certificates).
        if anchors.contains(leaf) {
            // OpenSSL trust settings of the directly trusted leaf (every profile).
            if let refusal = trustSettings[leaf]?.refusal(for: policy.purpose) {
                record([leafNode], failingIndex: 0, .anchorDistrusted(refusal))
                return VerificationResult(
                    leaf: leaf, profile: policy.profile, path: nil, attempts: attempts, budgetFailure: nil, signatureChecks: 0,
                    candidatesConsidered: 0, validPolicies: [])
            }
            if case .success(let policies) = PolicyProcessor(certificates: [], policy: policy).run() { validPolicies = policies }
            return VerificationResult(
                leaf: leaf, profile: policy.profile, path: [leaf], attempts: attempts, budgetFailure: nil, signatureChecks: 0, candidatesConsidered: 0,
                validPolicies: validPolicies)
        }
        var path = [leafNode]
        let found = extend(&path)
        return VerificationResult(
            leaf: leaf, profile: policy.profile, path: found.map { $0.map(\.entry.certificate) }, attempts: attempts,
            budgetFailure: found == nil ? budgetFailure : nil,
            signatureChecks: policy.budget.signatureChecks - max(signatureBudget, 0),
            candidatesConsidered: policy.budget.candidates - max(candidateBudget, 0),
            validPolicies: found == nil ? [] : validPolicies)
    }

    // MARK: Search

    mutating func extend(_ path: inout [Node]) -> [Node]? {
        guard let child = path.last else { return nil }
        let candidates = orderedCandidates(for: child)
        if candidates.isEmpty {
            record(path, failingIndex: path.count - 1, .issuerNotFound)
            return nil
        }
        // Intermediates already in the path, self-issued ones not counted (RFC 5280 4.2.1.9).
        let intermediatesSoFar = path.dropFirst().filter { !$0.entry.isSelfIssued }.count
        for candidate in candidates {
            if budgetFailure != nil { return nil }
            candidateBudget -= 1
            if candidateBudget < 0 {
                budgetFailure = .budgetExhausted("candidate issuers")
                record(path + [candidate], failingIndex: path.count, .budgetExhausted("candidate issuers"))
                return nil
            }
            let attempt = path + [candidate]
            if path.contains(where: {
                $0.entry.subjectKey == candidate.entry.subjectKey && $0.entry.publicKeyInfo == candidate.entry.publicKeyInfo
            }) {
                record(attempt, failingIndex: path.count, .loop)
                continue
            }
            if !candidate.isAnchor && !candidate.entry.isSelfIssued && intermediatesSoFar + 1 > policy.maximumIntermediates {
                record(attempt, failingIndex: path.count, .maximumDepthExceeded(policy.maximumIntermediates))
                continue
            }
            if let failure = checkSignature(of: child, by: candidate) {
                record(attempt, failingIndex: path.count - 1, failure)
                if case .budgetExhausted = failure { return nil }
                continue
            }
            if let failure = checkIssuer(candidate, below: path) {
                record(attempt, failingIndex: path.count, failure)
                if case .budgetExhausted = failure { return nil }
                continue
            }
            if let failure = checkRevocation(of: child, by: candidate) {
                record(attempt, failingIndex: path.count - 1, failure)
                continue
            }
            if candidate.isAnchor, let refusal = trustSettings[candidate.entry.certificate]?.refusal(for: policy.purpose) {
                // OpenSSL trust settings of the anchor (every profile).
                record(attempt, failingIndex: path.count, .anchorDistrusted(refusal))
                continue
            }
            if candidate.isAnchor {
                // RFC 5280 6.1.3 d-f, 6.1.4 a-b, h-j, 6.1.5: certificate policies, over the
                // complete path (the anchor excluded).
                switch PolicyProcessor(certificates: path.map(\.entry), policy: policy).run() {
                case .success(let policies):
                    validPolicies = policies
                    return path + [candidate]
                case .failure(let failure):
                    record(attempt, failingIndex: failure.index, failure.failure)
                    continue
                }
            }
            path.append(candidate)
            if let found = extend(&path) { return found }
            path.removeLast()
        }
        return nil
    }

    /// Issuer candidates: those whose subjectKeyIdentifier equals the child's
    /// authorityKeyIdentifier first, unknown next, disagreeing last; trust anchors before
    /// intermediates within each group.
    func orderedCandidates(for child: Node) -> [Node] {
        var result: [(rank: Int, node: Node)] = []
        let aki = child.entry.authorityKeyIdentifier
        func rank(_ entry: IndexedCertificate, anchor: Bool) -> Int {
            let keyRank: Int
            if let aki, let ski = entry.subjectKeyIdentifier {
                keyRank = aki == ski ? 0 : 2
            } else {
                keyRank = 1
            }
            return keyRank * 2 + (anchor ? 0 : 1)
        }
        for index in anchors.issuerCandidates(of: child.entry) {
            let entry = anchors.entries[index]
            result.append((rank(entry, anchor: true), Node(entry: entry, isAnchor: true, id: index)))
        }
        for index in intermediates.issuerCandidates(of: child.entry) {
            let entry = intermediates.entries[index]
            // An intermediate identical to a trust anchor is tried as the anchor.
            if anchors.contains(entry.certificate) { continue }
            result.append((rank(entry, anchor: false), Node(entry: entry, isAnchor: false, id: anchors.count + index)))
        }
        // Stable: keep pool order within a rank.
        return result.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.node)
    }

    mutating func record(_ path: [Node], failingIndex: Int, _ failure: VerificationFailure) {
        guard attempts.count < policy.budget.recordedAttempts else { return }
        attempts.append(PathAttempt(certificates: path.map(\.entry.certificate), failingIndex: failingIndex, failure: failure))
    }

    // MARK: Checks

    /// Everything about the leaf that does not depend on its issuer.
    func checkLeaf(_ leaf: Certificate) -> VerificationFailure? {
        if let failure = CertificateProfile.checkCommon(leaf, isLeaf: true, policy: policy) { return failure }
        if let failure = CertificateProfile.checkLeaf(leaf, policy: policy) { return failure }
        if let failure = CertificateProfile.checkPublicKey(leaf, policy: policy) { return failure }
        for name in policy.peerNames {
            if let failure = PeerNameCheck.check(leaf, against: name, policy: policy) { return failure }
        }
        return nil
    }

    /// The checks of a candidate issuer in its place: its own profile (cached), its
    /// extendedKeyUsage, pathLenConstraint and name constraints over the path below it.
    mutating func checkIssuer(_ candidate: Node, below path: [Node]) -> VerificationFailure? {
        let certificate = candidate.entry.certificate
        let own: VerificationFailure?
        if let cached = issuerCheckCache[candidate.id] {
            own = cached
        } else {
            own = CertificateProfile.checkCommon(certificate, isAnchor: candidate.isAnchor, policy: policy)
                ?? CertificateProfile.checkIssuer(certificate, isAnchor: candidate.isAnchor, policy: policy)
                ?? CertificateProfile.checkPublicKey(certificate, policy: policy)
                ?? CertificateProfile.checkIssuerExtendedKeyUsage(certificate, policy: policy)
            issuerCheckCache[candidate.id] = own
        }
        if let own { return own }

        // RFC 5280 6.1.4 m: pathLenConstraint counts the non-self-issued intermediates below.
        if let limit = certificate.extensions.basicConstraints?.pathLengthConstraint {
            let below = path.dropFirst().filter { !$0.entry.isSelfIssued }.count
            if below > limit { return .pathLengthExceeded(constraint: limit, intermediatesBelow: below) }
        }

        // RFC 5280 6.1.3 b, c: this CA's name constraints over every certificate below it,
        // except self-issued intermediates (the leaf is always checked).
        if certificate.extensions[kind: .nameConstraints] != nil {
            let checker: NameConstraintsChecker
            switch nameConstraintChecker(for: candidate) {
            case .success(let found): checker = found
            case .failure(let failure): return failure
            }
            var comparisons = policy.budget.nameConstraintComparisons
            for (index, node) in path.enumerated() where index == 0 || !node.entry.isSelfIssued {
                do {
                    try checker.check(node.entry.certificate, isLeaf: index == 0, issuerIndex: path.count, comparisons: &comparisons)
                } catch {
                    return error
                }
            }
        }
        return nil
    }

    mutating func nameConstraintChecker(for node: Node) -> Result<NameConstraintsChecker, VerificationFailure> {
        if let cached = nameConstraintCache[node.id] { return cached }
        let result: Result<NameConstraintsChecker, VerificationFailure>
        if let constraints = node.entry.certificate.extensions.nameConstraints {
            do {
                result = .success(try NameConstraintsChecker(constraints))
            } catch {
                result = .failure(error)
            }
        } else {
            result = .failure(.unsupportedNameConstraint("nameConstraints extension cannot be decoded"))
        }
        nameConstraintCache[node.id] = result
        return result
    }

    /// RFC 5280 6.1.3 a.1: the child's signature verifies with the issuer's key.
    mutating func checkSignature(of child: Node, by issuer: Node) -> VerificationFailure? {
        let edge = Edge(child: child.id, issuer: issuer.id)
        if let cached = signatureCache[edge] { return cached }
        let certificate = child.entry.certificate
        let algorithm: SignatureAlgorithm
        switch CertificateProfile.signatureAlgorithm(of: certificate.signatureAlgorithm, policy: policy) {
        case .success(let found): algorithm = found
        case .failure(let failure):
            signatureCache[edge] = failure
            return failure
        }
        let key: PublicKey
        switch signingKey(of: issuer) {
        case .success(let found): key = found
        case .failure(let failure):
            signatureCache[edge] = failure
            return failure
        }
        signatureBudget -= 1
        if signatureBudget < 0 {
            budgetFailure = .budgetExhausted("signature checks")
            return .budgetExhausted("signature checks")
        }
        let failure: VerificationFailure?
        do {
            let valid = try PureX509Crypto.verify(
                signatureAlgorithm: algorithm, publicKey: key,
                message: certificate.tbsCertificateBytes, signature: certificate.signature)
            failure = valid ? nil : .badSignature
        } catch {
            failure = .unusableSignature("\(error)")
        }
        signatureCache[edge] = failure
        return failure
    }

    /// The key of `node` ready to verify what it signed: its own key, or for a DSA key
    /// without domain parameters that key with its issuer's parameters (RFC 3279 2.3.2:
    /// "the certificate issuer's DSA parameters apply", when that issuer signed `node` with
    /// DSA). The issuer is found among `node`'s candidate issuers as the first whose DSA key
    /// (itself resolved the same way, at most four levels up) verifies `node`'s signature;
    /// none: the key cannot be used.
    mutating func signingKey(of node: Node, depth: Int = 0) -> Result<PublicKey, VerificationFailure> {
        let own = publicKey(of: node.entry.certificate)
        guard case .success(let key) = own, key.lacksDSAParameters else { return own }
        if let cached = inheritedKeyCache[node.id] { return cached }
        let failure = VerificationFailure.unusableSignature(
            "DSA key without domain parameters, and no DSA issuer to inherit them from (RFC 3279 2.3.2)")
        var result: Result<PublicKey, VerificationFailure> = .failure(failure)
        let certificate = node.entry.certificate
        if depth < 4, case .success(let algorithm) = CertificateProfile.signatureAlgorithm(of: certificate.signatureAlgorithm, policy: policy),
            case .dsa = algorithm.kind
        {
            for candidate in orderedCandidates(for: node) where candidate.id != node.id {
                guard case .success(let parentKey) = signingKey(of: candidate, depth: depth + 1),
                    let parameters = parentKey.dsaParameters
                else { continue }
                signatureBudget -= 1
                if signatureBudget < 0 { break }
                guard (try? PureX509Crypto.verify(
                    signatureAlgorithm: algorithm, publicKey: parentKey,
                    message: certificate.tbsCertificateBytes, signature: certificate.signature)) == true,
                    let inherited = try? key.inheritingDSAParameters(parameters)
                else { continue }
                result = .success(inherited)
                break
            }
        }
        inheritedKeyCache[node.id] = result
        return result
    }

    mutating func publicKey(of certificate: Certificate) -> Result<PublicKey, VerificationFailure> {
        let spki = certificate.subjectPublicKeyInfo.derEncoded
        if let cached = keyCache[spki] { return cached }
        let result: Result<PublicKey, VerificationFailure>
        do {
            result = .success(try PublicKey(subjectPublicKeyInfoDER: spki))
        } catch {
            result = .failure(.unusableSignature("issuer key: \(error)"))
        }
        keyCache[spki] = result
        return result
    }
}
