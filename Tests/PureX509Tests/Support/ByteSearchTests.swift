import Testing

@testable import PureX509

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

    /// Random haystacks and needles over a small alphabet (dashes, spaces, letters), searched
    /// in random windows: the first place found is the first place there is.
    @Test func firstIndexAgreesWithTheObviousSearch() {
        let alphabet = Array("-- BEGINab".utf8)
        var generator = SeededGenerator(seed: 0x5EED)
        func next(_ bound: Int) -> Int { generator.next(below: bound) }
        for _ in 0..<4000 {
            let haystack = (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }
            let needle = (0..<(1 + next(6))).map { _ in alphabet[next(alphabet.count)] }
            let start = next(haystack.count + 1), end = start + next(haystack.count - start + 1)
            let obvious = needle.count > end - start ? nil
                : (start...(end - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
            let found = haystack.withUnsafeBufferPointer { buffer in
                needle.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: buffer, from: start, to: end) }
            }
            #expect(found == obvious, "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self))[\(start)..<\(end)]")
        }
    }
}
