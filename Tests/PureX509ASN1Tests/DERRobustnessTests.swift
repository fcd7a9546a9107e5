import Testing
@testable import PureX509ASN1

/// Hostile input gets a typed error, never a crash, a hang or a stack overflow.
@Suite("DER robustness")
struct DERRobustnessTests {
    /// `levels` nested SEQUENCEs around nothing, with minimal lengths, and the offset of
    /// each level's first byte.
    static func nested(_ levels: Int) -> (bytes: [UInt8], starts: [Int]) {
        // Content length of each level, innermost last.
        var lengths = [Int](repeating: 0, count: levels)
        var inner = 0
        for level in stride(from: levels - 1, through: 0, by: -1) {
            lengths[level] = inner
            inner += 1 + lengthOctetCount(inner)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(inner)
        var starts: [Int] = []
        for length in lengths {
            starts.append(bytes.count)
            bytes.append(0x30)
            if length < 128 {
                bytes.append(UInt8(length))
            } else {
                let octets = lengthOctetCount(length) - 1
                bytes.append(0x80 | UInt8(octets))
                for shift in stride(from: (octets - 1) * 8, through: 0, by: -8) { bytes.append(UInt8((length >> shift) & 0xFF)) }
            }
        }
        return (bytes, starts)
    }

    static func lengthOctetCount(_ length: Int) -> Int {
        if length < 128 { return 1 }
        var count = 1
        var rest = length
        while rest > 0 {
            count += 1
            rest >>= 8
        }
        return count
    }

    @Test("nesting below the limit is accepted")
    func nestingWithinLimit() throws {
        let (bytes, _) = Self.nested(DERReader.defaultMaximumDepth - 1)
        let node = try ASN1Node.parse(bytes)
        var depth = 0
        var current = node
        while let child = current.children.first {
            current = child
            depth += 1
        }
        #expect(depth == DERReader.defaultMaximumDepth - 2)
        #expect(ASN1Dump(bytes).isValid)
    }

    @Test("nesting up to the limit parses")
    func nestingAtLimit() throws {
        let (bytes, _) = Self.nested(DERReader.defaultMaximumDepth)
        #expect(throws: Never.self) { try ASN1Node.parse(bytes) }
        #expect(ASN1Dump(bytes).isValid)
    }

    @Test("nesting past the limit fails at the first level too deep", arguments: [DERReader.defaultMaximumDepth + 1, 1000, 100_000])
    func nestingTooDeep(levels: Int) {
        let (bytes, starts) = Self.nested(levels)
        let limit = DERReader.defaultMaximumDepth
        // Like DERReader.withContent: elements at depths 0...limit-1 may have children; the
        // constructed element at depth `limit` is the first one refused.
        let expected = DERError.nestingTooDeep(offset: starts[limit], limit: limit)
        #expect(throws: expected) { try ASN1Node.parse(bytes) }
        let dump = ASN1Dump(bytes)
        #expect(dump.failure == expected)
        #expect(!dump.isValid)
    }

    @Test("nesting through the reader's closures is limited too")
    func readerClosureDepth() {
        let (bytes, starts) = Self.nested(100)
        func descend(_ reader: inout DERReader) throws {
            if reader.isAtEnd { return }
            try reader.readSequence { try descend(&$0) }
        }
        var reader = DERReader(bytes)
        #expect(throws: DERError.nestingTooDeep(offset: starts[DERReader.defaultMaximumDepth], limit: DERReader.defaultMaximumDepth)) {
            try descend(&reader)
        }
    }

    @Test("every truncation of a real certificate gives a typed error")
    func truncations() throws {
        let certificate = try TestFiles.realCertificate()
        #expect(throws: Never.self) { try ASN1Node.parse(certificate) }
        for length in 0..<certificate.count {
            let prefix = Array(certificate[0..<length])
            do {
                _ = try ASN1Node.parse(prefix)
                Issue.record("prefix of \(length) bytes accepted")
            } catch {
                switch error {
                case .truncated: break
                default: Issue.record("prefix of \(length) bytes: \(error), expected truncated")
                }
            }
            if length > 0 {
                let dump = ASN1Dump(prefix)
                #expect(!dump.isValid, "prefix of \(length) bytes")
                #expect(dump.failure != nil, "prefix of \(length) bytes")
            }
        }
    }

    @Test("every single-byte corruption of a real certificate is parsed or refused, never a crash")
    func corruptions() throws {
        let certificate = try TestFiles.realCertificate()
        var refused = 0
        for index in certificate.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var corrupt = certificate
                corrupt[index] ^= flip
                if (try? ASN1Node.parse(corrupt)) == nil { refused += 1 }
                // The display walk too (once per byte, and its text every 8th: the slower path).
                if flip == 0xFF {
                    let dump = ASN1Dump(corrupt)
                    if index % 8 == 0 { _ = dump.textLines() }
                }
            }
        }
        // Corrupting a tag or length byte must be caught; content bytes may stay valid.
        #expect(refused > 0)
    }

    @Test("element lengths near Int limits do not overflow")
    func hugeLengths() {
        for bytes: [UInt8] in [[0x04, 0x84, 0xFF, 0xFF, 0xFF, 0xFF], [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x00]] {
            #expect(throws: DERError.self) { try ASN1Node.parse(bytes) }
        }
    }
}
