// A program importing PureX509 beside swift-crypto (`Crypto`) and swift-certificates
// (`X509`). `SHA256` is written unqualified: it compiles only while PureX509 does not
// re-export PureX509Crypto, whose `SHA256` would make the name ambiguous. `Certificate` is
// in both X509 and PureX509, so it is always written with its module.
import Crypto
import Foundation
import PureX509
import X509

let path = CommandLine.arguments.dropFirst().first ?? "../../TestVectors/certs/leaf-p256.der"
guard let data = FileManager.default.contents(atPath: path) else {
    print("sidebyside: cannot read \(path)")
    exit(2)
}
let der = [UInt8](data)

do {
    let ours: PureX509.Certificate = try PureX509.Certificate(derEncoded: der)
    let theirs: X509.Certificate = X509.Certificate(derEncoded: ours.derEncoded)
    // swift-crypto's SHA256 (unqualified, in a type position and as an initialiser: with two
    // `SHA256`s in scope both are ambiguous) over the bytes the other library holds, against
    // PureX509's own SHA-256 fingerprint of the same certificate.
    let algorithm: SHA256.Type = SHA256.self
    var hasher = SHA256()
    hasher.update(data: theirs.derBytes)
    let digest = hasher.finalize()
    guard digest == algorithm.hash(data: theirs.derBytes), digest.bytes == ours.fingerprint() else {
        print("sidebyside: FAIL: the two SHA-256 digests differ")
        exit(1)
    }
    print("ok    \(ours.subject.rfc4514String): SHA-256 \(ours.fingerprintHex()) from both libraries")
} catch {
    print("sidebyside: FAIL: \(error)")
    exit(1)
}
