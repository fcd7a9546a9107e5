extension HKDF {
    /// `HKDF-Expand-Label(Secret, Label, Context, Length)` (RFC 8446 section 7.1): HKDF-Expand
    /// with the `HkdfLabel` structure as info,
    ///
    /// ```
    /// struct {
    ///     uint16 length = Length;
    ///     opaque label<7..255> = "tls13 " + Label;
    ///     opaque context<0..255> = Context;
    /// } HkdfLabel;
    /// ```
    ///
    /// - Parameters:
    ///   - label: the label without the `"tls13 "` prefix, for example `"key"`, `"iv"`,
    ///     `"s hs traffic"` (ASCII).
    ///   - context: a transcript hash or empty.
    ///   - length: the output length in bytes.
    /// - Throws: ``CryptoError/malformed(_:)`` if the prefixed label is outside 7...255
    ///   bytes, the context longer than 255 bytes, or the length outside what HKDF-Expand
    ///   and a uint16 allow.
    package static func expandLabel(secret: [UInt8], label: String, context: [UInt8], length: Int) throws(CryptoError) -> [UInt8] {
        let fullLabel = Array("tls13 ".utf8) + Array(label.utf8)
        guard fullLabel.count >= 7, fullLabel.count <= 255 else {
            throw .malformed("HKDF-Expand-Label: label \"tls13 \(label)\" is \(fullLabel.count) bytes, outside 7...255")
        }
        guard context.count <= 255 else {
            throw .malformed("HKDF-Expand-Label: context of \(context.count) bytes is longer than 255")
        }
        guard length >= 0, length <= 0xFFFF else {
            throw .malformed("HKDF-Expand-Label: length \(length) does not fit a uint16")
        }
        var info: [UInt8] = [UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length)]
        info.append(UInt8(fullLabel.count))
        info += fullLabel
        info.append(UInt8(context.count))
        info += context
        return try expand(pseudorandomKey: secret, info: info, outputLength: length)
    }

    /// `Derive-Secret(Secret, Label, Messages)` (RFC 8446 section 7.1):
    /// `HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length)`.
    ///
    /// - Parameter transcriptHash: the hash (with `H`) of the handshake messages so far; for
    ///   the `"derived"` step of the key schedule, the hash of the empty string.
    package static func deriveSecret(secret: [UInt8], label: String, transcriptHash: [UInt8]) throws(CryptoError) -> [UInt8] {
        try expandLabel(secret: secret, label: label, context: transcriptHash, length: H.digestSize)
    }
}
