import Benchmark
import Foundation
import BenchmarkHarness
import BenchmarkInputs
import PureX509

/// PureX509 path building and validation on the same fixture as swift-certificates'
/// Verifier: the trust store and the pool are indexed in setup; the timed region is one
/// `verify` (path search, signatures, RFC 5280 checks).
func registerPureX509ChainBuilding() {
    for size in ChainFixture.poolSizes {
        let batch = Inputs.quick ? 1 : 4
        Harness.add("chain.pool\(size).PureX509", batch: batch, setup: { () throws -> (ChainVerifier, PureX509.Certificate, CertificatePool) in
            let fixture = ChainFixture.shared
            let root = try PureX509.Certificate(derEncoded: fixture.rootDER)
            let intermediates = try ([fixture.intermediateDER] + fixture.poolDER.prefix(size)).map {
                try PureX509.Certificate(derEncoded: $0)
            }
            let verifier = ChainVerifier(
                trustStore: TrustStore(certificates: [root]),
                policy: VerificationPolicy(time: Int64(ChainFixture.validationTime.timeIntervalSince1970)))
            return (verifier, try PureX509.Certificate(derEncoded: fixture.leafDER), CertificatePool(intermediates))
        }) { state in
            let result = state.0.verify(state.1, intermediates: state.2)
            guard result.path?.count == 3 else {
                throw BenchmarkSetupError("PureX509 did not find the 3-certificate chain: \(String(describing: result.primaryFailure))")
            }
        }
    }
}
