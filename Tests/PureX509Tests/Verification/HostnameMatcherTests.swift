import Testing
@testable import PureX509

struct HostnameMatcherTests {
    struct DNSCase: CustomTestStringConvertible, Sendable {
        let presented: String
        let reference: String
        let matches: Bool
        var testDescription: String { "\(presented) vs \(reference)" }
    }

    static let dnsCases: [DNSCase] = [
        DNSCase(presented: "example.com", reference: "example.com", matches: true),
        DNSCase(presented: "Example.COM", reference: "example.com", matches: true),
        DNSCase(presented: "example.com", reference: "EXAMPLE.com.", matches: true),  // trailing dot, case
        DNSCase(presented: "example.com", reference: "example.com..", matches: false),
        DNSCase(presented: "example.com", reference: "example2.com", matches: false),
        DNSCase(presented: "abc.example.com", reference: "def.example.com", matches: false),
        DNSCase(presented: "example.com", reference: "abc.example.com", matches: false),
        DNSCase(presented: "abc.example.com", reference: "example.com", matches: false),
        DNSCase(presented: "*.example.com", reference: "foo.example.com", matches: true),
        DNSCase(presented: "*.example.com", reference: "FOO.Example.com", matches: true),
        DNSCase(presented: "*.example.com", reference: "example.com", matches: false),
        DNSCase(presented: "*.example.com", reference: "foo.bar.example.com", matches: false),
        DNSCase(presented: "*.example.com", reference: ".example.com", matches: false),
        DNSCase(presented: "ba*.example.com", reference: "baz.example.com", matches: false),
        DNSCase(presented: "foo.*.example.com", reference: "foo.bar.example.com", matches: false),
        DNSCase(presented: "xn--*-1b3c148a.example.com", reference: "xn--bliss-1b3c148a.example.com", matches: false),
        DNSCase(presented: "*", reference: "example.com", matches: false),
        DNSCase(presented: "*", reference: "com", matches: false),
        DNSCase(presented: "*.com", reference: "example.com", matches: false),  // single label
        DNSCase(presented: "*.co.uk", reference: "example.co.uk", matches: false),  // ICANN suffix
        DNSCase(presented: "*.s3.amazonaws.com", reference: "example.s3.amazonaws.com", matches: false),  // private suffix
        DNSCase(presented: "*.example.co.uk", reference: "www.example.co.uk", matches: true),
        DNSCase(presented: "xn--n3h.com", reference: "XN--N3H.com", matches: true),
        DNSCase(presented: "\u{1F61C}.example.com", reference: "xn--628h.example.com", matches: false),
        DNSCase(presented: "foo_bar.example.com", reference: "foo_bar.example.com", matches: false),
        DNSCase(presented: "127.0.0.1", reference: "127.0.0.1", matches: true),  // a DNS name, never an IP match
        DNSCase(presented: "-a.example.com", reference: "-a.example.com", matches: false),
        DNSCase(presented: "a-.example.com", reference: "a-.example.com", matches: false),
        DNSCase(presented: "", reference: "example.com", matches: false),
        DNSCase(presented: "example.com.", reference: "example.com", matches: false),  // presented absolute form
    ]

    @Test(arguments: dnsCases)
    func dnsMatching(_ row: DNSCase) {
        #expect(HostnameMatcher.matches(presentedDNSName: Array(row.presented.utf8), reference: row.reference) == row.matches)
    }

    @Test func wildcardNeedsTwoLabelsAndNoPublicSuffix() {
        #expect(!HostnameMatcher.isAcceptableWildcard(Array("com".utf8)))
        #expect(!HostnameMatcher.isAcceptableWildcard(Array("co.uk".utf8)))
        #expect(HostnameMatcher.isAcceptableWildcard(Array("example.com".utf8)))
    }

    @Test func ipAddressesCompareByBytes() {
        #expect(HostnameMatcher.matches(presentedIPAddress: [127, 0, 0, 1], reference: [127, 0, 0, 1]))
        #expect(!HostnameMatcher.matches(presentedIPAddress: [127, 0, 0, 1], reference: [127, 0, 0, 2]))
        #expect(!HostnameMatcher.matches(presentedIPAddress: [UInt8](repeating: 0, count: 16), reference: [0, 0, 0, 0]))
    }

    struct EmailCase: Sendable {
        let presented: String
        let reference: String
        let matches: Bool
    }

    @Test(arguments: [
        EmailCase(presented: "foo@example.com", reference: "foo@example.com", matches: true),
        EmailCase(presented: "foo@EXAMPLE.com", reference: "foo@example.com", matches: true),
        EmailCase(presented: "Foo@example.com", reference: "foo@example.com", matches: false),  // local part is case-sensitive
        EmailCase(presented: "invalid@address@example.com", reference: "address@example.com", matches: false),
        EmailCase(presented: "foo@example.com", reference: "bar@example.com", matches: false),
        EmailCase(presented: "example.com", reference: "example.com", matches: false),
    ])
    func emailMatching(_ row: EmailCase) {
        #expect(HostnameMatcher.matches(presentedEmail: Array(row.presented.utf8), reference: row.reference) == row.matches)
    }
}
