import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import Crypto
import _CryptoExtras

/// Signature verification, swift-crypto side; the PureX509 side is in PureX509RSA.swift,
/// PureX509ECDSA.swift and PureX509Ed25519.swift, on the same fixtures.
func registerSignatureVerification() {
    let batch = Inputs.quick ? 2 : 8
    let message = SignatureFixtures.message
    // Fixtures are reached through closures so that keys are made only when a benchmark
    // that needs them runs, not at registration.
    for (name, fixture) in SignatureFixtures.rsaCases {
        Harness.add("verify.\(name).swift-crypto", batch: batch, setup: { try fixture().get() }) { f in
            let signature = _RSA.Signing.RSASignature(rawRepresentation: f.signature)
            guard f.key.isValidSignature(signature, for: SHA256.hash(data: message), padding: f.padding) else {
                throw BenchmarkSetupError("RSA signature rejected")
            }
        }
    }
    Harness.add("verify.p256.swift-crypto", batch: batch, setup: { SignatureFixtures.p256 }) { f in
        let signature = try P256.Signing.ECDSASignature(derRepresentation: f.signature)
        guard f.key.isValidSignature(signature, for: SHA256.hash(data: message)) else {
            throw BenchmarkSetupError("P-256 signature rejected")
        }
    }
    Harness.add("verify.p384.swift-crypto", batch: batch, setup: { SignatureFixtures.p384 }) { f in
        let signature = try P384.Signing.ECDSASignature(derRepresentation: f.signature)
        guard f.key.isValidSignature(signature, for: SHA384.hash(data: message)) else {
            throw BenchmarkSetupError("P-384 signature rejected")
        }
    }
    Harness.add("verify.p521.swift-crypto", batch: batch, setup: { SignatureFixtures.p521 }) { f in
        let signature = try P521.Signing.ECDSASignature(derRepresentation: f.signature)
        guard f.key.isValidSignature(signature, for: SHA512.hash(data: message)) else {
            throw BenchmarkSetupError("P-521 signature rejected")
        }
    }
    Harness.add("verify.ed25519.swift-crypto", batch: batch, setup: { SignatureFixtures.ed25519 }) { f in
        guard f.key.isValidSignature(f.signature, for: message) else {
            throw BenchmarkSetupError("Ed25519 signature rejected")
        }
    }
    registerPureX509RSA()
    registerPureX509ECDSA()
    registerPureX509Ed25519()
}
