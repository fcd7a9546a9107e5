import Foundation
import PureX509
import PureX509Limbo

// limbo-harness: runs x509-limbo's limbo.json through PureX509 and writes the results JSON.
//
// usage: limbo-harness LIMBO_JSON [--profile client|webpki|rfc5280] [--output RESULTS_JSON]
//                      [--check EXPECTATIONS_JSON] [--explain ID] [--differences]
//   --profile:     run every case under this profile (default: each case under the profile
//                  its namespace names: rfc5280:: under rfc5280, the others under webPKI,
//                  webpki::cn:: skipped with the reason)
//   --check:       exit 1 when any case gives a result other than limbo's expected one and
//                  is not listed with that result in the expectations file (so any unlisted
//                  false accept), or a listed case gives another result (fixed or changed:
//                  update it).
//   --differences: print the expectations file for this run (every case that differs from
//                  limbo, with the reason), to review and commit.

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
let profileName = option("--profile")
let printDifferences = arguments.contains("--differences")
arguments.removeAll { $0 == "--differences" }
let usage = "usage: limbo-harness LIMBO_JSON [--profile client|webpki|rfc5280] [--output RESULTS_JSON] [--check EXPECTATIONS_JSON] [--explain ID] [--differences]\n"
guard arguments.count == 1 else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
var profile: VerificationProfile?
if let profileName {
    guard let named = VerificationProfile.named(profileName) else {
        FileHandle.standardError.write(Data("limbo-harness: unknown profile \(profileName)\n".utf8) + Data(usage.utf8))
        exit(2)
    }
    profile = named
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
    for testcase in suite.testcases where testcase.id == explainID { print(LimboRunner.explain(testcase, profile: profile)) }
    exit(0)
}
let results = LimboRunner.run(suite, profile: profile)
if printDifferences {
    print(LimboExpectations.document(
        suite: suite, results: results, profile: profile,
        reason: { testcase in profile.flatMap { LimboRunner.difference(of: testcase, under: $0)?.context } }))
    exit(0)
}
let finished = Date()

if let output {
    do {
        try LimboRunner.resultsJSON(results, harness: "purex509-0.3.0-dev").write(to: URL(fileURLWithPath: output))
    } catch {
        FileHandle.standardError.write(Data("limbo-harness: cannot write \(output): \(error)\n".utf8))
        exit(2)
    }
}

let summary = LimboSummary(suite: suite, results: results)
print("profile: \(profile?.name ?? "per namespace (rfc5280:: under rfc5280, the others under webPKI)")")
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
