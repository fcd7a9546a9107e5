import Testing
@testable import PureX509Crypto

/// Known-answer tests for `ECCurve.publicKeyX963(fromPrivateScalar:)`.
///
/// Generated with python `cryptography` 48.0.0:
/// ```
/// from cryptography.hazmat.primitives.asymmetric import ec
/// from cryptography.hazmat.primitives import serialization as s
/// k = ec.derive_private_key(d, ec.SECP256R1())  # SECP384R1(), SECP521R1()
/// k.public_key().public_bytes(s.Encoding.X962, s.PublicFormat.UncompressedPoint).hex()
/// ```
/// for d = 1, 2, n-1 and int.from_bytes(sha512(curve name) * 2, 'big') mod n.
@Suite("EC: public key from private scalar")
struct ECKeyDerivationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let curve: ECCurve
        let scalar: String
        let publicKey: String
        var testDescription: String { "\(curve) d=\(scalar.prefix(8))…\(scalar.suffix(4))" }
    }

    static let cases: [Case] = [
        Case(curve: .p256, scalar: "0000000000000000000000000000000000000000000000000000000000000001",
             publicKey: "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"),
        Case(curve: .p256, scalar: "0000000000000000000000000000000000000000000000000000000000000002",
             publicKey: "047cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc4766997807775510db8ed040293d9ac69f7430dbba7dade63ce982299e04b79d227873d1"),
        Case(curve: .p256, scalar: "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550",
             publicKey: "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a"),
        Case(curve: .p256, scalar: "ff8eb8555284daa950887425d1855f0c8ed40c92f98d349f285b722ad32ba0e8",
             publicKey: "043f26634d53975dd0ef7c52ae05765aa148243870b245eb435a10fafe4f3e58c8a88b5087568fb6aefed192e22203d6bc75a20613cd9593e1ec5b26589329a1d1"),
        Case(curve: .p384, scalar: "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
             publicKey: "04aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab73617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f"),
        Case(curve: .p384, scalar: "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002",
             publicKey: "0408d999057ba3d2d969260045c55b97f089025959a6f434d651d207d19fb96e9e4fe0e86ebe0e64f85b96a9c75295df618e80f1fa5b1b3cedb7bfe8dffd6dba74b275d875bc6cc43e904e505f256ab4255ffd43e94d39e22d61501e700a940e80"),
        Case(curve: .p384, scalar: "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52972",
             publicKey: "04aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7c9e821b569d9d390a26167406d6d23d6070be242d765eb831625ceec4a0f473ef59f4e30e2817e6285bce2846f15f1a0"),
        Case(curve: .p384, scalar: "2722a45477f3f4335ac451e1363e47b7c4f11df942ff830f88e70ebc9aaf449779c7b48584b30f9ca0e449c91b54d1ae",
             publicKey: "04f91215f87db5992d8dd7e714944576395700ea43847e3b6af07725ee0aaedb063357c419b9cfab3fda1e88aefd70ab7b7402ac9651cb82c6d706e33aeb72e09bfe217d6e122c6adcceb747ba66e43d83b86ac17ad09c93256704ef02f269de4b"),
        Case(curve: .p521, scalar: "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
             publicKey: "0400c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650"),
        Case(curve: .p521, scalar: "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002",
             publicKey: "0400433c219024277e7e682fcb288148c282747403279b1ccc06352c6e5505d769be97b3b204da6ef55507aa104a3a35c5af41cf2fa364d60fd967f43e3933ba6d783d00f4bb8cc7f86db26700a7f3eceeeed3f0b5c6b5107c4da97740ab21a29906c42dbbb3e377de9f251f6b93937fa99a3248f4eafcbe95edc0f4f71be356d661f41b02"),
        Case(curve: .p521, scalar: "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386408",
             publicKey: "0400c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd6600e7c6d6958765c43ffba375a04bd382e426670abbb6a864bb97e85042e8d8c199d368118d66a10bd9bf3aaf46fec052f89ecac38f795d8d3dbf77416b89602e99af"),
        Case(curve: .p521, scalar: "0113cc1822c9f332feed278d3cb1c2b8fd4e325155e7a05b05a387fa526171335baefaa1a965635f3d95783cecb59831dda4c9695f27aa660dec1ade26c2400dc7f0",
             publicKey: "04008b3dfb1c14d9d72fcd2380cf8d5ad74d9b5da4a4d77863722dd7cc6dc55ec4eefa4d0a35ef47345de199fa56b004903b9007e29bf4d957eeca470024ee6995b0600006bab8d57aeb88252ba716ceda0120ffd0e3e7d073b6d6997bc1bf7101e50b7b38420984bea555295a9c1a5dcceb0e65ebfe9efb4c902243df6853c2bf763cfe6c"),
    ]

    @Test("derived public point matches the known answer", arguments: cases)
    func derive(_ c: Case) throws {
        let derived = try c.curve.publicKeyX963(fromPrivateScalar: CurveTestSupport.bytes(c.scalar))
        #expect(CurveTestSupport.hex(derived) == c.publicKey)
        // The derived key is a valid public key and equals the one parsed from the answer.
        let parsed = try ECDSAPublicKey(curve: c.curve, x963Representation: CurveTestSupport.bytes(c.publicKey))
        #expect(try ECDSAPublicKey(curve: c.curve, x963Representation: derived) == parsed)
    }

    @Test("leading zeros of a short scalar are optional")
    func shortScalar() throws {
        #expect(try ECCurve.p256.publicKeyX963(fromPrivateScalar: [0x02])
            == ECCurve.p256.publicKeyX963(fromPrivateScalar: [UInt8](repeating: 0, count: 31) + [0x02]))
    }

    struct BadScalar: Sendable, CustomTestStringConvertible {
        let name: String
        let curve: ECCurve
        let scalar: String
        let error: ECKeyError
        var testDescription: String { name }
    }

    static let badScalars: [BadScalar] = [
        BadScalar(name: "zero", curve: .p256, scalar: "00", error: .privateScalarOutOfRange),
        BadScalar(name: "empty", curve: .p384, scalar: "", error: .privateScalarOutOfRange),
        BadScalar(name: "n (P-256)", curve: .p256,
                  scalar: "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", error: .privateScalarOutOfRange),
        BadScalar(name: "2^256 - 1 (P-256)", curve: .p256,
                  scalar: String(repeating: "ff", count: 32), error: .privateScalarOutOfRange),
        BadScalar(name: "n (P-521)", curve: .p521,
                  scalar: "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409",
                  error: .privateScalarOutOfRange),
        BadScalar(name: "33 bytes (P-256)", curve: .p256, scalar: "00" + String(repeating: "11", count: 32),
                  error: .invalidLength(expected: 32, actual: 33)),
    ]

    @Test("out-of-range scalars are rejected", arguments: badScalars)
    func rejects(_ c: BadScalar) {
        #expect(throws: c.error) {
            try c.curve.publicKeyX963(fromPrivateScalar: CurveTestSupport.bytes(c.scalar))
        }
    }
}
