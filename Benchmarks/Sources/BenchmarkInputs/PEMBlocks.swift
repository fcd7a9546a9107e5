import Foundation

/// A plain PEM splitter for preparing inputs (Foundation's base64), outside any timed
/// region. It is deliberately not the PEM reader under test.
enum PEMBlocks {
    static func certificates(in bytes: [UInt8]) -> [[UInt8]] {
        guard let text = String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes, encoding: .isoLatin1) else { return [] }
        var ders: [[UInt8]] = []
        var body: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line == "-----BEGIN CERTIFICATE-----" || line == "-----BEGIN TRUSTED CERTIFICATE-----" {
                body = ""
            } else if line.hasPrefix("-----END ") {
                if let base64 = body, let data = Data(base64Encoded: base64) { ders.append([UInt8](data)) }
                body = nil
            } else if body != nil {
                body! += line
            }
        }
        return ders
    }
}
