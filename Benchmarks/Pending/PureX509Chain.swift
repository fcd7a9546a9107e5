// Target: Benchmarks/ChainBenchmarks. Replaces `registerPureX509ChainBuilding()` in PendingChain.swift.
// Expected API (not written yet; adjust to what lands): a trust store and an untrusted
// pool indexed once, and a path builder that returns the valid path.
//   TrustStore(certificates:), CertificatePool(certificates:),
//   PathBuilder(trustStore:).buildPath(leaf:pool:at:) -> PathResult with .path
import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509

func registerPureX509ChainBuilding() {
    for size in ChainFixture.poolSizes {
        let batch = Inputs.quick ? 1 : 4
        Harness.add("chain.pool\(size).PureX509", batch: batch, setup: { () throws -> (PathBuilder, PureX509.Certificate, CertificatePool) in
            let fixture = ChainFixture.shared
            let root = try PureX509.Certificate(derEncoded: fixture.rootDER)
            let intermediates = try ([fixture.intermediateDER] + fixture.poolDER.prefix(size)).map {
                try PureX509.Certificate(derEncoded: $0)
            }
            let builder = PathBuilder(trustStore: TrustStore(certificates: [root]))
            return (builder, try PureX509.Certificate(derEncoded: fixture.leafDER), CertificatePool(certificates: intermediates))
        }) { state in
            let result = state.0.buildPath(leaf: state.1, pool: state.2, at: ASN1Time(secondsSince1970: 1_795_348_800))
            guard result.path?.count == 3 else {
                throw BenchmarkSetupError("PureX509 did not find the 3-certificate chain")
            }
        }
    }
}
