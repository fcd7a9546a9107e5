/// The character string types X.509 and PKCS use (X.680 section 41), with the content
/// rules each one imposes.
public enum ASN1StringKind: UInt8, Hashable, Sendable, CaseIterable {
    /// UTF8String (universal 12): any Unicode text as valid UTF-8; what RFC 5280 4.1.2.4 asks CAs
    /// to use for names.
    case utf8String = 12
    /// NumericString (universal 18): digits and space only.
    case numericString = 18
    /// PrintableString (universal 19): A-Z a-z 0-9, space and ' ( ) + , - . / : = ? (and the named
    /// `*` `&` leniency).
    case printableString = 19
    /// TeletexString / T61String (universal 20): legacy; read as ISO 8859-1, as OpenSSL and most
    /// clients do.
    case t61String = 20
    /// IA5String (universal 22): 7-bit ASCII; the type of DNS names, emails and URIs in
    /// GeneralName.
    case ia5String = 22
    /// VisibleString (universal 26): printable ASCII without control characters; used in
    /// certificate policy notices.
    case visibleString = 26
    /// UniversalString (universal 28): UTF-32 big-endian; rare.
    case universalString = 28
    /// BMPString (universal 30): UCS-2 big-endian (the Basic Multilingual Plane); used by PKCS#12
    /// friendly names and some old CAs.
    case bmpString = 30

    /// The kind for a universal primitive tag, or nil if the tag is not a string type.
    @inlinable
    public init?(tag: ASN1Tag) {
        guard tag.tagClass == .universal, !tag.isConstructed, tag.number <= 30 else { return nil }
        self.init(rawValue: UInt8(tag.number))
    }

    /// The universal tag of this kind.
    @inlinable
    public var tag: ASN1Tag { ASN1Tag(.universal, number: UInt32(rawValue), constructed: false) }

    /// Whether `content` is valid for this kind.
    ///
    /// - PrintableString (X.680 41.4): A-Z a-z 0-9 space ' ( ) + , - . / : = ?.
    ///   Named leniency: `*` and `&` are accepted too, because publicly trusted CAs issued
    ///   certificates with wildcard names and company names in PrintableString, and Go's
    ///   crypto/x509 and OpenSSL accept them for the same reason.
    /// - IA5String: 0x00-0x7F. VisibleString: 0x20-0x7E. NumericString: digits and space.
    /// - UTF8String: well-formed UTF-8 (RFC 3629): no overlongs, surrogates or > U+10FFFF.
    /// - BMPString: UCS-2 big-endian, even length, no surrogate code units.
    /// - UniversalString: UCS-4 big-endian, length a multiple of 4, scalar values only.
    /// - T61String: any octets (decoded as ISO 8859-1, as OpenSSL does).
    @inlinable
    public func isValid(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .printableString:
            for byte in content where !ASN1StringKind.isPrintableStringCharacter(byte) { return false }
            return true
        case .ia5String:
            for byte in content where byte > 0x7F { return false }
            return true
        case .visibleString:
            for byte in content where byte < 0x20 || byte > 0x7E { return false }
            return true
        case .numericString:
            for byte in content where !(byte == 0x20 || (byte >= 0x30 && byte <= 0x39)) { return false }
            return true
        case .utf8String:
            return UTF8Validation.isValid(content)
        case .bmpString:
            guard content.count % 2 == 0 else { return false }
            var index = 0
            while index < content.count {
                let high = content[index]
                if high >= 0xD8 && high <= 0xDF { return false }
                index += 2
            }
            return true
        case .universalString:
            guard content.count % 4 == 0 else { return false }
            var index = 0
            while index < content.count {
                let value = UInt32(content[index]) << 24 | UInt32(content[index + 1]) << 16
                    | UInt32(content[index + 2]) << 8 | UInt32(content[index + 3])
                if value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return false }
                index += 4
            }
            return true
        case .t61String:
            return true
        }
    }

    @inlinable
    static func isPrintableStringCharacter(_ byte: UInt8) -> Bool {
        // One bit per character of 0x00-0x7F: A-Z a-z 0-9 space ' ( ) + , - . / : = ?, and
        // the leniency characters * and & (see `isValid`). A table lookup, not a chain of
        // comparisons: names are validated on every certificate parse.
        let low: UInt64 = 0xA7FF_FFC1_0000_0000  // 0x00-0x3F
        let high: UInt64 = 0x07FF_FFFE_07FF_FFFE  // 0x40-0x7F
        if byte < 64 { return low >> byte & 1 != 0 }
        if byte < 128 { return high >> (byte &- 64) & 1 != 0 }
        return false
    }

    /// Decodes valid content to a Swift string.
    public func decode(_ content: some Collection<UInt8>) -> String {
        switch self {
        case .utf8String, .printableString, .ia5String, .visibleString, .numericString:
            return String(decoding: content, as: UTF8.self)
        case .t61String:
            return String(String.UnicodeScalarView(content.map { Unicode.Scalar($0) }))
        case .bmpString:
            var units: [UInt16] = []
            units.reserveCapacity(content.count / 2)
            var iterator = content.makeIterator()
            while let high = iterator.next(), let low = iterator.next() {
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            return String(decoding: units, as: UTF16.self)
        case .universalString:
            var scalars = String.UnicodeScalarView()
            let bytes = Array(content)
            var index = 0
            while index + 3 < bytes.count {
                let value = UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16
                    | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3])
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 4
            }
            return String(scalars)
        }
    }
}

/// A string element located by the reader: its kind and content offsets (already validated).
public struct DERString: Hashable, Sendable {
    /// The string type, from the element's tag.
    public let kind: ASN1StringKind
    /// Where the content octets lie in the reader's buffer (already checked against `kind`'s
    /// rules).
    public let contentRange: Range<Int>

    /// A string of `kind` whose validated content is at `contentRange` of the buffer it was read
    /// from.
    @inlinable
    public init(kind: ASN1StringKind, contentRange: Range<Int>) {
        self.kind = kind
        self.contentRange = contentRange
    }

    /// Decodes the content out of `bytes` (the buffer the reader read).
    public func string(in bytes: [UInt8]) -> String {
        kind.decode(bytes[contentRange])
    }
}
