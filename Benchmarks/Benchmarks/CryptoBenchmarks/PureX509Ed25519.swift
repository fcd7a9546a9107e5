import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509Crypto

/// PureX509 Ed25519 verify on swift-crypto's key and signature.
func registerPureX509Ed25519() {
    let batch = Inputs.quick ? 2 : 8
    let message = SignatureFixtures.message
    Harness.add("verify.ed25519.PureX509", batch: batch, setup: { () throws -> (Ed25519PublicKey, [UInt8]) in
        let fixture = SignatureFixtures.ed25519
        return (try Ed25519PublicKey(rawRepresentation: fixture.raw), fixture.signature)
    }) { state in
        let (key, signature) = state
        guard key.isValidSignature(signature[...], message: message[...]) else {
            throw BenchmarkSetupError("PureX509 rejects swift-crypto's Ed25519 signature")
        }
    }
}
