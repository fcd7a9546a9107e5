import Foundation
import Testing
@testable import PureX509

/// The long texts of the finding codes: one per code, each part written, and the README's
/// table made from them (Scripts/update-finding-codes.sh) and equal to them.
@Suite("Finding explanations")
struct FindingExplanationTests {
    @Test(arguments: FindingCode.allCases)
    func everyCodeIsExplained(_ code: FindingCode) {
        let explanation = code.explanation
        #expect(explanation.code == code)
        for part in [explanation.meaning, explanation.example, explanation.clients, explanation.fix] {
            #expect(part.count >= 10, "\(code.rawValue): a part is missing")
            #expect(!part.contains("|") && !part.contains("\n"), "\(code.rawValue): breaks the Markdown table")
        }
        #expect(["error", "warning", "info"].contains { explanation.severity.hasPrefix($0) })
    }

    /// No two codes share a text: each was written for its code.
    @Test func textsAreDistinct() {
        let all = FindingExplanation.all
        #expect(Set(all.map(\.clients)).count == all.count)
        #expect(Set(all.map(\.fix)).count == all.count)
        #expect(Set(all.map(\.meaning)).count == all.count)
    }

    /// The README's table is exactly `markdownTable`, between its markers.
    @Test func readmeTableIsMadeFromTheExplanations() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- finding-codes:begin"))
        let afterMarker = try #require(readme[begin.upperBound...].range(of: "-->\n"))
        let end = try #require(readme.range(of: "\n<!-- finding-codes:end -->"))
        let table = String(readme[afterMarker.upperBound..<end.lowerBound]) + "\n"
        #expect(table == FindingExplanation.markdownTable, "README.md is stale: run Scripts/update-finding-codes.sh")
    }
}
