import Foundation
import Testing
@testable import PureX509ASN1

/// Every PEM block of the system CA bundle and every committed vector decodes, and
/// re-encodes byte for byte through ASN1Node and DERWriter (and through PEMWriter).
@Suite("Round trips over real data")
struct RoundTripTests {
    static func reencode(_ der: [UInt8]) throws -> [UInt8] {
        let nodes = try ASN1Node.parseAll(der)
        var writer = DERWriter()
        for node in nodes { node.encode(from: der, into: &writer) }
        return writer.bytes
    }

    @Test("system CA bundle", .enabled(if: TestFiles.hasCABundle, "no /etc/ssl/certs/ca-certificates.crt on this machine"))
    func caBundle() throws {
        let bytes = try TestFiles.read(URL(fileURLWithPath: TestFiles.caBundlePath))
        let document = try PEMDocument(parsing: bytes)
        #expect(document.blocks.count > 50)
        for block in document.blocks {
            #expect(block.label == .certificate)
            #expect(try Self.reencode(block.der) == block.der, "block at line \(block.beginLine)")
            #expect(ASN1Dump(block.der).isValid, "block at line \(block.beginLine)")
        }
        // The bundle is written by OpenSSL: the strict reader accepts it and PEMWriter
        // reproduces each block's text.
        let strict = try PEMDocument(parsing: bytes, mode: .strict)
        #expect(strict.blocks.map(\.der) == document.blocks.map(\.der))
        for block in document.blocks {
            #expect(Array(block.pemText.utf8.dropLast()) == Array(bytes[block.range]))
        }
    }

    @Test("committed test vectors")
    func testVectors() throws {
        let files = TestFiles.validVectors()
        try #require(!files.isEmpty, "no vectors under \(TestFiles.testVectors.path)")
        for file in files {
            let bytes = try TestFiles.read(file)
            let ders: [[UInt8]]
            switch InputEncoding.sniff(bytes) {
            case .pem: ders = try PEMDocument(parsing: bytes).blocks.filter { !$0.isLegacyEncrypted }.map(\.der)
            case .der: ders = [bytes]
            case .unknown:
                Issue.record("\(file.lastPathComponent): neither PEM nor DER")
                continue
            }
            for der in ders {
                #expect(try Self.reencode(der) == der, "\(file.lastPathComponent)")
            }
        }
    }
}
