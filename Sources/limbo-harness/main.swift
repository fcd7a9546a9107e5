import Foundation
import PureX509Limbo

// limbo-harness: runs x509-limbo's limbo.json through PureX509 and writes the results JSON.
//
// usage: limbo-harness LIMBO_JSON [--output RESULTS_JSON] [--check EXPECTATIONS_JSON] [--explain ID]
//   --check: exit 1 when any case gives a result other than limbo's expected one and is not
//            listed with that result in the expectations file (so any unlisted false
//            accept), or a listed case gives another result (fixed or changed: update it).

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
    return value
}
let output = option("--output")
let expectationsPath = option("--check")
let explainID = option("--explain")
guard arguments.count == 1 else {
    FileHandle.standardError.write(Data("usage: limbo-harness LIMBO_JSON [--output RESULTS_JSON] [--check EXPECTATIONS_JSON] [--explain ID]\n".utf8))
    exit(2)
}

let started = Date()
let suite: LimboSuite
do {
    suite = try LimboRunner.loadSuite(path: arguments[0])
} catch {
    FileHandle.standardError.write(Data("limbo-harness: cannot read \(arguments[0]): \(error)\n".utf8))
    exit(2)
}
let loaded = Date()
if let explainID {
    for testcase in suite.testcases where testcase.id == explainID { print(LimboRunner.explain(testcase)) }
    exit(0)
}
let results = LimboRunner.run(suite)
let finished = Date()

if let output {
    do {
        try LimboRunner.resultsJSON(results, harness: "purex509-0.1.0").write(to: URL(fileURLWithPath: output))
    } catch {
        FileHandle.standardError.write(Data("limbo-harness: cannot write \(output): \(error)\n".utf8))
        exit(2)
    }
}

let summary = LimboSummary(suite: suite, results: results)
print(summary.text)
print(String(format: "time: load %.2f s, verify %.2f s", loaded.timeIntervalSince(started), finished.timeIntervalSince(loaded)))

if let expectationsPath {
    do {
        let expectations = try LimboExpectations.load(path: expectationsPath)
        let problems = expectations.problems(suite: suite, results: results)
        for problem in problems { print("CHECK: \(problem)") }
        // A false accept not listed in the file is one of the problems.
        if !problems.isEmpty { exit(1) }
        print("check: results match \(expectationsPath)")
    } catch {
        FileHandle.standardError.write(Data("limbo-harness: cannot read \(expectationsPath): \(error)\n".utf8))
        exit(2)
    }
}
