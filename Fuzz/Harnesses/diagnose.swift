// The diagnosis engine on fuzzed file sets: up to four files (split on a separator line)
// play the served chain, the key, the trust anchors and the repair pool, with a fuzzed
// host. Never a trap, never a hang; every finding has a code, a message and a fix, and
// points at a certificate of the report when it names an index.
import PureX509

private let separator = Array("\n=====\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiagnose(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let roles = input.byte()
    let host = String(decoding: input.chunk(maximum: 40), as: UTF8.self)
    let files = input.restSplit(on: separator, maximumParts: 4)
    func source(_ index: Int) -> DiagnosisSource? {
        index < files.count ? DiagnosisSource(name: "file\(index).pem", bytes: files[index]) : nil
    }
    var diagnosis = DiagnosisInput(certificates: [source(0)].compactMap { $0 }, time: 1_800_000_000)
    if roles & 1 != 0 { diagnosis.key = source(1) }
    if roles & 2 != 0, let anchors = source(2) { diagnosis.trustAnchors = [anchors] }
    if roles & 4 != 0, let pool = source(3) { diagnosis.repairPool = [pool] }
    if roles & 8 != 0, !host.isEmpty { diagnosis.host = host }
    let report = Diagnosis.run(diagnosis)
    for finding in report.findings {
        fuzzCheck(!finding.message.isEmpty, "finding \(finding.code.rawValue) without a message")
        if let index = finding.certificate?.index {
            // Served positions count unreadable blocks too (they keep their number), so the
            // index must be that of a certificate that was read.
            fuzzCheck(report.certificates.contains { $0.index == index },
                      "finding \(finding.code.rawValue) names certificate \(index), not a served certificate")
        }
    }
    if let leaf = report.leafIndex { fuzzCheck(leaf >= 0 && leaf < report.certificates.count, "leaf index \(leaf)") }
    return 0
}
