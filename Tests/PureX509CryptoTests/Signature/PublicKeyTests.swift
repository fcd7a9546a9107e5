import Foundation
import Testing
@testable import PureX509Crypto

@Suite("PublicKey")
struct PublicKeyTests {
    typealias D = SignatureTestDER

    /// A 1024-bit odd modulus (not a real RSA modulus: parsing does not factor).
    static let modulus: [UInt8] = [0xC0] + [UInt8](repeating: 0x5A, count: 126) + [0x01]
    static func integerTLV(_ magnitude: [UInt8]) -> [UInt8] {
        D.tlv(0x02, magnitude.first.map { $0 & 0x80 != 0 } == true ? [0x00] + magnitude : magnitude)
    }
    static let pkcs1 = D.sequence(integerTLV(modulus), integerTLV([0x01, 0x00, 0x01]))
    static func spki(_ algorithm: [UInt8], _ key: [UInt8]) -> [UInt8] { D.sequence(algorithm, D.bitString(key)) }

    enum Expected: Sendable, Equatable {
        case rsa, rsaPSS, malformed, unsupported, weak
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let der: [UInt8]
        let expected: Expected
    }

    static let cases: [Case] = [
        Case(testDescription: "rsaEncryption", der: spki(D.sequence(D.rsaEncryption, D.null), pkcs1), expected: .rsa),
        Case(testDescription: "rsaEncryption without NULL (RFC 3279: MUST be NULL)", der: spki(D.sequence(D.rsaEncryption), pkcs1), expected: .malformed),
        Case(testDescription: "rsaEncryption with an OID as parameters", der: spki(D.sequence(D.rsaEncryption, D.sha256), pkcs1), expected: .malformed),
        Case(testDescription: "RSASSA-PSS key, no parameters", der: spki(D.sequence(D.rsassaPSS), pkcs1), expected: .rsaPSS),
        Case(testDescription: "RSASSA-PSS key, empty parameters", der: spki(D.sequence(D.rsassaPSS, D.pssParameters()), pkcs1), expected: .rsaPSS),
        Case(testDescription: "RSASSA-PSS key, NULL parameters", der: spki(D.sequence(D.rsassaPSS, D.null), pkcs1), expected: .malformed),
        Case(testDescription: "key BIT STRING with unused bits", der: D.sequence(D.sequence(D.rsaEncryption, D.null), D.tlv(0x03, [0x01] + pkcs1.dropLast() + [pkcs1.last! & 0xFE])), expected: .malformed),
        Case(testDescription: "PKCS#1 with trailing byte", der: spki(D.sequence(D.rsaEncryption, D.null), D.tlv(0x30, integerTLV(modulus) + integerTLV([3]) + [0x05, 0x00])), expected: .malformed),
        Case(testDescription: "negative modulus", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(D.tlv(0x02, modulus), integerTLV([3]))), expected: .malformed),
        Case(testDescription: "even modulus", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(modulus.dropLast() + [0x02]), integerTLV([3]))), expected: .malformed),
        Case(testDescription: "exponent 1", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(modulus), integerTLV([1]))), expected: .malformed),
        Case(testDescription: "even exponent", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(modulus), integerTLV([4]))), expected: .malformed),
        Case(testDescription: "exponent = modulus", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(modulus), integerTLV(modulus))), expected: .malformed),
        Case(testDescription: "zero exponent", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(modulus), [0x02, 0x01, 0x00])), expected: .malformed),
        Case(testDescription: "1016-bit modulus is weak", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV(Array(modulus.dropFirst())), integerTLV([3]))), expected: .weak),
        Case(testDescription: "8200-bit modulus is unsupported", der: spki(D.sequence(D.rsaEncryption, D.null), D.sequence(integerTLV([0x01] + [UInt8](repeating: 0x33, count: 1025)), integerTLV([3]))), expected: .unsupported),
        Case(testDescription: "EC key on P-192", der: spki(D.sequence(D.ecPublicKey, D.prime192v1), [0x04] + [UInt8](repeating: 1, count: 48)), expected: .unsupported),
        Case(testDescription: "EC key, implicitCurve", der: spki(D.sequence(D.ecPublicKey, D.null), [0x04] + [UInt8](repeating: 1, count: 64)), expected: .unsupported),
        Case(testDescription: "EC key, specifiedCurve", der: spki(D.sequence(D.ecPublicKey, D.sequence(D.integer(1))), [0x04] + [UInt8](repeating: 1, count: 64)), expected: .unsupported),
        Case(testDescription: "EC key without parameters", der: spki(D.sequence(D.ecPublicKey), [0x04] + [UInt8](repeating: 1, count: 64)), expected: .unsupported),
        Case(testDescription: "Ed25519 with NULL parameters", der: spki(D.sequence(D.ed25519, D.null), [UInt8](repeating: 1, count: 32)), expected: .malformed),
        Case(testDescription: "Ed25519 key of 31 bytes", der: spki(D.sequence(D.ed25519), [UInt8](repeating: 1, count: 31)), expected: .malformed),
        Case(testDescription: "unknown algorithm", der: spki(D.sequence(D.unknown), [1, 2, 3]), expected: .unsupported),
        Case(testDescription: "trailing byte after SPKI", der: spki(D.sequence(D.rsaEncryption, D.null), pkcs1) + [0], expected: .malformed),
        Case(testDescription: "missing BIT STRING", der: D.sequence(D.sequence(D.rsaEncryption, D.null)), expected: .malformed),
        Case(testDescription: "empty input", der: [], expected: .malformed),
    ]

    @Test(arguments: cases)
    func parse(_ testCase: Case) {
        let result = Result { () throws(CryptoError) in try PublicKey(subjectPublicKeyInfoDER: testCase.der) }
        switch (testCase.expected, result) {
        case (.rsa, .success(let key)):
            guard case .rsa(let rsa) = key.kind else { Issue.record("not rsa: \(key.kind)"); return }
            #expect(rsa.modulus == Self.modulus)
            #expect(rsa.exponent == [1, 0, 1])
        case (.rsaPSS, .success(let key)):
            guard case .rsaPSS = key.kind else { Issue.record("not rsaPSS: \(key.kind)"); return }
        case (.malformed, .failure(.malformed)), (.unsupported, .failure(.unsupportedAlgorithm)), (.weak, .failure(.weakKey)):
            break
        default:
            Issue.record("expected \(testCase.expected), got \(result)")
        }
    }

    @Test func weakKeysOnlyWhenAllowed() throws {
        let der = Self.spki(D.sequence(D.rsaEncryption, D.null), D.sequence(Self.integerTLV(Array(Self.modulus.prefix(64)) + [0x01]), Self.integerTLV([3])))
        #expect(throws: CryptoError.weakKey("RSA modulus of 520 bits is below the minimum of 1024 bits")) {
            try PublicKey(subjectPublicKeyInfoDER: der)
        }
        let key = try PublicKey(subjectPublicKeyInfoDER: der, allowWeakRSAKeys: true)
        guard case .rsa(let rsa) = key.kind else { Issue.record("not rsa"); return }
        #expect(rsa.bitCount == 520)
        let tooSmall = Self.spki(D.sequence(D.rsaEncryption, D.null), D.sequence(Self.integerTLV(Array(Self.modulus.prefix(62)) + [0x01]), Self.integerTLV([3])))
        #expect(throws: CryptoError.weakKey("RSA modulus of 504 bits is below the minimum of 512 bits")) {
            try PublicKey(subjectPublicKeyInfoDER: tooSmall, allowWeakRSAKeys: true)
        }
    }

    @Test func malformedErrorsCarryAbsoluteOffsets() {
        // The NULL with content sits at byte 16 of the SPKI (30 81 LL, 30 0e, 06 09 <9 bytes>, 05 01 00).
        let der = Self.spki(D.tlv(0x30, D.rsaEncryption + [0x05, 0x01, 0x00]), Self.pkcs1)
        #expect(throws: CryptoError.malformed("SubjectPublicKeyInfo: NULL with content at byte 16")) {
            try PublicKey(subjectPublicKeyInfoDER: der)
        }
    }
}
