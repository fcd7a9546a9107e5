import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509

func registerPureX509CertificateParse() {
    Harness.add("parse.bundle.PureX509", setup: { Inputs.bundle.ders }, items: { $0.count }) { ders in
        for der in ders {
            blackHole(try PureX509.Certificate(derEncoded: der))
        }
    }
    if !Inputs.testVectorCertificates.isEmpty {
        Harness.add("parse.vectors.PureX509", setup: { VectorSet.commonCertificates }, items: { $0.count }) { ders in
            for der in ders {
                blackHole(try PureX509.Certificate(derEncoded: der))
            }
        }
    }
}
