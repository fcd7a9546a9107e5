import Testing
@testable import PureX509

struct PublicSuffixListTests {
    @Test(arguments: [
        ("com", true), ("co.uk", true), ("s3.amazonaws.com", true), ("example.com", false),
        ("example.co.uk", false), ("", true), ("unlistedtld", true), ("foo.unlistedtld", false),
        ("COM", true), ("xn--p1ai", true),  // .рф in A-label form
    ])
    func embeddedList(_ domain: String, _ isSuffix: Bool) {
        #expect(PublicSuffixList.embedded.isPublicSuffix(domain) == isSuffix)
    }

    @Test func wildcardAndExceptionRules() {
        let list = PublicSuffixList(rules: "// comment\nck\n*.ck\n!www.ck\n")
        #expect(list.isPublicSuffix("ck"))
        #expect(list.isPublicSuffix("anything.ck"))
        #expect(!list.isPublicSuffix("www.ck"))
        #expect(!list.isPublicSuffix("a.anything.ck"))
    }
}
