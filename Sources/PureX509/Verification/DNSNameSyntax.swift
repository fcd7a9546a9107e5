/// The syntax of DNS names in certificates and in the names clients look up: the
/// "preferred name syntax" of RFC 1034 3.5 as relaxed by RFC 1123 2.1 (letters, digits and
/// hyphens; labels of 1 to 63 octets not starting or ending with a hyphen; at most 253
/// octets), which RFC 5280 4.2.1.6 requires of dNSName. Internationalized names appear as
/// A-labels (`xn--...`, RFC 5890), so anything outside ASCII is refused.
package enum DNSNameSyntax {
    /// Lower-cases ASCII letters.
    @inlinable
    package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// True when `name` is a syntactically valid host name: one or more LDH labels, no
    /// leading, trailing or doubled dot, no wildcard.
    package static func isValidHostName(_ name: some Collection<UInt8>) -> Bool {
        guard !name.isEmpty, name.count <= 253 else { return false }
        var labelLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in name {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labelLength = 0
            } else {
                let isLetterOrDigit = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                if byte == UInt8(ascii: "-") {
                    guard labelLength > 0 else { return false }
                } else if !isLetterOrDigit {
                    return false
                }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-")
    }

    /// The reference identifier a client looks for (RFC 6125 6.2.1): one trailing dot
    /// (an absolute name) removed, lower-cased; nil unless it is then a valid host name.
    package static func normalizedReference(_ host: String) -> [UInt8]? {
        var bytes = Array(host.utf8)
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        guard isValidHostName(bytes) else { return nil }
        return bytes.map(lowercased)
    }

    /// Splits a presented dNSName into its wildcard form: for `*.example.com` the fixed
    /// part `example.com`; nil when the name has no wildcard. A wildcard is accepted only as
    /// the whole left-most label (RFC 6125 6.4.3, CA/B Forum BR 1.6.1 "Wildcard Domain
    /// Name"); `ba*.example.com`, `foo.*.example.com`, `xn--*-x.example.com` and `*` are
    /// not wildcards and not valid names either (see `classify`).
    package static func classify(_ name: some Collection<UInt8>) -> PresentedDNSName {
        let bytes = Array(name)
        if bytes.count >= 2 && bytes[0] == UInt8(ascii: "*") && bytes[1] == UInt8(ascii: ".") {
            let rest = Array(bytes[2...])
            return isValidHostName(rest) ? .wildcard(rest.map(lowercased)) : .invalid
        }
        return isValidHostName(bytes) ? .exact(bytes.map(lowercased)) : .invalid
    }

    /// The label count of a valid host name.
    static func labelCount(_ name: [UInt8]) -> Int {
        name.reduce(1) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
    }

    /// True when `name` equals `domain` or ends with `.domain` (both lower case).
    static func isSubdomain(_ name: [UInt8], of domain: [UInt8]) -> Bool {
        if domain.isEmpty { return true }
        if name.count == domain.count { return name == domain }
        guard name.count > domain.count else { return false }
        let offset = name.count - domain.count
        guard name[offset - 1] == UInt8(ascii: ".") else { return false }
        return name[offset...].elementsEqual(domain)
    }
}

/// A dNSName as presented in a certificate, after the syntax check.
package enum PresentedDNSName: Hashable, Sendable {
    /// An exact host name, lower-cased.
    case exact([UInt8])
    /// `*.` followed by this fixed part (lower-cased).
    case wildcard([UInt8])
    /// Not a valid dNSName: it matches nothing and violates any DNS name constraint.
    case invalid
}
