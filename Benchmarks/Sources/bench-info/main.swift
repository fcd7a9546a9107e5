import BenchmarkInputs
import Foundation
import X509

// bench-info: the facts compare.sh prints beside the timings (which bundle, how many
// certificates, their DER size) and the retained heap per parsed certificate, measured
// here without package-benchmark's malloc interposer (whose per-allocation header would
// inflate the figure). Output: one JSON object on stdout.

let set = Inputs.bundle
if CommandLine.arguments.contains("--check") {
    // Which certificates does each parser reject?
    for (index, der) in set.ders.enumerated() {
        do { _ = try X509.Certificate(derEncoded: der) } catch { print("swift-certificates rejects #\(index): \(error)") }
    }
    checkPureX509(set.ders)
}
var retained: [(String, Double?)] = []

// swift-certificates
retained.append(("swift-certificates", RetainedMemory.perItem(set.ders) { try X509.Certificate(derEncoded: $0) }))
// PureX509 (see RetainedPureX509.swift)
retained.append(("PureX509", retainedPureX509(set.ders)))

var fields: [String] = []
fields.append("\"source\": \"\(set.source)\"")
fields.append("\"certificates\": \(set.ders.count)")
fields.append("\"derBytes\": \(set.totalBytes)")
fields.append("\"pemBytes\": \(set.pem.count)")
fields.append("\"testVectorCertificates\": \(Inputs.testVectorCertificates.count)")
let memory = retained.map { name, value in "\"\(name)\": \(value.map { String(format: "%.1f", $0) } ?? "null")" }
fields.append("\"retainedBytesPerCertificate\": {\(memory.joined(separator: ", "))}")
print("{\(fields.joined(separator: ", "))}")
