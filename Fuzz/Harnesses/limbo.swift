// The x509-limbo harness input (Sources/PureX509Limbo): limbo.json decoding and running one
// testcase with fuzzed fields. Two shapes, chosen by the first byte:
//   even: the rest is JSON text, decoded as a suite, a single testcase and an expectations
//         file; up to four of the suite's cases run.
//   odd:  a testcase built field by field (validation kind, time, peer names, key usages,
//         EKUs, maximum depth, then the leaf, trust anchors, intermediates and CRLs, each a
//         DER chunk wrapped in PEM or raw PEM text), written as JSON, decoded and run.
// Never a trap; the invariants: a result carries its case's id; a leaf that does not parse,
// or a case without a trust anchor that parses, never succeeds, and a success names its
// path; explaining a case gives the result running it gave; the results JSON reads back
// with every id; the summary's counts add up; expectations written from a run's own results
// report no problem.
import Foundation
import PureX509
import PureX509Limbo

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLimbo(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let mode = input.byte()
    let decoder = JSONDecoder()
    if mode & 1 == 0 {
        let json = Data(input.rest())
        _ = try? decoder.decode(LimboTestcase.self, from: json)
        if let expectations = try? decoder.decode(LimboExpectations.self, from: json) {
            _ = expectations.problems(suite: LimboSuite(version: 1, testcases: []), results: [])
        }
        guard let suite = try? decoder.decode(LimboSuite.self, from: json) else { return 0 }
        check(LimboSuite(version: suite.version, testcases: Array(suite.testcases.prefix(4))))
    } else {
        guard let json = testcaseJSON(&input), let testcase = try? decoder.decode(LimboTestcase.self, from: json) else {
            return 0
        }
        check(LimboSuite(version: 1, testcases: [testcase]))
    }
    return 0
}

/// Runs every case of `suite` and checks the invariants above.
private func check(_ suite: LimboSuite) {
    let results = suite.testcases.map { LimboRunner.run($0) }
    for (testcase, result) in zip(suite.testcases, results) {
        fuzzCheck(result.id == testcase.id, "result id \(result.id) for case \(testcase.id)")
        if result.actual == .success {
            fuzzCheck(leafParses(testcase.peerCertificate), "\(testcase.id): success with a leaf that does not parse")
            fuzzCheck((testcase.trustedCerts ?? []).contains(where: leafParses), "\(testcase.id): success without a trust anchor")
            fuzzCheck(result.context.hasPrefix("path: "), "\(testcase.id): success without a path: \(result.context)")
        }
        // Without a time the case runs at "now", which may move between two runs.
        if testcase.validationTime != nil {
            let explanation = LimboRunner.explain(testcase)
            fuzzCheck(explanation.hasPrefix("\(testcase.id): \(result.actual.rawValue) "),
                      "\(testcase.id): explain disagrees with run (\(result.actual.rawValue)): \(explanation.prefix(200))")
        }
    }

    let document = try? LimboRunner.resultsJSON(results, harness: "fuzz")
    let decoded = document.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    let entries = decoded?["results"] as? [[String: Any]]
    fuzzCheck(entries?.count == results.count, "results JSON does not read back")
    fuzzCheck(entries?.map { $0["id"] as? String } == results.map(\.id), "results JSON ids differ")

    let summary = LimboSummary(suite: suite, results: results)
    fuzzCheck(summary.total == suite.testcases.count && summary.passed + summary.nonPassing.count == summary.total,
              "summary counts: \(summary.passed) passed + \(summary.nonPassing.count) not of \(summary.total)")
    fuzzCheck(summary.skipped + summary.falseAccepts + summary.falseRejects == summary.nonPassing.count,
              "summary kinds do not add up")
    _ = summary.text

    // Expectations listing every case with the result it gave agree with the run (ids must
    // be unique, and the times fixed, for the file to describe the run).
    let ids = suite.testcases.map(\.id)
    guard Set(ids).count == ids.count, suite.testcases.allSatisfy({ $0.validationTime != nil }) else { return }
    let listed = results.map { ["id": $0.id, "actual": $0.actual.rawValue, "reason": "fuzz"] }
    guard let expectationsJSON = try? JSONSerialization.data(withJSONObject: ["version": 1, "cases": listed]),
        let expectations = try? JSONDecoder().decode(LimboExpectations.self, from: expectationsJSON)
    else {
        fuzzCheck(false, "expectations written from the results do not decode")
        return
    }
    let problems = expectations.problems(suite: suite, results: suite.testcases.map { LimboRunner.run($0) })
    fuzzCheck(problems.isEmpty, "expectations from the run's own results: \(problems.prefix(2))")
}

/// Whether the first PEM block of `pem` is a certificate that parses (the runner's rule).
private func leafParses(_ pem: String) -> Bool {
    guard let block = try? PEMDocument(parsing: pem).blocks.first else { return false }
    return (try? Certificate(derEncoded: block.der)) != nil
}

/// A testcase's JSON from the fuzz input (the odd-mode layout above).
private func testcaseJSON(_ input: inout FuzzInput) -> Data? {
    func text(_ maximum: Int) -> String { String(decoding: input.chunk(maximum: maximum), as: UTF8.self) }
    var object: [String: Any] = ["id": "fuzz::" + text(16), "expected_result": input.bool() ? "SUCCESS" : "FAILURE"]
    switch input.byte() % 4 {
    case 0: object["validation_kind"] = "SERVER"
    case 1: object["validation_kind"] = "CLIENT"
    default: object["validation_kind"] = text(16)
    }
    let time = text(40)
    object["validation_time"] = time.isEmpty ? NSNull() : time

    let counts = input.byte()
    var names: [[String: String]] = []
    for _ in 0..<Int(counts & 3) {
        let kinds = ["DNS", "IP", "RFC822", "URI"]
        names.append(["kind": kinds[Int(input.byte() % 4)], "value": text(64)])
    }
    if counts & 4 != 0, let first = names.first { object["expected_peer_name"] = first }
    object["expected_peer_names"] = counts & 4 != 0 ? Array(names.dropFirst()) : names
    let usages = input.byte()
    let keyUsages = ["digitalSignature", "keyCertSign", "keyEncipherment", "cRLSign"]
    object["key_usage"] = (0..<4).filter { usages & (1 << $0) != 0 }.map { keyUsages[$0] }
    let extendedKeyUsages = ["serverAuth", "clientAuth", "codeSigning", "anyExtendedKeyUsage"]
    object["extended_key_usage"] = (0..<4).filter { usages & (16 << $0) != 0 }.map { extendedKeyUsages[$0] }
    let depth = input.byte()
    object["max_chain_depth"] = depth == 255 ? NSNull() : Int(depth) - 8

    let shape = input.byte()
    func pem(_ label: PEMLabel) -> String {
        let wrap = input.bool()
        let bytes = input.chunk(maximum: 4096)
        return wrap ? PEMWriter.encode(bytes, label: label) : String(decoding: bytes, as: UTF8.self)
    }
    object["peer_certificate"] = pem(.certificate)
    object["trusted_certs"] = (0..<Int(shape & 3)).map { _ in pem(.certificate) }
    object["untrusted_intermediates"] = (0..<Int(shape >> 2 & 3)).map { _ in pem(.certificate) }
    object["crls"] = (0..<Int(shape >> 4 & 1)).map { _ in pem(.x509CRL) }
    return try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
}
