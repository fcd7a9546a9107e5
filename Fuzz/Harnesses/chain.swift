// Chain building and path validation with fuzzed pools: up to 8 certificates (each a
// length-prefixed DER chunk, or a mutation of one), the first the leaf, flagged ones trust
// anchors, the rest intermediates, and a fuzzed peer name. Never a trap, never a hang (the
// budget bounds the search); the invariants: signature checks and candidates stay within
// the budget, a valid path starts at the leaf and ends at a trust anchor, every recorded
// attempt starts at the leaf.
import PureX509
import PureX509Crypto

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChain(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let count = Int(input.byte() % 8) + 1
    let anchorMask = input.byte()
    let host = String(decoding: input.chunk(maximum: 64), as: UTF8.self)
    var certificates: [(Certificate, Bool)] = []
    for index in 0..<count {
        let der = input.chunk(maximum: 4096)
        if let certificate = try? Certificate(derEncoded: der) {
            certificates.append((certificate, anchorMask & (1 << index) != 0))
        }
    }
    guard let leaf = certificates.first?.0 else { return 0 }
    let anchors = certificates.filter(\.1).map(\.0)
    let intermediates = certificates.dropFirst().filter { !$0.1 }.map(\.0)
    var policy = VerificationPolicy(time: 1_800_000_000, peerNames: host.isEmpty ? [] : [.dns(host)])
    policy.budget = VerificationBudget(signatureChecks: 20, candidates: 100, nameConstraintComparisons: 10_000, recordedAttempts: 16)
    let verifier = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy)
    let result = verifier.verify(leaf, intermediates: intermediates)
    fuzzCheck(result.signatureChecks <= 20, "signature checks \(result.signatureChecks) over budget")
    fuzzCheck(result.attempts.count <= 16, "attempts recorded over budget")
    if let path = result.path {
        fuzzCheck(path.first == leaf, "path does not start at the leaf")
        fuzzCheck(path.last.map { anchors.contains($0) } ?? false, "path does not end at a trust anchor")
    }
    for attempt in result.attempts {
        fuzzCheck(attempt.certificates.first == leaf, "attempt does not start at the leaf")
        _ = attempt.description
    }
    _ = result.primaryFailure?.description
    return 0
}
