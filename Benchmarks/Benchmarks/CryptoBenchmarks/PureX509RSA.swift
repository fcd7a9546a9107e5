import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509Crypto

/// PureX509 RSA verify on swift-crypto's keys and signatures. The key is parsed once in
/// setup (as swift-crypto's is); hashing the message is inside the timed region for both.
func registerPureX509RSA() {
    let batch = Inputs.quick ? 2 : 8
    let message = SignatureFixtures.message
    for (name, fixture) in SignatureFixtures.rsaCases {
        let pss = name.hasSuffix("-pss")
        Harness.add("verify.\(name).PureX509", batch: batch, setup: { () throws -> (RSAPublicKey, [UInt8]) in
            let f = try fixture().get()
            return (try RSAPublicKey(pkcs1DER: f.pkcs1), f.signature)
        }) { state in
            let (key, signature) = state
            let valid = pss
                ? key.isValidPSSSignature(signature, message: message, parameters: RSAPSSParameters(hash: .sha256))
                : key.isValidPKCS1v15Signature(signature, message: message, hash: .sha256)
            guard valid else { throw BenchmarkSetupError("PureX509 rejects swift-crypto's \(name) signature") }
        }
    }
}
