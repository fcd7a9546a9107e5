/// Base64 (RFC 4648 section 4, the standard alphabet with `=` padding), table driven and
/// without Foundation. PEM (RFC 7468) uses it through `PEMDocument`; this type offers the
/// plain forms: encoding with optional line breaks and strict decoding.
public enum Base64 {
    /// The 64 characters of the alphabet, in value order.
    @usableFromInline
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Value of each input byte: 0...63 for the alphabet, `padMarker` for `=`,
    /// `whitespaceMarker` for space and tab, `invalidMarker` for anything else. The markers
    /// all have bit 6 or 7 set, so four values OR-ed together are below 64 exactly when all
    /// four are alphabet characters (the decoder's fast path).
    @usableFromInline
    static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: invalidMarker, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        table[Int(UInt8(ascii: "="))] = padMarker
        table[Int(UInt8(ascii: " "))] = whitespaceMarker
        table[Int(UInt8(ascii: "\t"))] = whitespaceMarker
        return table
    }()

    @usableFromInline static let padMarker: UInt8 = 0x40
    @usableFromInline static let whitespaceMarker: UInt8 = 0x41
    @usableFromInline static let invalidMarker: UInt8 = 0xFF

    /// Encodes `bytes` as base64 text (ASCII bytes). With `lineLength` > 0 a line feed
    /// follows every `lineLength` characters and the last line (RFC 7468 uses 64).
    public static func encode(_ bytes: some Collection<UInt8>, lineLength: Int = 0) -> [UInt8] {
        let input = Array(bytes)
        let characters = (input.count + 2) / 3 * 4
        let breaks = lineLength > 0 ? (characters + lineLength - 1) / lineLength : 0
        let total = characters + breaks
        return [UInt8](unsafeUninitializedCapacity: total) { out, written in
            alphabet.withUnsafeBufferPointer { table in
                var o = 0
                var column = 0
                func put(_ byte: UInt8) {
                    out[o] = byte
                    o += 1
                    if lineLength > 0 {
                        column += 1
                        if column == lineLength {
                            out[o] = 0x0A
                            o += 1
                            column = 0
                        }
                    }
                }
                var i = 0
                while i + 3 <= input.count {
                    let v = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                    put(table[Int(v >> 18)])
                    put(table[Int(v >> 12 & 0x3F)])
                    put(table[Int(v >> 6 & 0x3F)])
                    put(table[Int(v & 0x3F)])
                    i += 3
                }
                let rest = input.count - i
                if rest > 0 {
                    let v = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
                    put(table[Int(v >> 18)])
                    put(table[Int(v >> 12 & 0x3F)])
                    put(rest == 2 ? table[Int(v >> 6 & 0x3F)] : UInt8(ascii: "="))
                    put(UInt8(ascii: "="))
                }
                if lineLength > 0 && column > 0 {
                    out[o] = 0x0A
                    o += 1
                }
                written = o
            }
        }
    }

    /// Encodes `bytes` as a base64 string (no line breaks).
    public static func encodedString(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: encode(bytes), as: UTF8.self)
    }

    /// Decodes canonical base64 (RFC 4648 section 3.5): the alphabet only, no whitespace
    /// or line breaks, padding present and correct, the unused bits of the last character
    /// zero. Errors carry the offset of the offending character.
    public static func decode(_ text: some Collection<UInt8>) throws(Base64Error) -> [UInt8] {
        let input = Array(text)
        return try input.withUnsafeBufferPointer { (buffer) throws(Base64Error) -> [UInt8] in
            var decoder = Base64Decoder()
            var failure: Base64Decoder.Failure?
            var end: Base64Decoder.End = .complete
            let output = [UInt8](unsafeUninitializedCapacity: buffer.count / 4 * 3 + 3) { out, written in
                guard let base = out.baseAddress else { return }
                failure = decoder.decode(buffer, into: base, allowWhitespace: false)
                if failure == nil { end = decoder.finish(into: base) }
                written = decoder.written
            }
            switch failure {
            case .invalidCharacter(let index)?: throw .invalidCharacter(offset: index, byte: buffer[index])
            case .misplacedPadding(let index)?: throw .invalidPadding(offset: index)
            case nil: break
            }
            switch end {
            case .complete:
                if decoder.nonZeroPaddingBits { throw .nonCanonical(offset: buffer.count - 1) }
                return output
            case .missingPadding, .incompletePadding: throw .invalidPadding(offset: buffer.count)
            case .danglingCharacter: throw .truncated(offset: buffer.count - 1)
            }
        }
    }

    /// Decodes a base64 string; see `decode(_:)` for the rules.
    public static func decode(_ text: String) throws(Base64Error) -> [UInt8] {
        try decode(Array(text.utf8))
    }
}
