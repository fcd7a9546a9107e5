import Testing
@testable import PureX509

@Suite("Leaf-first ordering")
struct CertificateOrderingTests {
    static func certificates(_ file: String) throws -> [Certificate] {
        try KeyVectors.pemBlocks(file, label: .certificate).map { try Certificate(derEncoded: $0) }
    }

    @Test func reversedChainComesOutLeafFirst() throws {
        let chain = try Self.certificates("chain.pem")
        let reversed = try Self.certificates("chain-reversed.pem")
        #expect(reversed.first != chain.first)
        #expect(CertificateOrdering.leafFirst(reversed) == chain)
        #expect(CertificateOrdering.leafFirst(chain) == chain)
    }

    @Test func everyPermutationOfTheChain() throws {
        let chain = try Self.certificates("chain.pem")
        let permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        for permutation in permutations {
            #expect(CertificateOrdering.leafFirst(permutation.map { chain[$0] }) == chain, "\(permutation)")
        }
    }

    /// Two leaves of one intermediate: each leaf, then the shared issuers once, then the
    /// second leaf (its issuers already written).
    @Test func twoLeavesShareIssuers() throws {
        let chain = try Self.certificates("chain.pem")
        let other = try Self.certificates("ec-p256.cert.pem")
        let input = [chain[2], other[0], chain[1], chain[0]]
        let ordered = CertificateOrdering.leafFirst(input)
        #expect(ordered == [other[0], chain[1], chain[2], chain[0]])
    }

    @Test func unrelatedKeepInputOrder() throws {
        let a = try Self.certificates("ca-root.cert.pem")[0]
        let b = try Self.certificates("ec-p256.cert.pem")[0]
        // Neither issued the other: both start chains of their own, in input order.
        #expect(CertificateOrdering.leafFirst([a, b]) == [a, b])
        #expect(CertificateOrdering.leafFirst([b, a]) == [b, a])
        #expect(CertificateOrdering.leafFirst([]) == [])
    }
}
