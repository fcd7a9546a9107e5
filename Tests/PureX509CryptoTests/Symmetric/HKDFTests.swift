import PureX509Crypto
import Testing

/// HKDF known answers. SHA-256: RFC 5869 appendix A.1-A.3 (PRK and OKM). SHA-384: the same
/// inputs run through OpenSSL 3.0, which the RFC has no vectors for:
/// `openssl kdf -keylen L -kdfopt digest:SHA384 -kdfopt hexkey:IKM -kdfopt hexsalt:SALT
/// -kdfopt hexinfo:INFO HKDF` (and `-kdfopt mode:EXTRACT_ONLY` with `-keylen 48` for PRK).
struct HKDFVector: Sendable, CustomTestStringConvertible {
    let name: String
    let algorithm: HashAlgorithm
    let ikm: String
    let salt: String
    let info: String
    let prk: String
    let okm: String
    var testDescription: String { "\(name) \(algorithm.name)" }
}

private let a1 = (ikm: String(repeating: "0b", count: 22), salt: "000102030405060708090a0b0c", info: "f0f1f2f3f4f5f6f7f8f9")
private let a2 = (
    ikm: SymmetricTestSupport.hex(0x00...0x4F as ClosedRange<UInt8>),
    salt: SymmetricTestSupport.hex(0x60...0xAF as ClosedRange<UInt8>),
    info: SymmetricTestSupport.hex(0xB0...0xFF as ClosedRange<UInt8>))

private let hkdfVectors: [HKDFVector] = [
    HKDFVector(
        name: "RFC 5869 A.1", algorithm: .sha256, ikm: a1.ikm, salt: a1.salt, info: a1.info,
        prk: "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
        okm: "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"),
    HKDFVector(
        name: "RFC 5869 A.2", algorithm: .sha256, ikm: a2.ikm, salt: a2.salt, info: a2.info,
        prk: "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
        okm: "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09"
            + "da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87"),
    HKDFVector(
        name: "RFC 5869 A.3", algorithm: .sha256, ikm: a1.ikm, salt: "", info: "",
        prk: "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
        okm: "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"),
    HKDFVector(
        name: "A.1 inputs (OpenSSL)", algorithm: .sha384, ikm: a1.ikm, salt: a1.salt, info: a1.info,
        prk: "704b39990779ce1dc548052c7dc39f303570dd13fb39f7acc564680bef80e8dec70ee9a7e1f3e293ef68eceb072a5ade",
        okm: "9b5097a86038b805309076a44b3a9f38063e25b516dcbf369f394cfab43685f748b6457763e4f0204fc5"),
    HKDFVector(
        name: "A.2 inputs (OpenSSL)", algorithm: .sha384, ikm: a2.ikm, salt: a2.salt, info: a2.info,
        prk: "b319f6831dff9314efb643baa29263b30e4a8d779fe31e9c901efd7de737c85b62e676d4dc87b0895c6a7dc97b52cebb",
        okm: "484ca052b8cc724fd1c4ec64d57b4e818c7e25a8e0f4569ed72a6a05fe0649eebf69f8d5c832856bf4e4fbc17967d549"
            + "75324a94987f7f41835817d8994fdbd6f4c09c5500dca24a56222fea53d8967a8b2e"),
    HKDFVector(
        name: "A.3 inputs (OpenSSL)", algorithm: .sha384, ikm: a1.ikm, salt: "", info: "",
        prk: "10e40cf072a4c5626e43dd22c1cf727d4bb140975c9ad0cbc8e45b40068f8f0ba57cdb598af9dfa6963a96899af047e5",
        okm: "c8c96e710f89b0d7990bca68bcdec8cf854062e54c73a7abc743fade9b242daacc1cea5670415b52849c"),
]

private func bytes(_ hex: String) -> [UInt8] { SymmetricTestSupport.bytes(hex) }
private func hex(_ bytes: [UInt8]) -> String { SymmetricTestSupport.hex(bytes) }

@Suite("HKDF (RFC 5869)")
struct HKDFTests {
    @Test(arguments: hkdfVectors)
    func knownAnswer(_ v: HKDFVector) throws {
        switch v.algorithm {
        case .sha256: try check(SHA256.self, v)
        case .sha384: try check(SHA384.self, v)
        default: Issue.record("no HKDF vectors for \(v.algorithm.name)")
        }
    }

    private func check<H: HashFunction>(_: H.Type, _ v: HKDFVector) throws {
        let okmLength = v.okm.count / 2
        let prk = HKDF<H>.extract(salt: bytes(v.salt), inputKeyMaterial: bytes(v.ikm))
        #expect(hex(prk) == v.prk)
        #expect(try hex(HKDF<H>.expand(pseudorandomKey: prk, info: bytes(v.info), outputLength: okmLength)) == v.okm)
        // Every shorter output is a prefix of the longer one (RFC 5869 section 2.3).
        for length in [0, 1, 31, 32, 33] where length <= okmLength {
            let okm = try HKDF<H>.expand(pseudorandomKey: prk, info: bytes(v.info), outputLength: length)
            #expect(hex(okm) == String(v.okm.prefix(2 * length)))
        }
    }

    @Test("one-call deriveKey equals extract then expand")
    func deriveKey() throws {
        let okm = try HKDF<SHA256>.deriveKey(
            inputKeyMaterial: bytes(a1.ikm), salt: bytes(a1.salt), info: bytes(a1.info), outputLength: 42)
        #expect(hex(okm) == hkdfVectors[0].okm)
    }

    @Test("an empty salt is HashLen zero bytes (RFC 5869 section 2.2)")
    func emptySalt() {
        let ikm = bytes(a1.ikm)
        #expect(HKDF<SHA384>.extract(salt: [], inputKeyMaterial: ikm)
            == HKDF<SHA384>.extract(salt: [UInt8](repeating: 0, count: 48), inputKeyMaterial: ikm))
    }

    struct LengthCase: Sendable {
        let length: Int
        let prkLength: Int
        let accepted: Bool
    }

    @Test("output and key lengths are bounded", arguments: [
        LengthCase(length: 255 * 32, prkLength: 32, accepted: true),
        LengthCase(length: 255 * 32 + 1, prkLength: 32, accepted: false),
        LengthCase(length: -1, prkLength: 32, accepted: false),
        LengthCase(length: 16, prkLength: 31, accepted: false),
        LengthCase(length: 16, prkLength: 64, accepted: true),
    ])
    func bounds(_ c: LengthCase) {
        let prk = [UInt8](repeating: 7, count: c.prkLength)
        let result = Result { () throws(CryptoError) in
            try HKDF<SHA256>.expand(pseudorandomKey: prk, info: [], outputLength: c.length)
        }
        switch result {
        case .success(let okm): #expect(c.accepted && okm.count == c.length)
        case .failure(.malformed(let text)): #expect(!c.accepted && text.hasPrefix("HKDF"))
        case .failure(let other): Issue.record("unexpected error \(other)")
        }
    }
}
