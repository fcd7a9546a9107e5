/// Base64 (RFC 4648 section 4, the standard alphabet with `=` padding), table driven and
/// without Foundation. PEM (RFC 7468) uses it through `PEMDocument`; this type offers the
/// plain forms: encoding with optional line breaks and strict decoding.
public enum Base64 {
    /// The 64 characters of the alphabet, in value order.
    @usableFromInline
    static let alphabet: [UInt8] = Array(UnsafeBufferPointer(start: alphabetText.utf8Start, count: alphabetText.utf8CodeUnitCount))

    /// The alphabet as a literal: its bytes are read without a lazy-initialisation check.
    static let alphabetText: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

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
        if let encoded = bytes.withContiguousStorageIfAvailable({ encode($0, lineLength: lineLength) }) { return encoded }
        return Array(bytes).withUnsafeBufferPointer { encode($0, lineLength: lineLength) }
    }

    /// The length of the encoding of `count` bytes (see `encode(_:lineLength:)`).
    public static func encodedLength(_ count: Int, lineLength: Int = 0) -> Int {
        let characters = (count + 2) / 3 * 4
        return characters + (lineLength > 0 ? (characters + lineLength - 1) / lineLength : 0)
    }

    static func encode(_ input: UnsafeBufferPointer<UInt8>, lineLength: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: encodedLength(input.count, lineLength: lineLength)) { out, written in
            written = encode(input, lineLength: lineLength, into: out.baseAddress!)
        }
    }

    /// Encodes `input` into `out`, which has room for `encodedLength(input.count,
    /// lineLength:)` bytes; returns how many were written. A whole group of four characters
    /// is made per step; line breaks are placed per group when `lineLength` is a multiple of
    /// four (PEM's 64), per character otherwise.
    public static func encode(_ input: UnsafeBufferPointer<UInt8>, lineLength: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let lineLength = max(0, lineLength)
        let table = alphabetText.utf8Start
        var o = 0
        var i = 0
        let count = input.count
        if lineLength == 0 || lineLength % 4 == 0 {
            let groupsPerLine = lineLength / 4
            var group = 0
            while i + 3 <= count {
                let v = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                out[o] = table[Int(v >> 18)]
                out[o + 1] = table[Int(v >> 12 & 0x3F)]
                out[o + 2] = table[Int(v >> 6 & 0x3F)]
                out[o + 3] = table[Int(v & 0x3F)]
                o += 4
                i += 3
                group += 1
                if group == groupsPerLine {
                    out[o] = 0x0A
                    o += 1
                    group = 0
                }
            }
            let rest = count - i
            if rest > 0 {
                let v = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
                out[o] = table[Int(v >> 18)]
                out[o + 1] = table[Int(v >> 12 & 0x3F)]
                out[o + 2] = rest == 2 ? table[Int(v >> 6 & 0x3F)] : UInt8(ascii: "=")
                out[o + 3] = UInt8(ascii: "=")
                o += 4
                group += 1
            }
            if lineLength > 0 && group > 0 {
                out[o] = 0x0A
                o += 1
            }
            return o
        }
        var column = 0
        func put(_ byte: UInt8) {
            out[o] = byte
            o += 1
            column += 1
            if column == lineLength {
                out[o] = 0x0A
                o += 1
                column = 0
            }
        }
        while i + 3 <= count {
            let v = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
            put(table[Int(v >> 18)])
            put(table[Int(v >> 12 & 0x3F)])
            put(table[Int(v >> 6 & 0x3F)])
            put(table[Int(v & 0x3F)])
            i += 3
        }
        let rest = count - i
        if rest > 0 {
            let v = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
            put(table[Int(v >> 18)])
            put(table[Int(v >> 12 & 0x3F)])
            put(rest == 2 ? table[Int(v >> 6 & 0x3F)] : UInt8(ascii: "="))
            put(UInt8(ascii: "="))
        }
        if column > 0 {
            out[o] = 0x0A
            o += 1
        }
        return o
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
