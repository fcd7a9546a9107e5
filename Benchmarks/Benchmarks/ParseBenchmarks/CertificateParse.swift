import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import X509

/// Full certificate parse of every certificate in the bundle.
func registerCertificateParse() {
    Harness.add("parse.bundle.swift-certificates", setup: { Inputs.bundle.ders }, items: { $0.count }) { ders in
        for der in ders {
            blackHole(try X509.Certificate(derEncoded: der))
        }
    }
    if !Inputs.testVectorCertificates.isEmpty {
        Harness.add("parse.vectors.swift-certificates", setup: { VectorSet.commonCertificates }, items: { $0.count }) { ders in
            for der in ders {
                blackHole(try X509.Certificate(derEncoded: der))
            }
        }
    }
    registerPureX509CertificateParse()
}
