import Benchmark
import BenchmarkHarness
import BenchmarkInputs
import PureX509Crypto

/// PureX509 ECDSA verify on swift-crypto's keys and DER signatures; the message is hashed
/// inside the timed region (swift-crypto's `isValidSignature(_:for:)` hashes too).
func registerPureX509ECDSA() {
    let batch = Inputs.quick ? 2 : 8
    let message = SignatureFixtures.message
    // (key x963, DER signature) made on first use.
    let cases: [(String, ECCurve, HashAlgorithm, @Sendable () -> ([UInt8], [UInt8]))] = [
        ("p256", .p256, .sha256, { (SignatureFixtures.p256.x963, SignatureFixtures.p256.signature) }),
        ("p384", .p384, .sha384, { (SignatureFixtures.p384.x963, SignatureFixtures.p384.signature) }),
        ("p521", .p521, .sha512, { (SignatureFixtures.p521.x963, SignatureFixtures.p521.signature) }),
    ]
    for (name, curve, hash, fixture) in cases {
        Harness.add("verify.\(name).PureX509", batch: batch, setup: { () throws -> (ECDSAPublicKey, [UInt8]) in
            let (x963, signature) = fixture()
            return (try ECDSAPublicKey(curve: curve, x963Representation: x963), signature)
        }) { state in
            let (key, signature) = state
            guard key.isValidSignature(derSignature: signature[...], digest: hash.hash(message)[...]) else {
                throw BenchmarkSetupError("PureX509 rejects swift-crypto's \(name) signature")
            }
        }
    }
}
