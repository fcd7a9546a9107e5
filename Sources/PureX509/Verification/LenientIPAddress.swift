/// Recognizes text that software would read as an IP address even though it is not in
/// canonical form: IPv4 in the inet_aton forms (one to four parts, decimal, octal with a
/// leading 0, hexadecimal with 0x) and IPv6 in any case or compression. Used to refuse
/// such text where only the canonical form is allowed (BR 7.1.4.3 commonName).
enum LenientIPAddress {
    /// The address bytes, or nil when the text is not an address in any of these forms.
    static func parse(_ text: [UInt8]) -> [UInt8]? {
        if text.contains(UInt8(ascii: ":")) {
            guard let address = IPAddress(String(decoding: text, as: UTF8.self)), address.isIPv6 else { return nil }
            return address.bytes
        }
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var values: [UInt64] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 12 else { return nil }
            var digits = part[...]
            var radix: UInt64 = 10
            if digits.count > 1 && digits.first == UInt8(ascii: "0") {
                digits = digits.dropFirst()
                radix = 8
                if let x = digits.first, x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
                    digits = digits.dropFirst()
                    radix = 16
                    if digits.isEmpty { return nil }
                }
            }
            var value: UInt64 = 0
            for byte in digits {
                guard let digit = hexDigit(byte), UInt64(digit) < radix else { return nil }
                value = value * radix + UInt64(digit)
            }
            values.append(value)
        }
        // The last part fills the remaining bytes (inet_aton).
        var result: [UInt8] = []
        for value in values.dropLast() {
            guard value <= 255 else { return nil }
            result.append(UInt8(value))
        }
        let remaining = 4 - result.count
        guard let last = values.last, last < (UInt64(1) << (8 * UInt64(remaining))) else { return nil }
        for shift in (0..<remaining).reversed() { result.append(UInt8((last >> (8 * UInt64(shift))) & 0xFF)) }
        return result
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
