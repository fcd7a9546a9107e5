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

/// The embedded list is written sorted so that loading it costs one pass; a hand edit that
/// breaks the order must still give the same answers.
struct PublicSuffixTableTests {
    @Test func embeddedTableHoldsEveryRule() {
        let lines = PublicSuffixList.embeddedRules.split(separator: "\n")
        #expect(PublicSuffixList.embedded.count == lines.count)
        #expect(lines.count > 9_000)
    }

    @Test func unsortedInputIsSortedAndDeduplicated() {
        let table = SortedByteStrings(lines: "org\ncom\n*.ck\ncom\n\nnet\n".utf8)
        #expect(table.count == 4)
        for entry in ["org", "com", "*.ck", "net"] { #expect(table.contains(Array(entry.utf8))) }
        for absent in ["", "co", "comm", "ck", "*.c"] { #expect(!table.contains(Array(absent.utf8))) }
    }

    @Test func sortedInputIsTakenAsItIs() {
        let table = SortedByteStrings(lines: "a\nab\nb\n".utf8)
        #expect(table.count == 3)
        #expect(table.contains(Array("ab".utf8)) && table.contains(Array("a".utf8)) && !table.contains(Array("aa".utf8)))
    }
}
