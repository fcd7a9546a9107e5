import Foundation
import PureX509
import Testing

/// NIST PKITS, every test of section 4 and every subpart of the tests the document runs
/// under several policy settings (pkits-tests.json), through the library with the settings
/// of `x509dump verify --profile client --purpose any --allow-legacy --crl-check all`. The
/// certificates and CRLs are not committed: Scripts/fetch-pkits.sh fetches them into
/// ../shared/pkits (CI runs it). Every row must give the outcome PKITS expects; none is
/// skipped.
struct PKITSTests {
    static let absent = "PKITS data is absent: run Scripts/fetch-pkits.sh (it fills ../shared/pkits, or $PKITS_DIR)"

    @Test("the table lists every PKITS test once, with existing files")
    func table() throws {
        let cases = PKITSCase.all
        // 224 tests in sections 4.1 to 4.16; 4.8, 4.10 and 4.12 run 23 more subparts.
        #expect(cases.count == 247)
        #expect(Set(cases.map(\.id)).count == cases.count, "duplicate ids")
        let sections = Dictionary(grouping: cases) { $0.id.split(separator: ".").prefix(2).joined(separator: ".") }
        let expected = [
            "4.1": 6, "4.2": 8, "4.3": 11, "4.4": 21, "4.5": 8, "4.6": 17, "4.7": 5, "4.8": 35, "4.9": 8, "4.10": 21,
            "4.11": 11, "4.12": 11, "4.13": 38, "4.14": 35, "4.15": 10, "4.16": 2,
        ]
        #expect(sections.mapValues(\.count) == expected)
        for testcase in cases {
            #expect(testcase.certificates.last?.hasSuffix("EE") == true, "\(testcase.id): the last certificate is the end entity")
            #expect(testcase.crls.first == "TrustAnchorRootCRL", "\(testcase.id)")
        }
        guard PKITSCase.dataPresent else { return }
        for testcase in cases {
            for stem in testcase.certificates {
                #expect(FileManager.default.fileExists(atPath: testcase.certificatePath(stem)), "\(testcase.id): \(stem)")
            }
            for stem in testcase.crls {
                #expect(FileManager.default.fileExists(atPath: testcase.crlPath(stem)), "\(testcase.id): \(stem)")
            }
        }
    }

    @Test("PKITS", .enabled(if: PKITSCase.dataPresent, Comment(rawValue: absent)), arguments: PKITSCase.all)
    func pkits(_ testcase: PKITSCase) {
        let outcome = testcase.run()
        #expect(
            outcome.validated == testcase.valid,
            "\(testcase.id) \(testcase.name): PKITS expects \(testcase.valid ? "a valid path" : "rejection"), got \(outcome.detail)")
    }

    /// The count, printed for the README and CI log.
    @Test("PKITS summary", .enabled(if: PKITSCase.dataPresent, Comment(rawValue: absent)))
    func summary() {
        var failures: [String] = []
        for testcase in PKITSCase.all {
            let outcome = testcase.run()
            if outcome.validated != testcase.valid {
                failures.append("\(testcase.id) \(testcase.name): expected \(testcase.valid ? "valid" : "invalid"), \(outcome.detail)")
            }
        }
        print("PKITS: \(PKITSCase.all.count - failures.count) of \(PKITSCase.all.count) pass")
        for failure in failures { print("  FAIL \(failure)") }
        #expect(failures.isEmpty)
    }
}
