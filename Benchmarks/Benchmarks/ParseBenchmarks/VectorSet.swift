import BenchmarkInputs
import PureX509
import X509

/// The committed TestVectors certificates that both parsers accept (some vectors are
/// deliberately unusual: secp256k1 or brainpool keys, RSA-PSS, negative serials), so both
/// parse exactly the same set.
enum VectorSet {
    static let commonCertificates: [[UInt8]] = Inputs.testVectorCertificates.filter { der in
        (try? X509.Certificate(derEncoded: der)) != nil && (try? PureX509.Certificate(derEncoded: der)) != nil
    }
}
