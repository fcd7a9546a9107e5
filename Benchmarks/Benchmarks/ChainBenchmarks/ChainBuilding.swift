import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import X509

/// swift-certificates' `Verifier` (RFC 5280 policy at a fixed time) on the fixture; the
/// stores are built in setup, as PureX509's indexes are.
func registerChainBuilding() {
    for size in ChainFixture.poolSizes {
        let batch = Inputs.quick ? 1 : 4
        Harness.addAsync("chain.pool\(size).swift-certificates", batch: batch, setup: { () throws -> (Verifier<RFC5280Policy>, Certificate, CertificateStore) in
            let fixture = ChainFixture.shared
            let verifier = Verifier(rootCertificates: CertificateStore([fixture.root])) {
                RFC5280Policy(validationTime: ChainFixture.validationTime)
            }
            let intermediates = CertificateStore([fixture.intermediate] + fixture.pool.prefix(size))
            return (verifier, fixture.leaf, intermediates)
        }) { state in
            var verifier = state.0
            guard case .validCertificate(let chain) = await verifier.validate(leaf: state.1, intermediates: state.2),
                  chain.count == 3 else {
                throw BenchmarkSetupError("swift-certificates did not find the 3-certificate chain")
            }
        }
    }
    registerPureX509ChainBuilding()
}
