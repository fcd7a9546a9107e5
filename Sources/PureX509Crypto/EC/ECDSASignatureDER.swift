/// A strict reader for the DER form of an ECDSA signature,
/// `Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }` (RFC 3279 section 2.2.3,
/// SEC1 C.8), with the X.690 DER rules: definite minimal lengths, minimal two's-complement
/// INTEGERs, no trailing bytes. Any deviation makes the signature invalid, so the reader
/// answers nil rather than an error.
enum ECDSASignatureDER {
    /// The magnitudes of r and s (a leading 0x00 sign byte removed), or nil if `bytes` is
    /// not exactly one strict DER `SEQUENCE { INTEGER, INTEGER }` with r, s ≥ 0.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (r: ArraySlice<UInt8>, s: ArraySlice<UInt8>)? {
        var position = bytes.startIndex
        guard let body = element(tag: 0x30, in: bytes, at: &position), position == bytes.endIndex else {
            return nil
        }
        var inner = body.startIndex
        guard let r = element(tag: 0x02, in: body, at: &inner),
              let s = element(tag: 0x02, in: body, at: &inner),
              inner == body.endIndex,
              let rMagnitude = nonNegativeMagnitude(r),
              let sMagnitude = nonNegativeMagnitude(s)
        else { return nil }
        return (rMagnitude, sMagnitude)
    }

    /// Reads one TLV with the given single-byte tag at `position`, returning its contents and
    /// moving `position` past it (X.690 8.1.3 lengths, 10.1 definite minimal form).
    private static func element(tag: UInt8, in bytes: ArraySlice<UInt8>, at position: inout Int) -> ArraySlice<UInt8>? {
        var index = position
        guard index < bytes.endIndex, bytes[index] == tag else { return nil }
        index += 1
        guard index < bytes.endIndex else { return nil }
        let first = bytes[index]
        index += 1
        var length: Int
        if first < 0x80 {
            length = Int(first)
        } else {
            let octets = Int(first & 0x7F)
            // 0x80 is the indefinite form (not DER); signatures never need more than 2 octets.
            guard octets >= 1, octets <= 2, bytes.endIndex - index >= octets else { return nil }
            guard bytes[index] != 0 else { return nil }  // leading zero octet: not minimal
            length = 0
            for _ in 0..<octets {
                length = (length << 8) | Int(bytes[index])
                index += 1
            }
            guard length >= 0x80 else { return nil }  // short form was required
        }
        guard bytes.endIndex - index >= length else { return nil }
        position = index + length
        return bytes[index..<(index + length)]
    }

    /// The magnitude of a minimal, non-negative INTEGER's contents (X.690 8.3.2), else nil.
    private static func nonNegativeMagnitude(_ contents: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let first = contents.first else { return nil }
        if first & 0x80 != 0 { return nil }  // negative
        if first == 0 {
            guard contents.count > 1 else { return contents[contents.endIndex...] }  // zero
            let second = contents[contents.startIndex + 1]
            guard second & 0x80 != 0 else { return nil }  // redundant leading zero
            return contents.dropFirst()
        }
        return contents
    }
}
