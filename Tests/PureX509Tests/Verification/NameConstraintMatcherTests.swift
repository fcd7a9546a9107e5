import Testing
@testable import PureX509

struct NameConstraintMatcherTests {
    static func dns(_ text: String) -> PresentedDNSName { DNSNameSyntax.classify(Array(text.utf8)) }
    static func constraint(_ text: String) -> [UInt8] { NameConstraintMatcher.dnsConstraint(Array(text.utf8)) ?? [0xFF] }

    @Test(arguments: ["example.com", "EXAMPLE.com", "", "localhost"])
    func validDNSConstraints(_ text: String) {
        #expect(NameConstraintMatcher.dnsConstraint(Array(text.utf8)) != nil)
    }

    @Test(arguments: [".example.com", "*.example.com", "exa mple.com", "example..com", "-x.com"])
    func invalidDNSConstraints(_ text: String) {
        #expect(NameConstraintMatcher.dnsConstraint(Array(text.utf8)) == nil)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let constraint: String
        let within: Bool
        let mayBeWithin: Bool
        var testDescription: String { "\(name) in \(constraint)" }
    }

    @Test(arguments: [
        Row(name: "example.com", constraint: "example.com", within: true, mayBeWithin: true),
        Row(name: "foo.bar.example.com", constraint: "example.com", within: true, mayBeWithin: true),
        Row(name: "not-example.com", constraint: "example.com", within: false, mayBeWithin: false),
        Row(name: "host1.example.com", constraint: "host.example.com", within: false, mayBeWithin: false),
        Row(name: "anything.test", constraint: "", within: true, mayBeWithin: true),
        Row(name: "*.example.com", constraint: "example.com", within: true, mayBeWithin: true),
        Row(name: "*.example.com", constraint: "foo.example.com", within: false, mayBeWithin: true),
        Row(name: "*.example.com", constraint: "a.b.example.com", within: false, mayBeWithin: false),
        Row(name: "*.example.com", constraint: "other.com", within: false, mayBeWithin: false),
        Row(name: ".example.com", constraint: "example.com", within: false, mayBeWithin: true),  // malformed
    ])
    func dnsSubtrees(_ row: Row) {
        #expect(NameConstraintMatcher.dns(Self.dns(row.name), isWithin: Self.constraint(row.constraint)) == row.within)
        #expect(NameConstraintMatcher.dns(Self.dns(row.name), mayBeWithin: Self.constraint(row.constraint)) == row.mayBeWithin)
    }

    @Test func ipConstraints() throws {
        let v4 = try #require(NameConstraintMatcher.ipConstraint([192, 0, 2, 0, 255, 255, 255, 0]))
        #expect(NameConstraintMatcher.ip([192, 0, 2, 1], isWithin: v4))
        #expect(!NameConstraintMatcher.ip([192, 0, 3, 1], isWithin: v4))
        #expect(!NameConstraintMatcher.ip([UInt8](repeating: 0, count: 16), isWithin: v4))
        // Non-contiguous mask, host bits outside the mask, wrong lengths.
        #expect(NameConstraintMatcher.ipConstraint([192, 0, 2, 0, 255, 0, 255, 0]) == nil)
        #expect(NameConstraintMatcher.ipConstraint([192, 0, 2, 1, 255, 255, 255, 0]) == nil)
        #expect(NameConstraintMatcher.ipConstraint([192, 0, 2, 1]) == nil)
        #expect(NameConstraintMatcher.ipConstraint([UInt8](repeating: 0, count: 9)) == nil)
        var loopback = [UInt8](repeating: 0, count: 15) + [1]
        loopback += [UInt8](repeating: 0xFF, count: 16)
        let v6 = try #require(NameConstraintMatcher.ipConstraint(loopback))
        #expect(NameConstraintMatcher.ip([UInt8](repeating: 0, count: 15) + [1], isWithin: v6))
        #expect(!NameConstraintMatcher.ip([UInt8](repeating: 0, count: 15) + [2], isWithin: v6))
    }

    @Test(arguments: [
        ("foo@example.com", "foo@example.com", true),
        ("foo@example.com", "example.com", true),
        ("foo@sub.example.com", "example.com", false),
        ("foo@sub.example.com", ".example.com", true),
        ("foo@example.com", ".example.com", false),
        ("user@example.com", "*@example.com", false),
        ("*@example.com", "*@example.com", true),
        ("*@subdomain.example.com", "*@example.com", false),
        ("**@example.com", "**@example.com", true),
        ("*@example.com", "**@example.com", false),
        ("user*@example.com", "user*@example.com", true),
        ("Foo@example.com", "foo@example.com", false),
    ])
    func emailSubtrees(_ name: String, _ constraint: String, _ within: Bool) throws {
        let mailbox = try #require(Mailbox(Array(name.utf8)))
        let parsed = try #require(NameConstraintMatcher.emailConstraint(Array(constraint.utf8)))
        #expect(NameConstraintMatcher.email(mailbox, isWithin: parsed) == within)
    }

    @Test func malformedEmailConstraintsAndNames() {
        #expect(NameConstraintMatcher.emailConstraint(Array("invalid@invalid@example.com".utf8)) == nil)
        #expect(NameConstraintMatcher.emailConstraint(Array("..example.com".utf8)) == nil)
        #expect(Mailbox(Array("invalid@address@example.com".utf8)) == nil)
        #expect(Mailbox(Array("noat.example.com".utf8)) == nil)
    }

    @Test(arguments: [
        ("https://www.example.com/path", "www.example.com" as String?),
        ("http://user@Host.Example.com:8080?q", "host.example.com"),
        ("spiffe://test.localhost", "test.localhost"),
        ("test.localhost", nil),
        ("http://[::1]/", nil),
        ("http://", nil),
    ])
    func uriHosts(_ uri: String, _ host: String?) {
        #expect(NameConstraintMatcher.uriHost(Array(uri.utf8)) == host.map { Array($0.utf8) })
    }

    @Test func uriSubtrees() throws {
        let exact = try #require(NameConstraintMatcher.uriConstraint(Array("example.com".utf8)))
        let domain = try #require(NameConstraintMatcher.uriConstraint(Array(".example.com".utf8)))
        #expect(NameConstraintMatcher.uri(host: Array("example.com".utf8), isWithin: exact))
        #expect(!NameConstraintMatcher.uri(host: Array("www.example.com".utf8), isWithin: exact))
        #expect(NameConstraintMatcher.uri(host: Array("www.example.com".utf8), isWithin: domain))
        #expect(!NameConstraintMatcher.uri(host: Array("example.com".utf8), isWithin: domain))
    }
}
