import Foundation
import Testing
import PureX509

/// The README's library example, kept compiling and true.
@Suite("README example")
struct ReadmeExampleTests {
    static let leafPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TestVectors/verification/leaf.pem").path

    @Test func libraryExampleRuns() throws {
        let pem = try String(contentsOfFile: Self.leafPath, encoding: .utf8)
        let document = try PEMDocument(parsing: Array(pem.utf8))
        let derBytes = try #require(document.blocks.first).der

        let certificate = try Certificate(derEncoded: derBytes)
        #expect(!certificate.subject.rfc4514String.isEmpty)
        #expect(certificate.notAfter > certificate.notBefore)
        #expect(!certificate.isCA)

        var failure: (any Error)?
        do {
            _ = try Certificate(derEncoded: Array(derBytes.dropLast()))
        } catch {
            failure = error
        }
        let message = String(describing: try #require(failure))
        #expect(message.contains("byte"), "the error names a byte offset: \(message)")
    }
}
