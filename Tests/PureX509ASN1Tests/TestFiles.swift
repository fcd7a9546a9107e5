import Foundation

/// Files the tests read: committed vectors under TestVectors/ and the system CA bundle.
enum TestFiles {
    /// The package root, found from this file's path (Tests/PureX509ASN1Tests/TestFiles.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let testVectors = packageRoot.appendingPathComponent("TestVectors")
    static let malformed = testVectors.appendingPathComponent("malformed")

    /// The Debian/Ubuntu system CA bundle.
    static let caBundlePath = "/etc/ssl/certs/ca-certificates.crt"
    static var hasCABundle: Bool { FileManager.default.isReadableFile(atPath: caBundlePath) }

    static func read(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func malformed(_ name: String) throws -> [UInt8] {
        try read(malformed.appendingPathComponent(name))
    }

    /// Every committed valid vector (DER or PEM), recursively: all but the malformed ones.
    static func validVectors() -> [URL] {
        let extensions: Set<String> = ["der", "pem", "crt", "cer", "crl", "csr", "key", "p7b", "p7c"]
        guard let walker = FileManager.default.enumerator(at: testVectors, includingPropertiesForKeys: nil) else { return [] }
        var result: [URL] = []
        for case let url as URL in walker {
            let relative = url.path.dropFirst(testVectors.path.count)
            // Malformed vectors are tested on their own; their valid base certificate is not.
            if relative.hasPrefix("/malformed") && !url.lastPathComponent.hasPrefix("base-") { continue }
            if relative.hasPrefix("/gen") { continue }
            // Diagnosis scenarios are server setups broken on purpose (bad base64, a missing
            // END line, damaged DER, ...); Tests/PureX509Tests/Diagnosis checks each of them.
            if relative.hasPrefix("/scenarios") { continue }
            // The real-life corpus likewise (files joined without a newline, damaged blocks,
            // CSRs as certificates); Tests/PureX509Tests/Diagnosis/RealLifeCorpusTests.
            if relative.hasPrefix("/real-life") { continue }
            // Chains with a damaged block on purpose (TestVectors/gen/54-revocation.sh), checked
            // by the verify tests.
            if relative.hasPrefix("/verification/revocation/") && url.lastPathComponent.contains("damaged") { continue }
            // `scan` inputs broken or not certificates on purpose (TestVectors/gen/55-scan.sh):
            // a damaged block, a body without armour, prose in a .crt.
            if relative.hasPrefix("/scan/broken") || relative.hasPrefix("/scan/tree/misc") { continue }
            if extensions.contains(url.pathExtension.lowercased()) { result.append(url) }
        }
        return result.sorted { $0.path < $1.path }
    }

    /// A real certificate's DER: the first of the CA bundle, else the committed base
    /// certificate of the malformed vectors.
    static func realCertificate() throws -> [UInt8] {
        if hasCABundle, let document = try? PEMDocumentLoader.load(caBundlePath), let first = document.first {
            return first
        }
        return try malformed("base-cert.der")
    }
}

import PureX509ASN1

enum PEMDocumentLoader {
    /// The DER of every block of the PEM file at `path`.
    static func load(_ path: String) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        return try PEMDocument(parsing: bytes).blocks.map(\.der)
    }
}
