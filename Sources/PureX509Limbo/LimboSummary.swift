/// Counts of a limbo run against the suite's expectations.
public struct LimboSummary: Sendable {
    public let total: Int
    public let passed: Int
    public let skipped: Int
    /// Expected FAILURE, got SUCCESS: the results that must never happen.
    public let falseAccepts: Int
    /// Expected SUCCESS, got FAILURE.
    public let falseRejects: Int
    /// Ids of every case that did not give the expected result, with actual and context.
    public let nonPassing: [(id: String, expected: String, actual: String, context: String)]

    public init(suite: LimboSuite, results: [LimboResult]) {
        var passed = 0, skipped = 0, falseAccepts = 0, falseRejects = 0
        var nonPassing: [(String, String, String, String)] = []
        for (testcase, result) in zip(suite.testcases, results) {
            if result.actual.rawValue == testcase.expectedResult {
                passed += 1
                continue
            }
            switch result.actual {
            case .skipped: skipped += 1
            case .success: falseAccepts += 1
            case .failure: falseRejects += 1
            }
            nonPassing.append((testcase.id, testcase.expectedResult, result.actual.rawValue, result.context))
        }
        total = suite.testcases.count
        self.passed = passed
        self.skipped = skipped
        self.falseAccepts = falseAccepts
        self.falseRejects = falseRejects
        self.nonPassing = nonPassing
    }

    /// A human summary: the score line and one line per non-passing case.
    public var text: String {
        var lines = ["limbo: \(passed)/\(total) as expected; \(falseAccepts) false accept(s), \(falseRejects) false reject(s), \(skipped) skipped"]
        for item in nonPassing {
            lines.append("  \(item.id): expected \(item.expected), got \(item.actual): \(item.context)")
        }
        return lines.joined(separator: "\n")
    }
}
