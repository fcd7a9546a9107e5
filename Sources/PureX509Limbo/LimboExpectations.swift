import Foundation
import PureX509

/// The committed list of cases that do not give limbo's expected result, each with the
/// result we give and why (Tests/PureX509Tests/Verification/limbo-expectations.json):
///
/// ```json
/// {"version": 1, "cases": [{"id": "...", "actual": "FAILURE", "reason": "..."}]}
/// ```
public struct LimboExpectations: Decodable, Sendable {
    public struct Entry: Decodable, Sendable {
        public let id: String
        public let actual: String
        public let reason: String
    }

    public let version: Int
    public let cases: [Entry]

    public static func load(path: String) throws -> LimboExpectations {
        try JSONDecoder().decode(LimboExpectations.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Every disagreement between a run and this file: a case not listed that does not give
    /// limbo's expected result (a regression), a listed case whose result changed (fixed or
    /// different: update the file), a listed id that is not in the suite.
    public func problems(suite: LimboSuite, results: [LimboResult]) -> [String] {
        var listed: [String: Entry] = [:]
        for entry in cases { listed[entry.id] = entry }
        var problems: [String] = []
        var seen: Set<String> = []
        for (testcase, result) in zip(suite.testcases, results) {
            seen.insert(testcase.id)
            let actual = result.actual.rawValue
            if let entry = listed[testcase.id] {
                if entry.actual != actual {
                    problems.append("\(testcase.id): listed as \(entry.actual) (\(entry.reason)) but gives \(actual): \(result.context)")
                }
            } else if actual != testcase.expectedResult {
                problems.append("\(testcase.id): expected \(testcase.expectedResult), got \(actual): \(result.context)")
            }
        }
        for entry in cases where !seen.contains(entry.id) {
            problems.append("\(entry.id): listed but not in the suite")
        }
        return problems
    }

    /// An expectations file for a run, to review and commit: every case whose result
    /// differs from limbo's, with `reason(testcase)` or the result's context when that is nil.
    public static func document(
        suite: LimboSuite, results: [LimboResult], profile: VerificationProfile?, reason: (LimboTestcase) -> String?
    ) -> String {
        func quoted(_ text: String) -> String {
            let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        var lines: [String] = []
        for (testcase, result) in zip(suite.testcases, results) where result.actual.rawValue != testcase.expectedResult {
            let why = reason(testcase) ?? result.context
            lines.append(
                "    {\"id\": \(quoted(testcase.id)), \"actual\": \(quoted(result.actual.rawValue)),\n     \"reason\": \(quoted(why))}")
        }
        let comment =
            profile.map { "Every x509-limbo case whose result under the \($0.name) profile differs from limbo's expected_result, with the result and why." }
            ?? "Every x509-limbo case whose result differs from limbo's expected_result, each case run under the profile its namespace names (rfc5280:: under rfc5280, the others under webPKI), with the result and why."
        return "{\n  \"version\": 1,\n  \"comment\": \(quoted(comment)),\n  \"cases\": [\n" + lines.joined(separator: ",\n") + "\n  ]\n}"
    }
}
