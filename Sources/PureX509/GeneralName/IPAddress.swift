/// The octets of a GeneralName `iPAddress` (RFC 5280 4.2.1.6): 4 (IPv4) or 16 (IPv6)
/// octets in subjectAltName and issuerAltName; in name constraints (4.2.1.10) an address
/// followed by a mask of the same length, 8 or 32 octets.
public struct IPAddress: Hashable, Sendable {
    /// The octets in network order.
    public let bytes: [UInt8]

    /// Wraps the octets (any length is kept; `description` handles 4, 8, 16 and 32).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses dotted-quad IPv4 or RFC 4291 2.2 IPv6 text (including `::` and an embedded
    /// IPv4 tail); nil for anything else.
    public init?(_ text: String) {
        if let v4 = IPAddress.parseIPv4(Substring(text)) {
            bytes = v4
        } else if let v6 = IPAddress.parseIPv6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    /// True for a 4-octet address.
    public var isIPv4: Bool { bytes.count == 4 }
    /// True for a 16-octet address.
    public var isIPv6: Bool { bytes.count == 16 }
    /// True for an address with a mask (name constraints).
    public var isSubnet: Bool { bytes.count == 8 || bytes.count == 32 }

    /// The address part (the first half of a subnet, or everything).
    public var address: [UInt8] { isSubnet ? Array(bytes.prefix(bytes.count / 2)) : bytes }
    /// The mask of a subnet, or nil.
    public var mask: [UInt8]? { isSubnet ? Array(bytes.suffix(bytes.count / 2)) : nil }

    /// The prefix length of a subnet mask when it is contiguous ones then zeros, else nil.
    public var prefixLength: Int? {
        guard let mask else { return nil }
        var length = 0
        var seenZero = false
        for byte in mask {
            for bit in (0..<8).reversed() {
                if byte & (1 << bit) != 0 {
                    if seenZero { return nil }
                    length += 1
                } else {
                    seenZero = true
                }
            }
        }
        return length
    }

    /// IPv4 as `192.0.2.1`, IPv6 as RFC 5952 text (`2001:db8::1`), a subnet as
    /// `192.0.2.0/24` (or `address/mask` when the mask is not contiguous); other lengths
    /// as hex.
    public var description: String {
        switch bytes.count {
        case 4: return IPAddress.formatIPv4(bytes)
        case 16: return IPAddress.formatIPv6(bytes)
        case 8, 32:
            let half = bytes.count / 2
            let addressPart = Array(bytes.prefix(half))
            let maskPart = Array(bytes.suffix(half))
            let format = half == 4 ? IPAddress.formatIPv4 : IPAddress.formatIPv6
            if let prefix = prefixLength { return format(addressPart) + "/\(prefix)" }
            return format(addressPart) + "/" + format(maskPart)
        default:
            return bytes.map { hexByte($0) }.joined(separator: ":")
        }
    }

    /// OpenSSL's rendering (`openssl x509 -text`): IPv4 dotted, IPv6 as eight groups of
    /// uppercase hex without compression (`2001:DB8:0:0:0:0:0:1`), a subnet as
    /// `address/mask`.
    public var opensslDescription: String {
        func v6(_ bytes: [UInt8]) -> String {
            stride(from: 0, to: 16, by: 2).map {
                String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16, uppercase: true)
            }.joined(separator: ":")
        }
        switch bytes.count {
        case 4: return IPAddress.formatIPv4(bytes)
        case 16: return v6(bytes)
        case 8: return IPAddress.formatIPv4(Array(bytes.prefix(4))) + "/" + IPAddress.formatIPv4(Array(bytes.suffix(4)))
        case 32: return v6(Array(bytes.prefix(16))) + "/" + v6(Array(bytes.suffix(16)))
        default: return "<invalid length \(bytes.count)>"
        }
    }

    static func formatIPv4(_ bytes: [UInt8]) -> String {
        bytes.map { String($0) }.joined(separator: ".")
    }

    /// RFC 5952 section 4: lowercase, no leading zeros, the longest run (first if tied) of
    /// two or more zero groups replaced by `::`.
    static func formatIPv6(_ bytes: [UInt8]) -> String {
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8 && groups[end] == 0 { end += 1 }
                if end - index > bestLength && end - index >= 2 {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestStart >= 0 else { return hex.joined(separator: ":") }
        let head = hex[..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }

    static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var result: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                part.count == 1 || part.first != "0", let value = UInt8(part)
            else { return nil }
            result.append(value)
        }
        return result
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        var head: [UInt16] = []
        var tail: [UInt16] = []
        var sawDoubleColon = false
        let pieces = text.components(separatedByString: "::")
        guard pieces.count <= 2 else { return nil }
        if pieces.count == 2 { sawDoubleColon = true }
        func parseGroups(_ part: Substring, allowIPv4Tail: Bool) -> [UInt16]? {
            if part.isEmpty { return [] }
            var groups: [UInt16] = []
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, field) in fields.enumerated() {
                if allowIPv4Tail && index == fields.count - 1 && field.contains(".") {
                    guard let v4 = parseIPv4(field) else { return nil }
                    groups.append(UInt16(v4[0]) << 8 | UInt16(v4[1]))
                    groups.append(UInt16(v4[2]) << 8 | UInt16(v4[3]))
                    continue
                }
                guard (1...4).contains(field.count), let value = UInt16(field, radix: 16) else { return nil }
                groups.append(value)
            }
            return groups
        }
        guard let first = parseGroups(pieces[0], allowIPv4Tail: !sawDoubleColon) else { return nil }
        head = first
        if sawDoubleColon {
            guard let second = parseGroups(pieces[1], allowIPv4Tail: true) else { return nil }
            tail = second
            guard head.count + tail.count <= 7 else { return nil }
        } else {
            guard head.count == 8 else { return nil }
        }
        let groups = head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
        return groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}

extension IPAddress: CustomStringConvertible {}

extension String {
    /// Splits on a multi-character separator (no Foundation).
    func components(separatedByString separator: String) -> [Substring] {
        var result: [Substring] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            result.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        result.append(rest)
        return result
    }
}

/// Two uppercase hex digits.
func hexByte(_ byte: UInt8) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}

/// Bytes as uppercase hex with a separator ("AB:CD:EF").
func hexString(_ bytes: some Sequence<UInt8>, separator: String = ":") -> String {
    switch separator.utf8.count {
    case 0: return HexText.string(bytes)
    case 1 where separator.utf8.first! < 0x80: return HexText.string(bytes, separator: separator.utf8.first!)
    default: return bytes.map(hexByte).joined(separator: separator)
    }
}
