import Benchmark
import BenchmarkHarness
import BenchmarkInputs

/// Parse benchmarks: the system CA bundle (or the committed vectors), PureX509 against
/// swift-certificates and swift-asn1 on the same bytes. Figures are per certificate.
let benchmarks: @Sendable () -> Void = {
    Harness.configure()
    registerDERWalk()
    registerCertificateParse()
    registerPEMDecode()
}
