import PureX509ASN1

/// The valid_policy_tree of RFC 5280 6.1.2 (a), stored as levels: level `d` holds the nodes
/// of depth `d` (level 0 is the root, anyPolicy), each with the index of its parent in the
/// level above. The qualifier_set of a node is not kept (this library processes no
/// qualifiers, RFC 5280 4.2.1.4).
///
/// A node's expected_policy_set is an index into its level's `expectedSets`, so the nodes a
/// policy mapping touches share one set, and looking up the nodes that expect a policy
/// costs the number of distinct sets rather than nodes times set sizes.
///
/// The tree is bounded: policy mappings can make it grow exponentially with the path
/// length (CVE-2023-0464); adding a node beyond `nodeLimit` fails, and the caller fails
/// the path closed.
struct PolicyTree {
    /// One node of the tree.
    struct Node {
        /// valid_policy.
        var policy: OID
        /// expected_policy_set, as an index into the level's `expectedSets`.
        var expected: Int
        /// The parent's index in the level above (-1 for the root).
        var parent: Int
    }

    /// The nodes of one depth and their expected_policy_sets.
    struct Level {
        var nodes: [Node] = []
        var expectedSets: [[OID]] = []
        /// The index in `expectedSets` of the set holding only the key (so the nodes that
        /// expect just their own policy share one set).
        var singletons: [OID: Int] = [:]

        /// The index of the expected_policy_set {policy}.
        mutating func singleton(_ policy: OID) -> Int {
            if let found = singletons[policy] { return found }
            expectedSets.append([policy])
            singletons[policy] = expectedSets.count - 1
            return expectedSets.count - 1
        }

        /// The expected_policy_set of `node`.
        func expected(of node: Node) -> [OID] {
            expectedSets.indices.contains(node.expected) ? expectedSets[node.expected] : []
        }
    }

    /// The levels; empty when the tree is NULL.
    private(set) var levels: [Level]
    /// Nodes added so far (the root included), deleted ones included.
    private(set) var nodesAdded = 1
    /// The most nodes the tree may ever add.
    let nodeLimit: Int

    /// The initial tree of RFC 5280 6.1.2 (a): one node, anyPolicy, expecting anyPolicy.
    init(nodeLimit: Int) {
        var root = Level()
        root.nodes = [Node(policy: CertificatePolicies.anyPolicy, expected: root.singleton(CertificatePolicies.anyPolicy), parent: -1)]
        levels = [root]
        self.nodeLimit = nodeLimit
    }

    /// True when the tree is NULL (RFC 5280 6.1.3 d.3, e).
    var isNull: Bool { levels.isEmpty }

    /// The deepest depth (the number of levels below the root).
    var depth: Int { levels.count - 1 }

    /// Makes the tree NULL (RFC 5280 6.1.3 e).
    mutating func clear() { levels = [] }

    /// Appends `level` as the new deepest level; false (and the tree unchanged) when it
    /// would take the tree past `nodeLimit`.
    mutating func append(_ level: Level) -> Bool {
        guard !isNull, addNodes(level.nodes.count) else { return false }
        levels.append(level)
        return true
    }

    /// Counts `count` new nodes against the limit; false when it is exceeded.
    mutating func addNodes(_ count: Int) -> Bool {
        let (total, overflow) = nodesAdded.addingReportingOverflow(count)
        guard !overflow, total <= nodeLimit else { return false }
        nodesAdded = total
        return true
    }

    /// Replaces the level at `depth` (same nodes, new expected sets, or extra nodes
    /// already counted with `addNodes`).
    mutating func replaceLevel(_ depth: Int, with level: Level) {
        guard levels.indices.contains(depth) else { return }
        levels[depth] = level
    }

    /// Deletes the nodes marked in `removed` (one array of flags per level) with all
    /// their descendants, then every node above the deepest level that is left without
    /// children, repeatedly (RFC 5280 6.1.3 d.3, 6.1.4 b.2, 6.1.5 g.iii). When the root
    /// goes, the tree becomes NULL.
    mutating func remove(_ removed: [[Bool]]) {
        guard !isNull else { return }
        var marks = levels.indices.map { depth in
            levels[depth].nodes.indices.map { removed.indices.contains(depth) && removed[depth].indices.contains($0) && removed[depth][$0] }
        }
        // Descendants of deleted nodes go with them.
        for depth in levels.indices.dropFirst() {
            for (index, node) in levels[depth].nodes.enumerated() where marks[depth - 1].indices.contains(node.parent) && marks[depth - 1][node.parent] {
                marks[depth][index] = true
            }
        }
        // Nodes above the deepest level without a remaining child.
        for depth in levels.indices.reversed().dropFirst() {
            var hasChild = [Bool](repeating: false, count: levels[depth].nodes.count)
            for (index, node) in levels[depth + 1].nodes.enumerated() where !marks[depth + 1][index] && hasChild.indices.contains(node.parent) {
                hasChild[node.parent] = true
            }
            for index in hasChild.indices where !hasChild[index] { marks[depth][index] = true }
        }
        if marks[0].allSatisfy({ $0 }) {
            levels = []
            return
        }
        // Compact every level, renumbering the parents of the level below.
        var renumbered: [Int] = []
        for depth in levels.indices {
            var kept: [Node] = []
            var newIndex = [Int](repeating: -1, count: levels[depth].nodes.count)
            for (index, node) in levels[depth].nodes.enumerated() where !marks[depth][index] {
                var moved = node
                if depth > 0 { moved.parent = renumbered.indices.contains(node.parent) ? renumbered[node.parent] : -1 }
                newIndex[index] = kept.count
                kept.append(moved)
            }
            levels[depth].nodes = kept
            renumbered = newIndex
        }
    }

    /// The valid_policy_node_set of RFC 5280 6.1.5 (g.iii.1): the nodes whose parent's
    /// valid_policy is anyPolicy, as (depth, index) pairs in tree order.
    var validPolicyNodeSet: [(depth: Int, index: Int)] {
        var result: [(depth: Int, index: Int)] = []
        for depth in levels.indices.dropFirst() {
            let above = levels[depth - 1].nodes
            for (index, node) in levels[depth].nodes.enumerated()
            where above.indices.contains(node.parent) && above[node.parent].policy == CertificatePolicies.anyPolicy {
                result.append((depth, index))
            }
        }
        return result
    }
}
