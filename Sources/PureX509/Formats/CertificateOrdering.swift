/// Orders certificates leaf first: each chain found in the set from its end-entity up
/// through its issuers (matched by name, the authority key identifier preferred when there
/// are several candidates), chains in the order their leaves appear, then anything left in
/// input order. Nothing is added, dropped or verified: this is for writing bundles the way
/// servers expect them (RFC 8446 section 4.4.2: "The sender's certificate MUST come first").
public enum CertificateOrdering {
    /// `certificates` reordered leaf first (see the type's description).
    public static func leafFirst(_ certificates: [Certificate]) -> [Certificate] {
        leafFirstIndices(certificates).map { certificates[$0] }
    }

    /// The permutation `leafFirst` applies, as indices into `certificates`.
    ///
    /// O(n) name keys and dictionary look-ups (O(n log n) at worst): candidates are found
    /// through an index by subject (`DistinguishedName.comparisonKey`, equal exactly when
    /// `matches` holds) and by subject and key identifier, each list walked by a cursor
    /// that only moves forward past used entries. Comparing every pair of names instead
    /// took 199 s for 10,000 certificates.
    public static func leafFirstIndices(_ certificates: [Certificate]) -> [Int] {
        let count = certificates.count
        guard count > 1 else { return Array(0..<count) }
        let subjectKeys = certificates.map(\.subject.comparisonKey)
        let issuerKeys = certificates.map(\.issuer.comparisonKey)
        let selfIssued = (0..<count).map { subjectKeys[$0] == issuerKeys[$0] }
        // Candidates by subject, and by subject and subject key identifier, in input order.
        var bySubject: [[String]: CandidateList] = [:]
        var bySubjectAndKey: [SubjectAndKey: CandidateList] = [:]
        for index in 0..<count {
            CandidateList.append(index, to: &bySubject, at: subjectKeys[index])
            if let key = certificates[index].extensions.subjectKeyIdentifier?.keyIdentifier {
                CandidateList.append(index, to: &bySubjectAndKey, at: SubjectAndKey(subject: subjectKeys[index], keyIdentifier: Array(key)))
            }
        }
        // j issues another certificate when some i != j that is not self-issued names j's
        // subject as its issuer (j itself cannot: it would be self-issued).
        var issuedNames = Set<[String]>()
        for index in 0..<count where !selfIssued[index] { issuedNames.insert(issuerKeys[index]) }
        var used = Array(repeating: false, count: count)
        var order: [Int] = []
        for leaf in 0..<count where !issuedNames.contains(subjectKeys[leaf]) && !used[leaf] {
            var current = leaf
            while !used[current] {
                used[current] = true
                order.append(current)
                guard !selfIssued[current] else { break }
                // Among unused candidate issuers, the one whose subject key identifier is
                // the child's authority key identifier, else the first (in input order).
                var next: Int?
                if let wanted = certificates[current].extensions.authorityKeyIdentifier?.keyIdentifier {
                    next = bySubjectAndKey[SubjectAndKey(subject: issuerKeys[current], keyIdentifier: Array(wanted))]?.firstUnused(used)
                }
                if next == nil { next = bySubject[issuerKeys[current]]?.firstUnused(used) }
                guard let next else { break }
                current = next
            }
        }
        // Whatever is left (a loop of cross-certificates, say) keeps its input order.
        for index in 0..<count where !used[index] { order.append(index) }
        return order
    }

    /// A subject name key and a subject key identifier.
    private struct SubjectAndKey: Hashable {
        let subject: [String]
        let keyIdentifier: [UInt8]
    }

    /// Candidate indices in input order, with a cursor past the used ones at the front.
    /// Entries only ever become used, so each list is walked once in all.
    private final class CandidateList {
        var indices: [Int] = []
        var cursor = 0

        /// Appends `index` to the list at `key`, making the list when there is none.
        static func append<Key: Hashable>(_ index: Int, to lists: inout [Key: CandidateList], at key: Key) {
            if let list = lists[key] {
                list.indices.append(index)
            } else {
                let list = CandidateList()
                list.indices.append(index)
                lists[key] = list
            }
        }

        func firstUnused(_ used: [Bool]) -> Int? {
            while cursor < indices.count && used[indices[cursor]] { cursor += 1 }
            return cursor < indices.count ? indices[cursor] : nil
        }
    }
}
