import Testing
import PureX509ASN1
@testable import PureX509Crypto

@Suite("SignatureAlgorithm")
struct SignatureAlgorithmTests {
    typealias D = SignatureTestDER

    enum Expected: Sendable {
        case kind(SignatureAlgorithm.Kind)
        case malformed
        case unsupported
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let der: [UInt8]
        let expected: Expected
    }

    static let sha256Null = D.sequence(D.sha256, D.null)
    static let sha256Absent = D.sequence(D.sha256)

    static let cases: [Case] = [
        Case(testDescription: "sha256WithRSA, NULL", der: D.sequence(D.sha256WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.sha256))),
        Case(testDescription: "sha256WithRSA, absent (RFC 4055 section 5)", der: D.sequence(D.sha256WithRSA), expected: .kind(.rsaPKCS1v15(.sha256))),
        Case(testDescription: "sha1WithRSA", der: D.sequence(D.sha1WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.sha1))),
        Case(testDescription: "sha224WithRSA", der: D.sequence(D.sha224WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.sha224))),
        Case(testDescription: "sha384WithRSA", der: D.sequence(D.sha384WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.sha384))),
        Case(testDescription: "sha512WithRSA", der: D.sequence(D.sha512WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.sha512))),
        Case(testDescription: "md5WithRSA is recognised", der: D.sequence(D.md5WithRSA, D.null), expected: .kind(.rsaPKCS1v15(.md5))),
        Case(testDescription: "sha256WithRSA, INTEGER parameters", der: D.sequence(D.sha256WithRSA, D.integer(0)), expected: .malformed),
        Case(testDescription: "sha256WithRSA, NULL twice", der: D.sequence(D.sha256WithRSA, D.null, D.null), expected: .malformed),
        Case(testDescription: "sha256WithRSA, NULL with content", der: D.sequence(D.sha256WithRSA, [0x05, 0x01, 0x00]), expected: .malformed),
        Case(testDescription: "ecdsa-with-SHA256", der: D.sequence(D.ecdsaWithSHA256), expected: .kind(.ecdsa(.sha256))),
        Case(testDescription: "ecdsa-with-SHA384", der: D.sequence(D.ecdsaWithSHA384), expected: .kind(.ecdsa(.sha384))),
        Case(testDescription: "ecdsa-with-SHA1", der: D.sequence(D.ecdsaWithSHA1), expected: .kind(.ecdsa(.sha1))),
        Case(testDescription: "ecdsa-with-SHA256, NULL (RFC 5758: absent)", der: D.sequence(D.ecdsaWithSHA256, D.null), expected: .malformed),
        Case(testDescription: "Ed25519", der: D.sequence(D.ed25519), expected: .kind(.ed25519)),
        Case(testDescription: "Ed25519, NULL (RFC 8410: absent)", der: D.sequence(D.ed25519, D.null), expected: .malformed),
        Case(testDescription: "unknown OID", der: D.sequence(D.unknown), expected: .unsupported),
        Case(testDescription: "rsaEncryption is a key, not a signature", der: D.sequence(D.rsaEncryption, D.null), expected: .unsupported),
        Case(testDescription: "not a SEQUENCE", der: D.tlv(0x31, D.sha256WithRSA), expected: .malformed),
        Case(testDescription: "trailing byte", der: D.sequence(D.sha256WithRSA, D.null) + [0x00], expected: .malformed),
        Case(testDescription: "truncated", der: Array(D.sequence(D.sha256WithRSA, D.null).dropLast()), expected: .malformed),
        Case(testDescription: "empty", der: [], expected: .malformed),
        // RSASSA-PSS (RFC 4055 section 3.1).
        Case(
            testDescription: "PSS SHA-256/MGF1-SHA-256/32 (OpenSSL's encoding)",
            der: D.sequence(D.rsassaPSS, D.pssParameters(hash: sha256Null, mgfHash: sha256Null, salt: 32)),
            expected: .kind(.rsaPSS(RSAPSSParameters(hash: .sha256, maskGenerationHash: .sha256, saltLength: 32)))),
        Case(
            testDescription: "PSS hashes with absent parameters",
            der: D.sequence(D.rsassaPSS, D.pssParameters(hash: sha256Absent, mgfHash: sha256Absent, salt: 32)),
            expected: .kind(.rsaPSS(RSAPSSParameters(hash: .sha256, maskGenerationHash: .sha256, saltLength: 32)))),
        Case(
            testDescription: "PSS all defaults (empty SEQUENCE)", der: D.sequence(D.rsassaPSS, D.pssParameters()),
            expected: .kind(.rsaPSS(.rfc4055Defaults))),
        Case(
            testDescription: "PSS SHA-384 with MGF1-SHA-1 and salt 0",
            der: D.sequence(D.rsassaPSS, D.pssParameters(hash: D.sequence(D.sha384, D.null), salt: 0)),
            expected: .kind(.rsaPSS(RSAPSSParameters(hash: .sha384, maskGenerationHash: .sha1, saltLength: 0)))),
        Case(
            testDescription: "PSS salt 200", der: D.sequence(D.rsassaPSS, D.pssParameters(salt: 200)),
            expected: .kind(.rsaPSS(RSAPSSParameters(hash: .sha1, maskGenerationHash: .sha1, saltLength: 200)))),
        Case(testDescription: "PSS without parameters", der: D.sequence(D.rsassaPSS), expected: .malformed),
        Case(testDescription: "PSS with NULL parameters", der: D.sequence(D.rsassaPSS, D.null), expected: .malformed),
        Case(testDescription: "PSS explicit default hash", der: D.sequence(D.rsassaPSS, D.pssParameters(hash: D.sequence(D.sha1, D.null))), expected: .malformed),
        Case(testDescription: "PSS explicit default MGF", der: D.sequence(D.rsassaPSS, D.pssParameters(mgfHash: D.sequence(D.sha1))), expected: .malformed),
        Case(testDescription: "PSS explicit default salt", der: D.sequence(D.rsassaPSS, D.pssParameters(salt: 20)), expected: .malformed),
        Case(testDescription: "PSS explicit trailer 1", der: D.sequence(D.rsassaPSS, D.pssParameters(trailer: 1)), expected: .malformed),
        Case(testDescription: "PSS trailer 2", der: D.sequence(D.rsassaPSS, D.pssParameters(trailer: 2)), expected: .unsupported),
        Case(testDescription: "PSS MD5 hash", der: D.sequence(D.rsassaPSS, D.pssParameters(hash: D.sequence(D.md5, D.null))), expected: .unsupported),
        Case(
            testDescription: "PSS unknown MGF",
            der: D.sequence(D.rsassaPSS, D.tlv(0x30, D.explicit(1, D.sequence(D.unknown, sha256Null)))), expected: .unsupported),
        Case(
            testDescription: "PSS negative salt",
            der: D.sequence(D.rsassaPSS, D.tlv(0x30, D.explicit(2, [0x02, 0x01, 0xFF]))), expected: .malformed),
        Case(
            testDescription: "PSS fields out of order",
            der: D.sequence(D.rsassaPSS, D.tlv(0x30, D.explicit(2, D.integer(32)) + D.explicit(0, sha256Null))), expected: .malformed),
        Case(
            testDescription: "PSS hash with INTEGER parameters",
            der: D.sequence(D.rsassaPSS, D.pssParameters(hash: D.sequence(D.sha256, D.integer(0)))), expected: .malformed),
    ]

    @Test(arguments: cases)
    func parse(_ testCase: Case) {
        let result = Result { () throws(CryptoError) in try SignatureAlgorithm(derEncoded: testCase.der[...]) }
        switch (testCase.expected, result) {
        case (.kind(let kind), .success(let algorithm)):
            #expect(algorithm.kind == kind)
            #expect(SignatureAlgorithm(kind).oid == algorithm.oid, "init(kind) names the same OID")
        case (.malformed, .failure(.malformed)), (.unsupported, .failure(.unsupportedAlgorithm)):
            break
        default:
            Issue.record("expected \(testCase.expected), got \(result)")
        }
    }

    @Test func errorOffsetsAreAbsoluteWhenReadingInPlace() throws {
        // An AlgorithmIdentifier at byte 4 of a larger buffer, with bad NULL content.
        let bytes: [UInt8] = [0xAA, 0xBB, 0xCC, 0xDD] + D.sequence(D.sha256WithRSA, [0x05, 0x01, 0x00])
        var reader = PureX509ASN1.DERReader(bytes, range: 4..<bytes.count)
        #expect(throws: CryptoError.malformed("signature AlgorithmIdentifier: NULL with content at byte 17")) {
            try SignatureAlgorithm(reading: &reader)
        }
    }
}
