import PureX509Crypto
import Testing

/// TLS 1.2 PRF known answers. RFC 5246 has no vectors; these come from OpenSSL 3.0:
/// `openssl kdf -keylen L -kdfopt digest:SHA256 -kdfopt hexsecret:SECRET
/// -kdfopt hexseed:HEX("test label")SEED TLS1-PRF` (the inputs of the vectors long circulated
/// on the IETF TLS list).
struct TLS12PRFVector: Sendable, CustomTestStringConvertible {
    let algorithm: HashAlgorithm
    let secret: String
    let seed: String
    let output: String
    var testDescription: String { algorithm.name }
}

@Suite("TLS 1.2 PRF (RFC 5246 5)")
struct TLS12PRFTests {
    @Test(arguments: [
        TLS12PRFVector(
            algorithm: .sha256, secret: "9bbe436ba940f017b17652849a71db35", seed: "a0ba9f936cda311827a6f796ffd5198c",
            output: "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af"
                + "0fa022f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701"
                + "87347b66"),
        TLS12PRFVector(
            algorithm: .sha384, secret: "b80b733d6ceefcdc71566ea48e5567df", seed: "cd665cf6a8447dd6ff8b27555edb7465",
            output: "7b0c18e9ced410ed1804f2cfa34a336a1c14dffb4900bb5fd7942107e81c83cde9ca0faa60be9fe34f82b1233c9146a0"
                + "e534cb400fed2700884f9dc236f80edd8bfa961144c9e8d792eca722a7b32fc3d416d473ebc2c5fd4abfdad05d918425"
                + "9b5bf8cd4d90fa0d31e2dec479e4f1a26066f2eea9a69236a3e52655c9e9aee691c8f3a26854308d5eaa3be85e099070"
                + "3d73e56f"),
    ])
    func knownAnswer(_ v: TLS12PRFVector) throws {
        func run<H: HashFunction>(_: H.Type, length: Int) throws -> String {
            SymmetricTestSupport.hex(try TLS12PRF<H>.derive(
                secret: SymmetricTestSupport.bytes(v.secret), label: "test label",
                seed: SymmetricTestSupport.bytes(v.seed), outputLength: length))
        }
        let length = v.output.count / 2
        for n in [length, 48, 12, 1, 0] {
            let out = v.algorithm == .sha256 ? try run(SHA256.self, length: n) : try run(SHA384.self, length: n)
            #expect(out == String(v.output.prefix(2 * n)))
        }
    }

    @Test("output length is bounded")
    func bounds() {
        #expect(throws: CryptoError.self) {
            try TLS12PRF<SHA256>.derive(secret: [1], label: "x", seed: [], outputLength: 65537)
        }
        #expect(throws: CryptoError.self) {
            try TLS12PRF<SHA256>.derive(secret: [1], label: "x", seed: [], outputLength: -1)
        }
    }
}
