import Benchmark
import BenchmarkHarness
import BenchmarkInputs
@_spi(FixedExpiryValidationTime) import X509

/// swift-certificates' `Verifier` (RFC 5280 policy at a fixed time) on the fixture; the
/// stores are built in setup, as PureX509's indexes are.
func registerChainBuilding() {
    for size in ChainFixture.poolSizes {
        let batch = Inputs.quick ? 1 : 4
        Harness.addAsync("chain.pool\(size).swift-certificates", batch: batch, setup: {
            try makeSwiftCertificatesValidation(poolSize: size)
        }) { (validate: ChainValidation) in
            guard await validate() == 3 else {
                throw BenchmarkSetupError("swift-certificates did not find the 3-certificate chain")
            }
        }
    }
    registerPureX509ChainBuilding()
}

/// One chain validation; returns the length of the valid chain found, or 0.
typealias ChainValidation = () async -> Int

/// A validation of the fixture's leaf with `poolSize` unrelated intermediates beside its
/// own, the verifier and stores built here (outside the timed region).
func makeSwiftCertificatesValidation(poolSize: Int) throws -> ChainValidation {
    let fixture = ChainFixture.shared
    let roots = CertificateStore([fixture.root])
    let intermediates = CertificateStore([fixture.intermediate] + fixture.pool.prefix(poolSize))
    let leaf = fixture.leaf
    let verifier = Verifier(rootCertificates: roots) {
        RFC5280Policy(fixedExpiryValidationTime: ChainFixture.validationTime)
    }
    return {
        var copy = verifier
        switch await copy.validate(leaf: leaf, intermediates: intermediates) {
        case .validCertificate(let chain): return chain.count
        case .couldNotValidate: return 0
        }
    }
}
