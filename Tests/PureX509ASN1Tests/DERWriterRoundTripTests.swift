import Testing
@testable import PureX509ASN1

/// Everything the writer writes, the reader reads back to the same value, and a parsed
/// tree re-encodes to the exact input.
@Suite("DER writer round trips")
struct DERWriterRoundTripTests {
    @Test("BOOLEAN", arguments: [false, true])
    func boolean(_ value: Bool) throws {
        var writer = DERWriter()
        writer.writeBoolean(value)
        #expect(writer.bytes == [0x01, 0x01, value ? 0xFF : 0x00])
        var reader = DERReader(writer.bytes)
        #expect(try reader.readBoolean() == value)
        try reader.finish()
    }

    @Test("INTEGER from Int", arguments: [
        (0, [0x00]), (1, [0x01]), (127, [0x7F]), (128, [0x00, 0x80]), (255, [0x00, 0xFF]), (256, [0x01, 0x00]),
        (-1, [0xFF]), (-128, [0x80]), (-129, [0xFF, 0x7F]), (65537, [0x01, 0x00, 0x01]),
        (Int.max, [0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]), (Int.min, [0x80, 0, 0, 0, 0, 0, 0, 0]),
    ] as [(Int, [UInt8])])
    func integer(_ value: Int, _ content: [UInt8]) throws {
        var writer = DERWriter()
        writer.writeInteger(value)
        #expect(writer.bytes == [0x02, UInt8(content.count)] + content)
        var reader = DERReader(writer.bytes)
        #expect(try reader.readInt() == value)
        try reader.finish()
    }

    @Test("ENUMERATED")
    func enumerated() throws {
        var writer = DERWriter()
        writer.writeEnumerated(5)
        #expect(writer.bytes == [0x0A, 0x01, 0x05])
        var reader = DERReader(writer.bytes)
        #expect(try reader.readEnumerated() == 5)
    }

    @Test("unsigned INTEGER from a magnitude", arguments: [
        ([], [0x00]), ([0x00, 0x00], [0x00]), ([0x01], [0x01]), ([0x80], [0x00, 0x80]), ([0x00, 0xFF, 0x01], [0x00, 0xFF, 0x01]),
    ] as [([UInt8], [UInt8])])
    func unsignedInteger(_ magnitude: [UInt8], _ content: [UInt8]) throws {
        var writer = DERWriter()
        writer.writeUnsignedInteger(magnitude: magnitude)
        #expect(writer.bytes == [0x02, UInt8(content.count)] + content)
        var reader = DERReader(writer.bytes)
        let range = try reader.readUnsignedIntegerBytes()
        let trimmed = Array(magnitude.drop { $0 == 0 })
        #expect(Array(writer.bytes[range]) == (trimmed.isEmpty ? [0] : trimmed))
    }

    @Test("BIT STRING", arguments: [([], 0), ([0xFF], 0), ([0xA0], 5), ([0x12, 0x34], 2)] as [([UInt8], UInt8)])
    func bitString(_ data: [UInt8], _ unused: UInt8) throws {
        var writer = DERWriter()
        writer.writeBitString(data, unusedBits: unused)
        var reader = DERReader(writer.bytes)
        let bits = try reader.readBitString()
        #expect(bits.unusedBits == (data.isEmpty ? 0 : unused))
        var expected = data
        if !expected.isEmpty { expected[expected.count - 1] &= ~UInt8((1 << Int(unused)) - 1) }
        #expect(Array(writer.bytes[bits.bytesRange]) == expected)
    }

    @Test("OCTET STRING of every length class", arguments: [0, 1, 127, 128, 255, 256, 65535, 65536])
    func octetString(_ count: Int) throws {
        let data = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var writer = DERWriter()
        writer.writeOctetString(data)
        var reader = DERReader(writer.bytes)
        let range = try reader.readOctetString()
        #expect(Array(writer.bytes[range]) == data)
        try reader.finish()
    }

    @Test("NULL")
    func null() throws {
        var writer = DERWriter()
        writer.writeNull()
        #expect(writer.bytes == [0x05, 0x00])
        var reader = DERReader(writer.bytes)
        try reader.readNull()
    }

    @Test("OBJECT IDENTIFIER", arguments: ["2.5.4.3", "1.2.840.113549.1.1.11", "0.9.2342.19200300.100.1.25", "2.999", "1.3.6.1.4.1.311.21.7",
                                           "2.25.329800735698586629295641978511506172918"])
    func objectIdentifier(_ dotted: String) throws {
        let oid = try #require(OID(dotted: dotted))
        var writer = DERWriter()
        writer.writeObjectIdentifier(oid)
        var reader = DERReader(writer.bytes)
        let read = try reader.readObjectIdentifier()
        #expect(read == oid)
        #expect(read.dotted == dotted)
    }

    @Test("times", arguments: ["1950-01-01T00:00:00Z", "2049-12-31T23:59:59Z", "2050-01-01T00:00:00Z", "1949-12-31T23:59:59Z",
                               "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:34:56Z"])
    func time(_ text: String) throws {
        let time = try #require(ASN1Time(rfc3339: text))
        var writer = DERWriter()
        writer.writeTime(time)
        var reader = DERReader(writer.bytes)
        let read = try reader.readTime()
        #expect(read == time)
        #expect(read.rfc3339 == text)
    }

    @Test("strings of every kind", arguments: [
        ("Example Ltd.", ASN1StringKind.printableString), ("naïve café ✓", .utf8String), ("user@example.com", .ia5String),
        ("Ünïcödé ✓ €", .bmpString), ("Ünïcödé 𝄞", .universalString), ("0123 45", .numericString), ("visible", .visibleString),
        ("Straße", .t61String),
    ])
    func string(_ text: String, _ kind: ASN1StringKind) throws {
        var writer = DERWriter()
        try writer.writeString(text, kind: kind)
        var reader = DERReader(writer.bytes)
        let string = try reader.readString()
        #expect(string.kind == kind)
        #expect(string.string(in: writer.bytes) == text)
    }

    @Test("text a kind cannot hold is refused, never truncated", arguments: [
        ("𝄞 clef", ASN1StringKind.bmpString), ("€uro", .t61String), ("a@b", .printableString),
        ("é", .ia5String), ("12a", .numericString), ("tab\t", .visibleString),
    ])
    func unrepresentable(_ text: String, _ kind: ASN1StringKind) {
        var writer = DERWriter()
        #expect(throws: DERWriter.UnrepresentableString(kind: kind, text: text)) {
            try writer.writeString(text, kind: kind)
        }
        #expect(writer.bytes.isEmpty)
    }

    @Test("SEQUENCE, SET OF sorting, explicit and implicit tags")
    func constructed() throws {
        var writer = DERWriter()
        writer.writeSequence { seq in
            seq.writeExplicit(0) { $0.writeInteger(2) }
            seq.writeSetOf { set in
                set.writeInteger(300)
                set.writeInteger(1)
                set.writeBoolean(true)
            }
            seq.writeElement(.contextSpecificPrimitive(2), content: Array("example.com".utf8))
        }
        var reader = DERReader(writer.bytes)
        let (version, members, name) = try reader.readSequence { seq in
            let version = try seq.readExplicit(0) { try $0.readInt() }
            // DER orders SET OF by encoding (X.690 11.6): 01 01 FF < 02 01 01 < 02 02 01 2C.
            let members = try seq.readSet { set in (try set.readBoolean(), try set.readInt(), try set.readInt()) }
            let name = try seq.readElement(.contextSpecificPrimitive(2))
            return (version, members, name)
        }
        #expect(version == 2)
        #expect(members == (true, 1, 300))
        #expect(String(decoding: writer.bytes[name.contentRange], as: UTF8.self) == "example.com")
        try reader.finish()
        let node = try ASN1Node.parse(writer.bytes)
        var again = DERWriter()
        node.encode(from: writer.bytes, into: &again)
        #expect(again.bytes == writer.bytes)
    }

    @Test("a real certificate re-encodes byte for byte through ASN1Node")
    func certificateNodeRoundTrip() throws {
        let certificate = try TestFiles.realCertificate()
        let node = try ASN1Node.parse(certificate)
        var writer = DERWriter()
        node.encode(from: certificate, into: &writer)
        #expect(writer.bytes == certificate)
    }
}
