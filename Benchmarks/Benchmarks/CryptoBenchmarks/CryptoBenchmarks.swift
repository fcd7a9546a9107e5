import Benchmark
import BenchmarkHarness

/// Crypto benchmarks: hashes and signature verification, PureX509 against swift-crypto
/// (BoringSSL) on the same messages, keys and signatures.
let benchmarks: @Sendable () -> Void = {
    Harness.configure()
    registerHashes()
    registerSignatureVerification()
}
