/// An RFC 822 / RFC 5321 mailbox `local-part@domain` as an rfc822Name carries it
/// (RFC 5280 4.2.1.6: the addr-spec only, no display name, no comments).
///
/// The local part is kept byte for byte (it is case-sensitive, RFC 5321 2.4); the domain is
/// lower-cased and must be a valid host name. Quoted local parts are refused: they do not
/// occur in certificates and make the split on `@` ambiguous.
public struct Mailbox: Hashable, Sendable {
    /// The local part, exactly as encoded.
    public let localPart: [UInt8]
    /// The domain, lower-cased.
    public let domain: [UInt8]

    /// Parses `local@domain`; nil for anything else (no `@`, more than one, empty or
    /// malformed parts).
    public init?(_ bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), bytes.lastIndex(of: UInt8(ascii: "@")) == at else {
            return nil
        }
        let local = Array(bytes[..<at]), domain = Array(bytes[(at + 1)...])
        guard Self.isValidLocalPart(local), DNSNameSyntax.isValidHostName(domain) else { return nil }
        localPart = local
        self.domain = domain.map(DNSNameSyntax.lowercased)
    }

    /// RFC 5322 3.4.1 dot-atom-text: atext characters separated by single dots.
    static func isValidLocalPart(_ local: [UInt8]) -> Bool {
        guard !local.isEmpty, local.count <= 64, local.first != UInt8(ascii: "."), local.last != UInt8(ascii: ".") else {
            return false
        }
        var previousDot = false
        for byte in local {
            if byte == UInt8(ascii: ".") {
                if previousDot { return false }
                previousDot = true
                continue
            }
            previousDot = false
            let isAlnum = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isAlnum || Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(byte) else { return false }
        }
        return true
    }
}
