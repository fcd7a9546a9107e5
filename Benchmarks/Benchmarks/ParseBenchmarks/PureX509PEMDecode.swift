import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509ASN1

/// PureX509's PEM reader over the bundle file as read from disk (bytes; swift-asn1 takes a
/// String, prepared in its setup, so the peer is spared the UTF-8 validation).
func registerPureX509PEMDecode() {
    Harness.add("pem.bundle.PureX509", setup: { () throws -> ([UInt8], Int) in
        let bytes = Inputs.bundle.pem
        return (bytes, try PEMDocument(parsing: bytes).blocks.count)
    }, items: { $0.1 }) { state in
        blackHole(try PEMDocument(parsing: state.0))
    }
}
