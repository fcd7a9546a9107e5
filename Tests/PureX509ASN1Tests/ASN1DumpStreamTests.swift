import Foundation
import Testing
import PureX509ASN1

/// `ASN1DumpStream` reports exactly what `ASN1Dump` builds (same lines, same validity,
/// same failure), without the tree: compared on every committed file, every malformed
/// vector, byte-by-byte truncations and crafted limit cases.
@Suite("ASN1DumpStream: the dump without the tree")
struct ASN1DumpStreamTests {
    /// Both dumps of `bytes` agree line for line, in validity, failure and error depth.
    static func expectSame(_ bytes: [UInt8], maximumDepth: Int = DERReader.defaultMaximumDepth,
                           maximumElements: Int = DERReader.defaultMaximumElements, _ what: String) {
        let tree = ASN1Dump(bytes, maximumDepth: maximumDepth, maximumElements: maximumElements)
        let stream = ASN1DumpStream(bytes, maximumDepth: maximumDepth, maximumElements: maximumElements)
        #expect(stream.textLines() == tree.textLines(), "\(what)")
        #expect(stream.textLines(redactValues: true, previewBytes: .max) == tree.textLines(redactValues: true, previewBytes: .max),
                "\(what)")
        #expect(stream.isValid == tree.isValid, "\(what)")
        #expect(stream.failure == tree.failure, "\(what)")
        #expect(stream.failureDepth == tree.failureDepth || stream.failure == nil, "\(what)")
        // Entries and nodes agree field by field, in document order.
        var entries: [ASN1DumpEntry] = []
        stream.walk(enter: { entries.append($0) }, leave: { _ in })
        var nodes: [ASN1DumpNode] = []
        func collect(_ node: ASN1DumpNode) {
            nodes.append(node)
            node.children.forEach(collect)
        }
        tree.nodes.forEach(collect)
        #expect(entries.count == nodes.count, "\(what)")
        for (entry, node) in zip(entries, nodes) where entry.element != node.element || entry.childCount != node.children.count
            || entry.encapsulates != node.encapsulates || entry.isComplete != node.isComplete || entry.value != node.value {
            Issue.record("\(what): entry at \(entry.element.start) differs from the tree's node at \(node.element.start)")
            break
        }
    }

    /// The DER of every committed vector (each PEM block's), and every malformed vector.
    static func inputs() throws -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        for url in TestFiles.validVectors() {
            let bytes = try TestFiles.read(url)
            if let document = try? PEMDocument(parsing: bytes), !document.blocks.isEmpty {
                for (index, block) in document.blocks.enumerated() { result.append(("\(url.lastPathComponent)#\(index)", block.der)) }
            } else {
                result.append((url.lastPathComponent, bytes))
            }
        }
        let malformed = (try? FileManager.default.contentsOfDirectory(atPath: TestFiles.malformed.path)) ?? []
        for name in malformed.sorted() {
            result.append(("malformed/\(name)", try TestFiles.malformed(name)))
        }
        return result
    }

    @Test("every committed vector: the same dump")
    func vectors() throws {
        let inputs = try Self.inputs()
        #expect(inputs.count > 100)
        for (name, bytes) in inputs { Self.expectSame(bytes, name) }
    }

    @Test("every truncation and a small element limit of a certificate: the same dump")
    func truncationsAndLimits() throws {
        let inputs = try Self.inputs().filter { $0.0.hasSuffix(".cert.pem#0") }.prefix(3)
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            for length in stride(from: 0, to: bytes.count, by: 7) {
                Self.expectSame(Array(bytes.prefix(length)), "\(name) cut at \(length)")
            }
            for limit in [1, 2, 5, 17, 40, 100] {
                Self.expectSame(bytes, maximumElements: limit, "\(name), \(limit) elements")
            }
            Self.expectSame(bytes, maximumDepth: 3, "\(name), depth 3")
        }
    }

    static let crafted: [(String, [UInt8], Int)] = [
        ("OCTET STRING { SEQUENCE { NULL } } twice, limit 5", [0x04, 0x04, 0x30, 0x02, 0x05, 0x00, 0x04, 0x04, 0x30, 0x02, 0x05, 0x00], 5),
        ("nested encapsulation", [0x04, 0x06, 0x04, 0x04, 0x30, 0x02, 0x05, 0x00], 100),
        ("OCTET STRING holding a truncated SEQUENCE", [0x04, 0x04, 0x30, 0x05, 0x05, 0x00], 100),
        ("BIT STRING with unused bits", [0x03, 0x03, 0x01, 0x05, 0x00], 100),
        ("empty SEQUENCE", [0x30, 0x00], 100),
        ("value error then more", [0x30, 0x06, 0x02, 0x02, 0x00, 0x01, 0x05, 0x00], 100),
        ("bad length inside", [0x30, 0x04, 0x30, 0x81, 0x01, 0x00], 100),
        ("nesting deeper than the limit", [UInt8](repeating: 0, count: 0) + (0..<70).flatMap { _ in [UInt8(0x30), 0x80] }, 100),
    ]

    @Test("crafted structures: the same dump", arguments: 0..<crafted.count)
    func craftedInputs(_ index: Int) {
        let (name, bytes, limit) = Self.crafted[index]
        Self.expectSame(bytes, maximumElements: limit, name)
    }

    @Test("deep nesting: the same dump at the depth limit")
    func deepNesting() {
        var bytes: [UInt8] = [0x05, 0x00]
        for _ in 0..<60 { bytes = [0x30, UInt8(bytes.count)] + bytes }  // short lengths: at most 120
        Self.expectSame(bytes, "60 deep")
        Self.expectSame(bytes, maximumDepth: 30, "60 deep, limit 30")
        var small: [UInt8] = [0x05, 0x00]
        for _ in 0..<10 { small = [0x30, UInt8(small.count)] + small }
        Self.expectSame(small, maximumDepth: 4, "10 deep, limit 4")
    }

    @Test("the element limit holds: one million and one NULLs stop at the limit")
    func elementLimit() {
        let input = [UInt8]((0..<(DERReader.defaultMaximumElements + 1)).flatMap { _ in [UInt8(0x05), 0x00] })
        let stream = ASN1DumpStream(input)
        #expect(stream.failure == .tooManyElements(offset: 2 * DERReader.defaultMaximumElements, limit: DERReader.defaultMaximumElements))
        #expect(stream.elementCount == DERReader.defaultMaximumElements)
        var count = 0
        stream.walk(enter: { _ in count += 1 }, leave: { _ in })
        #expect(count == DERReader.defaultMaximumElements)
    }
}
