import Foundation
import PureX509Probe
import PureX509ProbeTestSupport
import Testing

/// A stapled OCSP response (`s_server -status_file`) arrives byte for byte: in TLS 1.3 in
/// the leaf's CertificateEntry, in TLS 1.2 as a CertificateStatus message; without it,
/// none is reported.
@Suite(.enabled(if: OpenSSLServer.executable != nil, Comment(rawValue: OpenSSLServer.skipMessage)))
struct LiveOCSPStaplingTests {
    @Test(arguments: ["-tls1_3", "-tls1_2"])
    func stapled(_ version: String) throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem", "-status_file", "p256.ocsp.der", version])
        defer { server.stop() }
        let result = try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "probe.test"))
        let expected = Array(try Data(contentsOf: URL(fileURLWithPath: OpenSSLServer.vectors + "/p256.ocsp.der")))
        #expect(result.version == (version == "-tls1_3" ? "TLS 1.3" : "TLS 1.2"))
        #expect(result.ocspResponse == expected)
    }

    @Test func noneStapled() throws {
        let server = try OpenSSLServer(["-cert", "p256.pem", "-key", "p256.key"])
        defer { server.stop() }
        let result = try TLSProbe.run(ProbeOptions(host: "127.0.0.1", port: server.port, serverName: "probe.test"))
        #expect(result.ocspResponse == nil)
    }
}
