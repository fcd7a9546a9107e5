import Testing

@testable import PureX509ASN1

/// Base64 encoding (RFC 4648 section 4) with line breaks, against a plain reference: every
/// length around the 3-byte groups and the 64-character PEM lines, and line lengths that are
/// and are not multiples of four (the encoder has a path for each).
@Suite struct Base64EncodeTests {
    /// One character at a time, a line feed after every `lineLength` and after the last line.
    static func reference(_ bytes: [UInt8], lineLength: Int) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var characters: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                characters.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * position) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        guard lineLength > 0 else { return characters }
        var result: [UInt8] = []
        for (offset, character) in characters.enumerated() {
            result.append(character)
            if (offset + 1) % lineLength == 0 { result.append(0x0A) }
        }
        if characters.count % lineLength != 0 { result.append(0x0A) }
        return result
    }

    @Test(arguments: [0, 64, 76, 4, 1, 3, 5])
    func matchesReference(lineLength: Int) {
        var generator = SystemRandomNumberGenerator()
        for count in Array(0...100) + [191, 192, 193, 1_000, 4_099] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = Base64.encode(bytes, lineLength: lineLength)
            #expect(encoded == Self.reference(bytes, lineLength: lineLength), "\(count) bytes, lines of \(lineLength)")
            #expect(encoded.count == Base64.encodedLength(count, lineLength: lineLength))
            // An ArraySlice takes the same path as an array.
            #expect(Base64.encode(([0] + bytes)[1...], lineLength: lineLength) == encoded)
        }
    }

    @Test func pemWriterLengthAndRoundTrip() throws {
        let der = (0..<1_234).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        for label in [PEMLabel.certificate, .x509CRL, .publicKey] {
            let pem = PEMWriter.encodeBytes(der, label: label)
            #expect(pem.count == PEMWriter.encodedLength(der.count, label: label))
            let document = try PEMDocument(parsing: pem)
            #expect(document.blocks.map(\.der) == [der])
            #expect(document.blocks.map(\.label) == [label])
        }
    }
}
