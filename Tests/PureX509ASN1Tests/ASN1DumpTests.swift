import Testing
@testable import PureX509ASN1

@Suite("ASN1Dump (x509dump asn1)")
struct ASN1DumpTests {
    /// SEQUENCE { INTEGER 2, OID commonName, UTCTime, OCTET STRING { BOOLEAN TRUE }, [2] "a.example" }
    static let sample: [UInt8] = {
        var writer = DERWriter()
        writer.writeSequence { seq in
            seq.writeInteger(2)
            seq.writeObjectIdentifier(.commonName)
            seq.writeTime(ASN1Time(rfc3339: "2026-11-22T12:00:00Z")!)
            var inner = DERWriter()
            inner.writeBoolean(true)
            seq.writeOctetString(inner.bytes)
            seq.writeElement(.contextSpecificPrimitive(2), content: Array("a.example".utf8))
            seq.writeUTF8String("Grüße")
            seq.writeBitString([0xA0], unusedBits: 5)
            seq.writeNull()
            seq.writeIntegerContent([0x00, 0x80] + [UInt8](repeating: 0x11, count: 20))
        }
        return writer.bytes
    }()

    @Test("text lines: offsets, depth, lengths, decoded values, encapsulation")
    func text() {
        let dump = ASN1Dump(Self.sample)
        #expect(dump.isValid)
        let lines = dump.textLines().map(\.text)
        #expect(lines == [
            "    0 d=0 hl=2 l=  78  SEQUENCE (9 elements)",
            "    2 d=1 hl=2 l=   1    INTEGER 2",
            "    5 d=1 hl=2 l=   3    OBJECT IDENTIFIER 2.5.4.3 commonName (CN)",
            "   10 d=1 hl=2 l=  13    UTCTime 2026-11-22T12:00:00Z (261122120000Z)",
            "   25 d=1 hl=2 l=   3    OCTET STRING (3 bytes) encapsulates:",
            "   27 d=2 hl=2 l=   1      BOOLEAN TRUE",
            "   30 d=1 hl=2 l=   9    [2] (9 bytes) 61 2E 65 78 61 6D 70 6C 65  \"a.example\"",
            "   41 d=1 hl=2 l=   7    UTF8String \"Grüße\"",
            "   50 d=1 hl=2 l=   2    BIT STRING (1 bytes, 5 unused bits) A0",
            "   54 d=1 hl=2 l=   0    NULL",
            "   56 d=1 hl=2 l=  22    INTEGER 0x00801111111111111111111111111111...  (22 bytes)",
        ])
        #expect(dump.textLines(redactValues: true).last?.text == "   56 d=1 hl=2 l=  22    INTEGER [redacted]")
    }

    @Test("a value error is marked on its line and the walk goes on")
    func valueError() {
        let bytes: [UInt8] = [0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x01, 0x01, 0xFF]
        let dump = ASN1Dump(bytes)
        #expect(!dump.isValid)
        #expect(dump.failure == nil)
        #expect(dump.errors == [.nonMinimalInteger(offset: 2)])
        let lines = dump.textLines()
        #expect(lines.map(\.text) == [
            "    0 d=0 hl=2 l=   7  SEQUENCE (2 elements)",
            "    2 d=1 hl=2 l=   2    INTEGER (2 bytes) 00 01  !! non-minimal INTEGER at byte 2",
            "    6 d=1 hl=2 l=   1    BOOLEAN TRUE",
        ])
        #expect(lines.map(\.isError) == [false, true, false])
    }

    @Test("a structural error ends the tree, marked where and why")
    func structuralError() {
        let bytes: [UInt8] = [0x30, 0x08, 0x02, 0x01, 0x05, 0x04, 0x82, 0x00, 0x01, 0x00]
        let dump = ASN1Dump(bytes)
        #expect(dump.failure == .nonMinimalLength(offset: 6))
        #expect(dump.failureDepth == 1)
        let lines = dump.textLines()
        #expect(lines.map(\.text) == [
            "    0 d=0 hl=2 l=   8  SEQUENCE (1 element before the error)",
            "    2 d=1 hl=2 l=   1    INTEGER 5",
            "    6 d=1                !! error: non-minimal length at byte 6",
        ])
        #expect(lines.last?.isError == true)
    }

    @Test("OCTET STRING content that is not DER stays opaque", arguments: [
        [0x04, 0x02, 0x04, 0x05], [0x04, 0x03, 0x02, 0x02, 0x05], [0x04, 0x01, 0x05], [0x04, 0x04, 0x02, 0x02, 0x00, 0x01],
    ] as [[UInt8]])
    func notEncapsulated(_ bytes: [UInt8]) {
        let dump = ASN1Dump(bytes)
        #expect(dump.isValid)
        #expect(dump.nodes.first?.encapsulates == false)
        #expect(dump.nodes.first?.children.isEmpty == true)
    }

    @Test("a real certificate dumps valid, with names and nested keys")
    func certificate() throws {
        let certificate = try TestFiles.realCertificate()
        let dump = ASN1Dump(certificate)
        #expect(dump.isValid)
        let text = dump.textLines().map(\.text).joined(separator: "\n")
        #expect(text.contains("OBJECT IDENTIFIER 2.5.4.3 commonName (CN)"))
        #expect(text.contains("BIT STRING"))
        #expect(!text.contains("!!"))
    }
}
