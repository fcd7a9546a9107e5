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
    public static func leafFirstIndices(_ certificates: [Certificate]) -> [Int] {
        let count = certificates.count
        guard count > 1 else { return Array(0..<count) }
        // issuerOf[i]: candidates j (j != i) whose subject is i's issuer.
        var issuers: [[Int]] = Array(repeating: [], count: count)
        var isIssuerOfAnother = Array(repeating: false, count: count)
        for i in 0..<count where !certificates[i].isSelfIssued {
            for j in 0..<count where j != i && certificates[j].subject.matches(certificates[i].issuer) {
                issuers[i].append(j)
                isIssuerOfAnother[j] = true
            }
        }
        var used = Array(repeating: false, count: count)
        var order: [Int] = []
        for leaf in 0..<count where !isIssuerOfAnother[leaf] && !used[leaf] {
            var current = leaf
            while !used[current] {
                used[current] = true
                order.append(current)
                guard let next = bestIssuer(of: current, among: issuers[current], certificates, used: used) else { break }
                current = next
            }
        }
        // Whatever is left (a loop of cross-certificates, say) keeps its input order.
        for index in 0..<count where !used[index] { order.append(index) }
        return order
    }

    /// Among unused candidate issuers, the one whose subject key identifier equals the
    /// child's authority key identifier, else the first.
    private static func bestIssuer(of child: Int, among candidates: [Int], _ certificates: [Certificate], used: [Bool]) -> Int? {
        let open = candidates.filter { !used[$0] }
        guard open.count > 1, let wanted = certificates[child].extensions.authorityKeyIdentifier?.keyIdentifier else {
            return open.first
        }
        return open.first { certificates[$0].extensions.subjectKeyIdentifier?.keyIdentifier == wanted } ?? open.first
    }
}
