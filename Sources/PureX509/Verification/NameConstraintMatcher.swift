/// The name-constraint primitives of RFC 5280 4.2.1.10, one name against one constraint.
/// `NameConstraintsState` applies them across a path. Each primitive answers the question
/// the validator needs and fails closed: for a permitted subtree "does every name this
/// entry can stand for lie inside?", for an excluded subtree "might any of them lie inside?".
package enum NameConstraintMatcher {
    // MARK: dNSName

    /// A dNSName constraint as RFC 5280 4.2.1.10 defines it: empty (every name) or a host
    /// name ("any DNS name that can be constructed by simply adding zero or more labels to
    /// the left-hand side"). A leading period (the URI form) or a wildcard is not a dNSName
    /// constraint: the certificate carrying it is rejected. Returns the lower-cased form.
    package static func dnsConstraint(_ bytes: some Collection<UInt8>) -> [UInt8]? {
        if bytes.isEmpty { return [] }
        guard DNSNameSyntax.isValidHostName(bytes) else { return nil }
        return bytes.map(DNSNameSyntax.lowercased)
    }

    /// True when every name `name` stands for lies in the subtree `constraint`. A wildcard
    /// `*.rest` stands for one extra label, so it lies inside when `rest` does.
    package static func dns(_ name: PresentedDNSName, isWithin constraint: [UInt8]) -> Bool {
        switch name {
        case .invalid: return false
        case .exact(let host): return DNSNameSyntax.isSubdomain(host, of: constraint)
        case .wildcard(let rest): return DNSNameSyntax.isSubdomain(rest, of: constraint)
        }
    }

    /// True when some name `name` stands for may lie in the subtree `constraint`: always for
    /// a malformed name; for `*.rest`, when `rest` lies in it or the constraint is one label
    /// below `rest` (`*.example.com` can be `bar.example.com`, CVE-2025-61727).
    package static func dns(_ name: PresentedDNSName, mayBeWithin constraint: [UInt8]) -> Bool {
        switch name {
        case .invalid: return true
        case .exact(let host): return DNSNameSyntax.isSubdomain(host, of: constraint)
        case .wildcard(let rest):
            if DNSNameSyntax.isSubdomain(rest, of: constraint) { return true }
            guard constraint.count > rest.count + 1,
                let dot = constraint.firstIndex(of: UInt8(ascii: "."))
            else { return false }
            return constraint[(dot + 1)...].elementsEqual(rest)
        }
    }

    // MARK: iPAddress

    /// An iPAddress constraint: address and mask, 8 bytes (IPv4) or 32 (IPv6), the mask a
    /// run of one bits followed by zero bits (RFC 5280 4.2.1.10, RFC 4632 CIDR). Host bits
    /// set outside the mask are refused too. Nil for anything else.
    package static func ipConstraint(_ bytes: some Collection<UInt8>) -> (address: [UInt8], mask: [UInt8])? {
        let bytes = Array(bytes)
        guard bytes.count == 8 || bytes.count == 32 else { return nil }
        let half = bytes.count / 2
        let address = Array(bytes[..<half]), mask = Array(bytes[half...])
        var seenZero = false
        for byte in mask {
            for bit in (0..<8).reversed() {
                let set = byte & (1 << bit) != 0
                if set && seenZero { return nil }
                if !set { seenZero = true }
            }
        }
        for index in 0..<half where address[index] & ~mask[index] != 0 { return nil }
        return (address, mask)
    }

    /// True when the address (4 or 16 bytes) lies in the constraint's network; families
    /// never match each other.
    package static func ip(_ address: some Collection<UInt8>, isWithin constraint: (address: [UInt8], mask: [UInt8])) -> Bool {
        guard address.count == constraint.address.count else { return false }
        for (index, byte) in address.enumerated() where byte & constraint.mask[index] != constraint.address[index] {
            return false
        }
        return true
    }

    // MARK: rfc822Name

    /// The three forms of an rfc822Name constraint (RFC 5280 4.2.1.10).
    package enum EmailConstraint: Hashable, Sendable {
        /// `user@example.com`: that mailbox only (characters are literal: `*` is no wildcard).
        case mailbox(Mailbox)
        /// `example.com`: every mailbox on that host.
        case host([UInt8])
        /// `.example.com`: every mailbox on a host below that domain.
        case domain([UInt8])
    }

    /// Parses an rfc822Name constraint; nil for a malformed one (`a@b@c`, bad host).
    package static func emailConstraint(_ bytes: some Collection<UInt8>) -> EmailConstraint? {
        let bytes = Array(bytes)
        if bytes.contains(UInt8(ascii: "@")) { return Mailbox(bytes).map(EmailConstraint.mailbox) }
        if bytes.first == UInt8(ascii: ".") {
            let rest = bytes.dropFirst()
            guard DNSNameSyntax.isValidHostName(rest) else { return nil }
            return .domain(rest.map(DNSNameSyntax.lowercased))
        }
        guard DNSNameSyntax.isValidHostName(bytes) else { return nil }
        return .host(bytes.map(DNSNameSyntax.lowercased))
    }

    /// True when the mailbox lies in the constraint.
    package static func email(_ mailbox: Mailbox, isWithin constraint: EmailConstraint) -> Bool {
        switch constraint {
        case .mailbox(let wanted): return mailbox == wanted
        case .host(let host): return mailbox.domain == host
        case .domain(let domain):
            return mailbox.domain.count > domain.count && DNSNameSyntax.isSubdomain(mailbox.domain, of: domain)
        }
    }

    // MARK: uniformResourceIdentifier

    /// A URI constraint: a host (`example.com`, that host only) or a domain
    /// (`.example.com`, hosts below it). Returns (host, isDomain); nil when malformed.
    package static func uriConstraint(_ bytes: some Collection<UInt8>) -> (host: [UInt8], isDomain: Bool)? {
        let bytes = Array(bytes)
        if bytes.first == UInt8(ascii: ".") {
            let rest = Array(bytes.dropFirst())
            guard DNSNameSyntax.isValidHostName(rest) else { return nil }
            return (rest.map(DNSNameSyntax.lowercased), true)
        }
        guard DNSNameSyntax.isValidHostName(bytes) else { return nil }
        return (bytes.map(DNSNameSyntax.lowercased), false)
    }

    /// The host of a URI (`scheme://[userinfo@]host[:port][/...]`, RFC 3986 3.2.2),
    /// lower-cased; nil when there is no authority or the host is not a DNS name (an IP
    /// literal cannot satisfy a host constraint, RFC 5280 4.2.1.10).
    package static func uriHost(_ uri: some Collection<UInt8>) -> [UInt8]? {
        let bytes = Array(uri)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            bytes.count > colon + 2, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        var authority = bytes[(colon + 3)...]
        if let end = authority.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            authority = authority[..<end]
        }
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        if let portColon = authority.lastIndex(of: UInt8(ascii: ":")) { authority = authority[..<portColon] }
        guard DNSNameSyntax.isValidHostName(authority) else { return nil }
        return authority.map(DNSNameSyntax.lowercased)
    }

    /// True when the URI host lies in the constraint.
    package static func uri(host: [UInt8], isWithin constraint: (host: [UInt8], isDomain: Bool)) -> Bool {
        constraint.isDomain
            ? host.count > constraint.host.count && DNSNameSyntax.isSubdomain(host, of: constraint.host)
            : host == constraint.host
    }
}
