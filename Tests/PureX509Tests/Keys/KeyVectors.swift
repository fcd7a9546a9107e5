import Foundation
import PureX509

/// The committed vectors of TestVectors/keys (made by TestVectors/gen/30-keys.sh).
enum KeyVectors {
    /// The package root, from this file's path (Tests/PureX509Tests/Keys/KeyVectors.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = packageRoot.appendingPathComponent("TestVectors/keys")

    /// The password of every encrypted vector but the ones below.
    static let password = "test-password"
    /// The password of the unicode-password*.p12 files.
    static let unicodePassword = "pässwörd-😀"

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    static func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url(name).path)
    }

    /// The DER of every PEM block labelled `label` in a file (empty when the file is absent).
    static func pemBlocks(_ name: String, label: PEMLabel) throws -> [[UInt8]] {
        guard exists(name) else { return [] }
        return try PEMDocument(parsing: bytes(name)).blocks.filter { $0.label == label }.map(\.der)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }
}
