import Foundation
import PureX509

/// Hex text ("30 82 01 0a" or "30:82" or "3082") to bytes.
func hex(_ text: String) -> [UInt8] {
    let digits = text.unicodeScalars.filter { $0.properties.isASCIIHexDigit }
    var result: [UInt8] = []
    var iterator = digits.makeIterator()
    while let high = iterator.next(), let low = iterator.next() {
        result.append(UInt8(String(high), radix: 16)! << 4 | UInt8(String(low), radix: 16)!)
    }
    return result
}

/// Bytes to lowercase hex without separators.
func hexLower(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// The package root (found from this file's path).
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every PEM block with `label` in `text`, decoded (a minimal reader for test inputs).
func pemBlocks(_ text: String, label: String = "CERTIFICATE") -> [[UInt8]] {
    var result: [[UInt8]] = []
    var body = ""
    var inside = false
    for line in text.split(whereSeparator: \.isNewline) {
        if line.hasPrefix("-----BEGIN \(label)-----") { inside = true; body = ""; continue }
        if line.hasPrefix("-----END \(label)-----") {
            inside = false
            if let data = Data(base64Encoded: body) { result.append(Array(data)) }
            continue
        }
        if inside { body += line.trimmingCharacters(in: .whitespaces) }
    }
    return result
}

/// The system CA bundle, or nil when this machine has none.
let systemBundlePath = "/etc/ssl/certs/ca-certificates.crt"
func systemBundle() -> [[UInt8]]? {
    guard let text = try? String(contentsOfFile: systemBundlePath, encoding: .utf8) else { return nil }
    return pemBlocks(text)
}

/// Reads a file under TestVectors/.
func testVector(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent("TestVectors").appendingPathComponent(path)))
}

extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `needle`, or nil.
    func offset(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for start in 0...(count - needle.count) where self[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
