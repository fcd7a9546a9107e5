import PureX509ASN1

/// Certificate policy processing of RFC 5280 section 6.1 over one complete path: the
/// valid_policy_tree and the explicit_policy, inhibit_anyPolicy and policy_mapping
/// counters (6.1.2), the per-certificate steps 6.1.3 (d)-(f), the preparation steps
/// 6.1.4 (a), (b), (h)-(j), and the wrap-up 6.1.5 (a), (b), (g).
///
/// The path is given leaf first without the trust anchor (the anchor is not one of the
/// n certificates RFC 5280 6.1 processes). RFC 5280 numbers the certificates from the
/// anchor's side, certificate i being at `certificates[n - i]`; failures name the index in
/// the leaf-first path, as every other path failure does.
struct PolicyProcessor {
    /// The outcome of a failed path: the index (leaf first) of the certificate at fault,
    /// and why.
    struct Failure: Error {
        let index: Int
        let failure: VerificationFailure
    }

    let certificates: [IndexedCertificate]
    let policy: VerificationPolicy

    static let anyPolicy = CertificatePolicies.anyPolicy

    /// Runs the algorithm; the valid policy set of the path (see
    /// `VerificationResult.validPolicies`) or the failure.
    func run() -> Result<[OID], Failure> {
        let n = certificates.count
        let userSet = policy.userInitialPolicySet
        let userAcceptsAny = userSet.contains(Self.anyPolicy)
        // A trust anchor alone (a directly trusted leaf): nothing to process; the valid
        // policies are those the user accepts (the initial tree intersected with them).
        guard n > 0 else { return .success(userAcceptsAny ? [Self.anyPolicy] : unique(userSet)) }

        // RFC 5280 6.1.2 (a), (d), (e), (f).
        var tree = PolicyTree(nodeLimit: max(policy.budget.policyTreeNodes, 1))
        var explicitPolicy = policy.initialExplicitPolicy ? 0 : n + 1
        var inhibitAnyPolicy = policy.initialAnyPolicyInhibit ? 0 : n + 1
        var policyMapping = policy.initialPolicyMappingInhibit ? 0 : n + 1

        for i in 1...n {
            let index = n - i
            let entry = certificates[index]
            let extensions = entry.certificate.extensions
            let isSelfIssued = entry.isSelfIssued

            // RFC 5280 6.1.3 (d), (e).
            if extensions[kind: .certificatePolicies] != nil {
                // The parser checked the extension; one that cannot be decoded fails closed.
                guard let policies = extensions.certificatePolicies else {
                    return .failure(Failure(index: index, failure: .extensionProfile("certificatePolicies cannot be decoded (RFC 5280 4.2.1.4)")))
                }
                let anyAllowed = inhibitAnyPolicy > 0 || (i < n && isSelfIssued)
                if !addLevel(to: &tree, policies: policies.identifiers, anyPolicyAllowed: anyAllowed) {
                    return .failure(Failure(index: index, failure: .policyTreeTooLarge(certificateIndex: index, limit: tree.nodeLimit)))
                }
            } else {
                tree.clear()
            }
            // RFC 5280 6.1.3 (f).
            if explicitPolicy == 0 && tree.isNull {
                let detail = extensions[kind: .certificatePolicies] == nil
                    ? "it has no certificatePolicies extension"
                    : "none of its policies is a valid policy of the certificates above it"
                return .failure(Failure(index: index, failure: .policyRequired(certificateIndex: index, detail: detail)))
            }
            if i == n { break }

            // RFC 5280 6.1.4 (a), (b): policy mappings.
            if extensions[kind: .policyMappings] != nil {
                guard let mappings = extensions.policyMappings else {
                    return .failure(Failure(index: index, failure: .extensionProfile("policyMappings cannot be decoded (RFC 5280 4.2.1.5)")))
                }
                if mappings.mappings.contains(where: { $0.issuerDomainPolicy == Self.anyPolicy || $0.subjectDomainPolicy == Self.anyPolicy }) {
                    return .failure(Failure(index: index, failure: .extensionProfile("policyMappings maps to or from anyPolicy (RFC 5280 6.1.4 a)")))
                }
                if !applyMappings(mappings.mappings, to: &tree, mappingAllowed: policyMapping > 0) {
                    return .failure(Failure(index: index, failure: .policyTreeTooLarge(certificateIndex: index, limit: tree.nodeLimit)))
                }
            }
            // RFC 5280 6.1.4 (h): self-issued intermediates do not count.
            if !isSelfIssued {
                if explicitPolicy > 0 { explicitPolicy -= 1 }
                if policyMapping > 0 { policyMapping -= 1 }
                if inhibitAnyPolicy > 0 { inhibitAnyPolicy -= 1 }
            }
            // RFC 5280 6.1.4 (i): policyConstraints.
            if let constraints = extensions.policyConstraints {
                if let require = constraints.requireExplicitPolicy, require < explicitPolicy { explicitPolicy = require }
                if let inhibit = constraints.inhibitPolicyMapping, inhibit < policyMapping { policyMapping = inhibit }
            }
            // RFC 5280 6.1.4 (j): inhibitAnyPolicy.
            if let inhibit = extensions.inhibitAnyPolicy, inhibit.skipCerts < inhibitAnyPolicy {
                inhibitAnyPolicy = inhibit.skipCerts
            }
        }

        // RFC 5280 6.1.5 (a), (b): the leaf's own requireExplicitPolicy of 0 still counts.
        if explicitPolicy > 0 { explicitPolicy -= 1 }
        if certificates[0].certificate.extensions.policyConstraints?.requireExplicitPolicy == 0 { explicitPolicy = 0 }

        // RFC 5280 6.1.5 (g): the intersection with the user-initial-policy-set.
        let hadPolicies = !tree.isNull
        if !userAcceptsAny {
            if !intersect(&tree, with: userSet, depth: n) {
                return .failure(Failure(index: 0, failure: .policyTreeTooLarge(certificateIndex: 0, limit: tree.nodeLimit)))
            }
        }
        if explicitPolicy == 0 && tree.isNull {
            let accepted = userSet.map(\.dotted).joined(separator: ", ")
            let detail = hadPolicies
                ? "none of the path's policies is acceptable (\(accepted.isEmpty ? "no policy" : accepted))"
                : "the path has no valid policy"
            return .failure(Failure(index: 0, failure: .policyRequired(certificateIndex: 0, detail: detail)))
        }
        return .success(validPolicies(of: tree))
    }

    /// RFC 5280 6.1.3 (d.1)-(d.3): the level of depth i for a certificate asserting
    /// `policies`. False when the tree would grow past its limit.
    func addLevel(to tree: inout PolicyTree, policies: [OID], anyPolicyAllowed: Bool) -> Bool {
        guard let above = tree.levels.last else { return true }
        // The nodes of depth i-1 expecting each policy, through the distinct expected sets.
        var setsExpecting: [OID: [Int]] = [:]
        for (setIndex, set) in above.expectedSets.enumerated() {
            for value in set { setsExpecting[value, default: []].append(setIndex) }
        }
        var nodesBySet = [[Int]](repeating: [], count: above.expectedSets.count)
        for (index, node) in above.nodes.enumerated() where nodesBySet.indices.contains(node.expected) {
            nodesBySet[node.expected].append(index)
        }
        let anyNode = above.nodes.firstIndex { $0.policy == Self.anyPolicy }

        var level = PolicyTree.Level()
        var childPolicies = [Set<OID>](repeating: [], count: above.nodes.count)
        var budget = tree.nodeLimit - tree.nodesAdded
        func add(_ policy: OID, under parent: Int) -> Bool {
            budget -= 1
            guard budget >= 0 else { return false }
            level.nodes.append(PolicyTree.Node(policy: policy, expected: level.singleton(policy), parent: parent))
            childPolicies[parent].insert(policy)
            return true
        }
        // (d.1): each policy other than anyPolicy under the nodes that expect it, or else
        // under the anyPolicy node.
        for policy in policies where policy != Self.anyPolicy {
            let parents = (setsExpecting[policy] ?? []).flatMap { nodesBySet[$0] }
            if !parents.isEmpty {
                for parent in parents where !childPolicies[parent].contains(policy) {
                    guard add(policy, under: parent) else { return false }
                }
            } else if let anyNode {
                guard add(policy, under: anyNode) else { return false }
            }
        }
        // (d.2): anyPolicy, when allowed, continues every expected policy not yet matched.
        if anyPolicyAllowed && policies.contains(Self.anyPolicy) {
            for (index, node) in above.nodes.enumerated() {
                for value in above.expected(of: node) where !childPolicies[index].contains(value) {
                    guard add(value, under: index) else { return false }
                }
            }
        }
        guard tree.append(level) else { return false }
        // (d.3): prune the nodes left without children.
        tree.remove([])
        return true
    }

    /// RFC 5280 6.1.4 (b): apply `mappings` to the deepest level: with mapping allowed,
    /// set the expected_policy_set of each issuerDomainPolicy node (adding one beside the
    /// anyPolicy node when there is none); otherwise delete those nodes and prune. False
    /// when the tree would grow past its limit.
    func applyMappings(_ mappings: [PolicyMappings.Mapping], to tree: inout PolicyTree, mappingAllowed: Bool) -> Bool {
        guard !tree.isNull else { return true }
        let depth = tree.depth
        var level = tree.levels[depth]
        // issuerDomainPolicy -> its subjectDomainPolicy values, in order of appearance.
        var order: [OID] = []
        var mapped: [OID: [OID]] = [:]
        for mapping in mappings {
            if mapped[mapping.issuerDomainPolicy] == nil { order.append(mapping.issuerDomainPolicy) }
            if !(mapped[mapping.issuerDomainPolicy] ?? []).contains(mapping.subjectDomainPolicy) {
                mapped[mapping.issuerDomainPolicy, default: []].append(mapping.subjectDomainPolicy)
            }
        }
        var nodesWithPolicy: [OID: [Int]] = [:]
        for (index, node) in level.nodes.enumerated() { nodesWithPolicy[node.policy, default: []].append(index) }

        if !mappingAllowed {
            // (b.2): delete the nodes of each issuerDomainPolicy, then prune.
            var removed = [Bool](repeating: false, count: level.nodes.count)
            for policy in order {
                for index in nodesWithPolicy[policy] ?? [] { removed[index] = true }
            }
            var marks = [[Bool]](repeating: [], count: tree.levels.count)
            marks[depth] = removed
            tree.remove(marks)
            return true
        }
        // (b.1).
        let anyNode = level.nodes.first { $0.policy == Self.anyPolicy }
        var added = 0
        for policy in order {
            let subjectPolicies = mapped[policy] ?? []
            level.expectedSets.append(subjectPolicies)
            let setIndex = level.expectedSets.count - 1
            if let matching = nodesWithPolicy[policy] {
                for index in matching { level.nodes[index].expected = setIndex }
            } else if let anyNode {
                added += 1
                level.nodes.append(PolicyTree.Node(policy: policy, expected: setIndex, parent: anyNode.parent))
            }
        }
        guard tree.addNodes(added) else { return false }
        tree.replaceLevel(depth, with: level)
        return true
    }

    /// RFC 5280 6.1.5 (g.iii): restricts the tree to the policies of `userSet` (which
    /// does not contain anyPolicy). False when the tree would grow past its limit.
    func intersect(_ tree: inout PolicyTree, with userSet: [OID], depth n: Int) -> Bool {
        guard !tree.isNull else { return true }
        let accepted = Set(userSet)
        // (g.iii.1), (g.iii.2): delete the node-set nodes (and descendants) outside the
        // user set, anyPolicy nodes excepted.
        var marks = tree.levels.map { [Bool](repeating: false, count: $0.nodes.count) }
        for (depth, index) in tree.validPolicyNodeSet {
            let policy = tree.levels[depth].nodes[index].policy
            if policy != Self.anyPolicy && !accepted.contains(policy) { marks[depth][index] = true }
        }
        tree.remove(marks)
        guard !tree.isNull, tree.depth == n else { return true }

        // (g.iii.3): an anyPolicy node at depth n stands for every user policy not
        // otherwise present; replace it by one node per such policy.
        var level = tree.levels[n]
        guard let anyIndex = level.nodes.firstIndex(where: { $0.policy == Self.anyPolicy }) else { return true }
        let anyParent = level.nodes[anyIndex].parent
        let present = Set(tree.validPolicyNodeSet.map { tree.levels[$0.depth].nodes[$0.index].policy })
        var added = 0
        for policy in unique(userSet) where !present.contains(policy) {
            added += 1
            level.nodes.append(PolicyTree.Node(policy: policy, expected: level.singleton(policy), parent: anyParent))
        }
        guard tree.addNodes(added) else { return false }
        tree.replaceLevel(n, with: level)
        var removed = tree.levels.map { [Bool](repeating: false, count: $0.nodes.count) }
        removed[n][anyIndex] = true
        // (g.iii.4): prune.
        tree.remove(removed)
        return true
    }

    /// The policies the path is valid for: the valid_policy of each node of the
    /// valid_policy_node_set (RFC 5280 6.1.5 g.iii.1), that is in the trust anchor's policy
    /// domain, before any mapping; anyPolicy only when an anyPolicy node reaches the leaf's
    /// depth (every policy is valid).
    func validPolicies(of tree: PolicyTree) -> [OID] {
        var result: [OID] = []
        for (depth, index) in tree.validPolicyNodeSet {
            let policy = tree.levels[depth].nodes[index].policy
            if policy == Self.anyPolicy && depth != tree.depth { continue }
            if !result.contains(policy) { result.append(policy) }
        }
        return result
    }

    func unique(_ oids: [OID]) -> [OID] {
        var result: [OID] = []
        for oid in oids where !result.contains(oid) { result.append(oid) }
        return result
    }
}
