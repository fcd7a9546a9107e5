/// File names as the kernel has them (bytes) carried in Swift `String`s without loss.
///
/// POSIX file names are byte strings that need not be UTF-8 (a Latin-1 `caf\xE9.pem`
/// copied from an old system). Swift strings hold Unicode only, so `CommandLine.arguments`
/// and `String(decoding:as:)` replace such bytes with U+FFFD and the file can no longer be
/// opened. `decode` keeps each byte that is not part of valid UTF-8 as one private-use
/// scalar U+10FF00 + byte (the idea of Python's `surrogateescape`, PEP 383, with
/// supplementary private-use scalars since Swift strings cannot hold surrogates); `encode`
/// turns them back. Valid UTF-8 that happens to spell one of those scalars is escaped byte
/// by byte too, so `encode(decode(bytes)) == bytes` for every byte string.
package enum RawPath {
    static let escapeBase: UInt32 = 0x10FF00

    /// The bytes as a string: UTF-8 where valid, escapes for every other byte.
    package static func decode(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = scalar(in: bytes, at: index), scalar.value < escapeBase + 0x80 || scalar.value > escapeBase + 0xFF {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The bytes a `decode`d string stands for (plain UTF-8 for any other string).
    package static func encode(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF {
                result.append(UInt8(scalar.value - escapeBase))
            } else {
                result.append(contentsOf: String(scalar).utf8)
            }
        }
        return result
    }

    /// The string for people: escaped bytes written as `\xE9`.
    package static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= escapeBase + 0x80 && $0.value <= escapeBase + 0xFF }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF {
                let byte = UInt8(scalar.value - escapeBase)
                let digits = Array("0123456789ABCDEF")
                result += "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The UTF-8 scalar starting at `index` and its length, when the bytes there are one
    /// valid, shortest-form UTF-8 sequence (RFC 3629 section 4).
    static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let first = bytes[index]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
