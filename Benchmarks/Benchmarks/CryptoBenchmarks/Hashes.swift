import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import Crypto
import PureX509Crypto

/// SHA-256 and SHA-512 over a 16 KiB message (compare.sh turns ns into MB/s).
func registerHashes() {
    let batch = Inputs.quick ? 4 : 16
    Harness.add("sha256.16KiB.PureX509", batch: batch, setup: { Inputs.message16K }) { message in
        blackHole(PureX509Crypto.SHA256.hash(message))
    }
    Harness.add("sha256.16KiB.swift-crypto", batch: batch, setup: { Inputs.message16K }) { message in
        blackHole(Crypto.SHA256.hash(data: message))
    }
    Harness.add("sha512.16KiB.PureX509", batch: batch, setup: { Inputs.message16K }) { message in
        blackHole(PureX509Crypto.SHA512.hash(message))
    }
    Harness.add("sha512.16KiB.swift-crypto", batch: batch, setup: { Inputs.message16K }) { message in
        blackHole(Crypto.SHA512.hash(data: message))
    }
}
