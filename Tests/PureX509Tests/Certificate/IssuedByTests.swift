import Foundation
import PureX509
import Testing

/// `Certificate.isIssued(by:)` and `hasValidSignature(by:)` on OpenSSL-made chains
/// (TestVectors/gen/56-server-configs.sh, 20-certs.sh).
@Suite struct IssuedByTests {
    static func certificate(_ path: String) throws -> Certificate {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("TestVectors/" + path), encoding: .utf8)
        return try Certificate(derEncoded: try #require(pemBlocks(text).first))
    }

    @Test func theIssuerIsRecognisedAndStrangersAreNot() throws {
        let root = try Self.certificate("server-configs/ssl/root.pem")
        let intermediate = try Self.certificate("server-configs/ssl/intermediate.pem")
        let shop = try Self.certificate("server-configs/ssl/shop.pem")
        #expect(shop.isIssued(by: intermediate))
        #expect(intermediate.isIssued(by: root))
        #expect(root.isIssued(by: root))
        #expect(!shop.isIssued(by: root))  // names differ
        #expect(!shop.hasValidSignature(by: root))  // and the key did not sign it
        #expect(!intermediate.isIssued(by: shop))
    }

    @Test func aTamperedSignatureFails() throws {
        let intermediate = try Self.certificate("server-configs/ssl/intermediate.pem")
        var der = try Self.certificate("server-configs/ssl/shop.pem").derEncoded
        der[der.count - 5] ^= 0x01  // inside the ECDSA signature's s
        let tampered = try Certificate(derEncoded: der)
        #expect(!tampered.isIssued(by: intermediate))
    }

    @Test func rsaLeafUnderAnECIntermediate() throws {
        let intermediate = try Self.certificate("certs/inter-p384.pem")
        let leaf = try Self.certificate("certs/leaf-rsa2048.pem")
        #expect(leaf.isIssued(by: intermediate))
    }
}
