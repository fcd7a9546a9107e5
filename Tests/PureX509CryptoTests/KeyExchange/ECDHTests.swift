import PureX509Crypto
import Testing

/// ECDH (SEC1 3.3.1): RFC 5903 section 8.1 (256-bit random ECP group), the constant-time
/// ladder against the variable-time wNAF of key derivation for many scalars on every curve,
/// and peer keys that must be refused. More answers from OpenSSL are in
/// OpenSSLAEADVectorTests (TestVectors/crypto/aead/vectors.txt).
@Suite("ECDH (P-256, P-384, P-521)")
struct ECDHTests {
    private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
    private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

    let initiator = "c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433"
    let initiatorPublic = "04dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180"
        + "5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3"
    let responder = "c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53"
    let responderPublic = "04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63"
        + "56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab"
    let shared = "d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de"

    @Test("RFC 5903 8.1: both sides")
    func rfc5903() throws {
        let i = try ECDH.PrivateKey(curve: .p256, rawRepresentation: bytes(initiator))
        let r = try ECDH.PrivateKey(curve: .p256, rawRepresentation: bytes(responder))
        #expect(hex(i.publicKeyX963) == initiatorPublic)
        #expect(hex(r.publicKeyX963) == responderPublic)
        #expect(try hex(i.sharedSecret(withX963: r.publicKeyX963)) == shared)
        #expect(try hex(r.sharedSecret(withX963: i.publicKeyX963)) == shared)
    }

    @Test("the ladder agrees with the wNAF key derivation", arguments: ECCurve.allCases)
    func agreesWithDerivation(_ curve: ECCurve) throws {
        for _ in 0..<3 {
            let key = try ECDH.PrivateKey(curve: curve)
            #expect(key.publicKeyX963 == (try curve.publicKeyX963(fromPrivateScalar: key.rawRepresentation)))
        }
        let a = try ECDH.PrivateKey(curve: curve)
        let b = try ECDH.PrivateKey(curve: curve)
        #expect(try a.sharedSecret(withX963: b.publicKeyX963) == b.sharedSecret(withX963: a.publicKeyX963))
        #expect(try a.sharedSecret(withX963: b.publicKeyX963).count == curve.byteCount)
    }

    @Test("scalars outside [1, n-1] and wrong lengths are refused")
    func scalars() {
        let n = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"
        #expect(throws: ECKeyError.privateScalarOutOfRange) {
            try ECDH.PrivateKey(curve: .p256, rawRepresentation: [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: ECKeyError.privateScalarOutOfRange) { try ECDH.PrivateKey(curve: .p256, rawRepresentation: bytes(n)) }
        #expect(throws: ECKeyError.invalidLength(expected: 32, actual: 31)) {
            try ECDH.PrivateKey(curve: .p256, rawRepresentation: [UInt8](repeating: 1, count: 31))
        }
    }

    @Test("invalid peer keys are refused")
    func peerKeys() throws {
        let key = try ECDH.PrivateKey(curve: .p256, rawRepresentation: bytes(initiator))
        var offCurve = bytes(responderPublic)
        offCurve[64] ^= 0x01
        #expect(throws: ECKeyError.notOnCurve) { try key.sharedSecret(withX963: offCurve) }
        let compressed = [0x03] + Array(bytes(responderPublic)[1...32])
        #expect(throws: ECKeyError.unsupportedPointFormat(firstByte: 0x03)) { try key.sharedSecret(withX963: compressed) }
        #expect(throws: ECKeyError.unsupportedPointFormat(firstByte: 0x00)) { try key.sharedSecret(withX963: [0x00]) }
        #expect(throws: ECKeyError.invalidLength(expected: 65, actual: 64)) {
            try key.sharedSecret(withX963: Array(bytes(responderPublic).dropLast()))
        }
        #expect(throws: ECKeyError.invalidLength(expected: 65, actual: 0)) { try key.sharedSecret(withX963: []) }
        // A P-384 point offered to a P-256 key.
        let p384 = try ECDH.PrivateKey(curve: .p384)
        #expect(throws: ECKeyError.invalidLength(expected: 65, actual: 97)) { try key.sharedSecret(withX963: p384.publicKeyX963) }
    }
}
