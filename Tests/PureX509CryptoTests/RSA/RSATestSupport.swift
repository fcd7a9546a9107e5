import Foundation

/// Shared helpers for the RSA and signature tests: hex, and the location of the shared
/// suites (../shared next to the package root, found from this file's path).
enum RSATestSupport {
    /// The package root: three levels above this file (Tests/PureX509CryptoTests/RSA/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared/wycheproof relative to the package root.
    static let wycheproofDirectory = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/wycheproof")

    /// TestVectors/crypto in the package.
    static let vectorsDirectory = packageRoot.appendingPathComponent("TestVectors/crypto")

    /// True when the Wycheproof files are present.
    static var hasWycheproof: Bool {
        FileManager.default.fileExists(
            atPath: wycheproofDirectory.appendingPathComponent("rsa_signature_2048_sha256_test.json").path)
    }

    /// Decodes hex; traps on malformed test data (a bug in the test, not in the code).
    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        precondition(digits.count % 2 == 0, "odd-length hex in test data")
        func value(_ digit: UInt8) -> UInt8 {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
            default: preconditionFailure("bad hex digit in test data")
            }
        }
        return stride(from: 0, to: digits.count, by: 2).map { value(digits[$0]) << 4 | value(digits[$0 + 1]) }
    }

    /// Reads a JSON file as a dictionary.
    static func json(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return object
    }

}
