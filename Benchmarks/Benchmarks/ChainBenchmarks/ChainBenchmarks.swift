import Benchmark
import BenchmarkHarness

/// Chain building: a leaf, its intermediate and a trusted root, with pools of 10, 1,000
/// and 100,000 unrelated intermediates (quick mode: 10 and 1,000), PureX509 against
/// swift-certificates' `Verifier` on the same certificates.
let benchmarks: @Sendable () -> Void = {
    Harness.configure()
    registerChainBuilding()
}
