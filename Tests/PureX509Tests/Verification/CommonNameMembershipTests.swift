@testable import PureX509
import Testing

/// Which commonNames must repeat a subjectAltName value (BR 7.1.4.3) under each
/// `CommonNameMembership`; the end-to-end cases are x509-limbo's webpki::cn ones (LimboTests).
struct CommonNameMembershipTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let commonName: String
        let isIPAddress: Bool
        let hostNames: Bool
        var testDescription: String { commonName }
    }

    @Test(arguments: [
        Row(commonName: "notinsan.example.com", isIPAddress: false, hostNames: true),
        Row(commonName: "xn--nxasmq6b.com", isIPAddress: false, hostNames: true),
        Row(commonName: "test.localhost", isIPAddress: false, hostNames: true),
        Row(commonName: "*.example.com", isIPAddress: false, hostNames: true),
        Row(commonName: "127.0.0.1", isIPAddress: true, hostNames: true),
        Row(commonName: "::1", isIPAddress: true, hostNames: true),
        Row(commonName: "EE", isIPAddress: false, hostNames: false),
        Row(commonName: "kube-apiserver", isIPAddress: false, hostNames: false),
        Row(commonName: "localhost", isIPAddress: false, hostNames: false),
        Row(commonName: "My Server", isIPAddress: false, hostNames: false),
        Row(commonName: "a..example.com", isIPAddress: false, hostNames: false),
    ])
    func rule(_ row: Row) {
        let bytes = Array(row.commonName.utf8)
        #expect(CommonNameMembership.hostNames.requiresMembership(of: bytes, isIPAddress: row.isIPAddress) == row.hostNames)
        #expect(CommonNameMembership.all.requiresMembership(of: bytes, isIPAddress: row.isIPAddress))
        #expect(!CommonNameMembership.notRequired.requiresMembership(of: bytes, isIPAddress: row.isIPAddress))
    }

    /// The rule binds CAs, not clients: no profile requires it unless the caller opts in.
    @Test func defaultIsNotRequired() {
        for profile in [VerificationProfile.client, .webPKI, .rfc5280] {
            #expect(VerificationPolicy(time: 0, profile: profile).commonNameMembership == .notRequired)
        }
    }
}
