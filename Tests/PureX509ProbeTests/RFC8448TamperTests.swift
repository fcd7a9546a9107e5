import Foundation
@testable import PureX509Probe
import PureX509Crypto
import Testing

/// The RFC 8448 server flight decrypted with the trace's server handshake key, changed, and
/// sealed again with the same key: the AEAD tag is then valid, so these tests reach the
/// checks behind it. A changed CertificateVerify signature, a leaf swapped for another
/// certificate, and a changed Finished must each stop the probe (fail closed).
struct RFC8448TamperTests {
    static let key = RFC8448ReplayTests.bytes("3fce516009c21727d0f2e4e86ee403bc")
    static let iv = RFC8448ReplayTests.bytes("5d313eb2671276ee13000b30")

    /// The handshake messages inside the server's encrypted record.
    static func messages() throws -> [[UInt8]] {
        let record = RFC8448ReplayTests.serverFlightRecord
        var plaintext = try AESGCM(key: key).open(Array(record[5...]), nonce: iv, authenticating: Array(record[0..<5]))
        #expect(plaintext.last == 22)
        plaintext.removeLast()
        var messages: [[UInt8]] = []
        var offset = 0
        while offset < plaintext.count {
            let length = Int(plaintext[offset + 1]) << 16 | Int(plaintext[offset + 2]) << 8 | Int(plaintext[offset + 3])
            messages.append(Array(plaintext[offset..<offset + 4 + length]))
            offset += 4 + length
        }
        return messages
    }

    /// The messages sealed again as one record with sequence number 0.
    static func seal(_ messages: [[UInt8]]) throws -> [UInt8] {
        let inner: [UInt8] = messages.joined() + [22]
        let length = inner.count + 16
        let header: [UInt8] = [23, 3, 3, UInt8(length >> 8), UInt8(length & 0xFF)]
        return header + (try AESGCM(key: key).seal(inner, nonce: iv, authenticating: header))
    }

    func replay(_ flight: [UInt8]) -> ProbeError? {
        do {
            var handshake = ClientHandshake(
                stream: MemoryByteStream(RFC8448ReplayTests.serverHelloRecord + flight), deadline: .after(seconds: 5), serverName: "server",
                clientHello: RFC8448ReplayTests.clientHello, clientRandom: RFC8448ReplayTests.clientRandom, sessionID: [],
                keyShare: try X25519KeyShare(privateKey: RFC8448ReplayTests.clientPrivateKey))
            _ = try handshake.run()
            return nil
        } catch {
            return error
        }
    }

    @Test func resealedUnchangedFlightStillVerifies() throws {
        let messages = try Self.messages()
        #expect(messages.map { $0[0] } == [8, 11, 15, 20])
        #expect(try Self.seal(messages) == RFC8448ReplayTests.serverFlightRecord)
        #expect(replay(try Self.seal(messages)) == nil)
    }

    @Test func changedCertificateVerifySignatureFails() throws {
        var messages = try Self.messages()
        messages[2][messages[2].count - 1] ^= 0x01
        let error = try #require(replay(try Self.seal(messages)))
        guard case .verification(let what) = error else {
            Issue.record("expected a verification failure, got \(error)")
            return
        }
        #expect(what.contains("the CertificateVerify signature (rsa_pss_rsae_sha256) does not verify with the leaf certificate's key"))
    }

    /// The leaf swapped for a certificate whose key did not sign: the P-256 leaf of
    /// TestVectors/probe (and the rsa_pss_rsae scheme does not even fit its key).
    @Test func swappedLeafFails() throws {
        var messages = try Self.messages()
        let pem = try String(contentsOfFile: RFC8448TamperTests.vectors + "/p256.pem", encoding: .utf8)
        let base64 = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let der = Array(try #require(Data(base64Encoded: base64)))
        let entry = [UInt8(der.count >> 16), UInt8((der.count >> 8) & 0xFF), UInt8(der.count & 0xFF)] + der + [0, 0]
        let list = [UInt8(entry.count >> 16), UInt8((entry.count >> 8) & 0xFF), UInt8(entry.count & 0xFF)] + entry
        let body = [0] + list
        messages[1] = [11, UInt8(body.count >> 16), UInt8((body.count >> 8) & 0xFF), UInt8(body.count & 0xFF)] + body
        let error = try #require(replay(try Self.seal(messages)))
        guard case .verification(let what) = error else {
            Issue.record("expected a verification failure, got \(error)")
            return
        }
        #expect(what.contains("rsa_pss_rsae_sha256 does not fit the certificate's ECDSA key"), "\(what)")
    }

    @Test func changedFinishedFails() throws {
        var messages = try Self.messages()
        messages[3][10] ^= 0x80
        let error = try #require(replay(try Self.seal(messages)))
        #expect(error == .verification("the server's Finished MAC does not match the handshake (RFC 8446 section 4.4.4)"))
    }

    static let vectors = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TestVectors/probe").path
}
