import Foundation
@testable import PureX509Probe
import Testing

/// TLS 1.2 server flights recorded from `openssl s_server` by Fuzz/Tools/record-tls-seeds.py
/// (its ClientHello has an all-zero random) played back: with the same client random the
/// ServerKeyExchange signature verifies; with any other it must not (the signature covers
/// both randoms, RFC 5246 section 7.4.3).
struct TLS12RecordedFlightTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus/tlsserver")

    static func flight(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: corpus.appendingPathComponent(name + ".bin")))
    }

    static func run(_ flight: [UInt8], random: [UInt8]) throws(ProbeError) -> ProbeResult {
        var handshake = ClientHandshake(
            stream: MemoryByteStream(flight), deadline: .after(seconds: 5), serverName: "probe.test", clientRandom: random, sessionID: [],
            keyShare: nil)
        return try handshake.run()
    }

    @Test(arguments: [("p256-chain", "ecdsa_secp256r1_sha256", 2), ("rsa-chain-alpn", "rsa_pss_rsae_sha256", 2), ("ed25519-client-auth", "ed25519", 1)])
    func sameRandomVerifies(_ name: String, _ scheme: String, _ chainLength: Int) throws {
        let result = try Self.run(try Self.flight(name), random: [UInt8](repeating: 0, count: 32))
        #expect(result.version == "TLS 1.2")
        #expect(result.certificates.count == chainLength)
        #expect(result.keyPossession == .proven("ServerKeyExchange signature (\(scheme)) verified with the leaf's key"))
    }

    @Test(arguments: ["p256-chain", "rsa-chain-alpn", "ed25519-client-auth"])
    func otherRandomFails(_ name: String) throws {
        var random = [UInt8](repeating: 0, count: 32)
        random[31] = 1
        let flight = try Self.flight(name)
        #expect {
            try Self.run(flight, random: random)
        } throws: { error in
            guard let error = error as? ProbeError, case .verification(let what) = error else { return false }
            return what.contains("ServerKeyExchange signature") && what.contains("does not verify")
        }
    }
}
