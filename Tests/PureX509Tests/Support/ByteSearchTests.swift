import PureX509
import Testing

/// `ByteSearch.contains`: the memchr/memcmp search behind scan's file choice and pem's
/// joined-BEGIN check, against the obvious definition.
@Suite("ByteSearch")
struct ByteSearchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let haystack: String
        let needle: String
        let found: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "at the start", haystack: "-----BEGIN CERT", needle: "-----BEGIN ", found: true),
        Case(name: "at the very end", haystack: "xx-----BEGIN ", needle: "-----BEGIN ", found: true),
        Case(name: "cut off by the end", haystack: "xx-----BEGIN", needle: "-----BEGIN ", found: false),
        Case(name: "after false starts of its first byte", haystack: "----- ----------BEGIN x", needle: "----------BEGIN ", found: true),
        Case(name: "absent", haystack: "no marker here", needle: "apiVersion", found: false),
        Case(name: "needle longer than the haystack", haystack: "api", needle: "apiVersion", found: false),
        Case(name: "empty needle", haystack: "anything", needle: "", found: false),
        Case(name: "empty haystack", haystack: "", needle: "a", found: false),
    ]

    @Test(arguments: cases)
    func contains(_ row: Case) {
        let bytes = Array(row.haystack.utf8)
        #expect(ByteSearch.contains(bytes, row.needle) == row.found)
        #expect(ByteSearch.contains(bytes, Array(row.needle.utf8)) == row.found)
        // The obvious definition agrees.
        let needle = Array(row.needle.utf8)
        let naive = !needle.isEmpty && bytes.count >= needle.count
            && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
        #expect(naive == row.found)
    }
}
