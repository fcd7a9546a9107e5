import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import SwiftASN1

/// PEM decode of the whole bundle file: every block found and its base64 decoded.
func registerPEMDecode() {
    Harness.add("pem.bundle.swift-asn1", setup: { () throws -> (String, Int) in
        guard let text = String(validating: Inputs.bundle.pem, as: UTF8.self) else {
            throw BenchmarkSetupError("bundle is not UTF-8")
        }
        let count = try PEMDocument.parseMultiple(pemString: text).count
        return (text, count)
    }, items: { $0.1 }) { state in
        blackHole(try PEMDocument.parseMultiple(pemString: state.0))
    }
    registerPureX509PEMDecode()
}
