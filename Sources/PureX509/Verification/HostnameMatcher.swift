/// Matching a certificate's presented identifiers against the name a client expects
/// (RFC 6125 section 6 as profiled by the CA/B Forum Baseline Requirements). Pure
/// functions over already-parsed names; `PathValidator` calls them for the leaf.
///
/// - DNS names: ASCII case-insensitive, label by label; a trailing dot on the reference is
///   ignored; internationalized names only as A-labels.
/// - Wildcards: only `*.` followed by at least two labels that do not form a public suffix
///   (`*.com`, `*.co.uk` and `*` match nothing); `*` matches exactly one whole, non-empty
///   left-most label (`*.example.com` matches `foo.example.com`, neither `example.com` nor
///   `a.b.example.com`).
/// - IP addresses: byte equality with iPAddress entries of the same family.
/// - E-mail: the local part exactly, the domain case-insensitively (RFC 5321 2.4).
package enum HostnameMatcher {
    /// True when the presented dNSName (raw IA5String bytes) matches the reference host.
    package static func matches(
        presentedDNSName presented: some Collection<UInt8>, reference: String,
        publicSuffixes: PublicSuffixList = .embedded
    ) -> Bool {
        guard let reference = DNSNameSyntax.normalizedReference(reference) else { return false }
        return matches(DNSNameSyntax.classify(presented), normalizedReference: reference, publicSuffixes: publicSuffixes)
    }

    /// As above, with the reference already normalized by `DNSNameSyntax.normalizedReference`.
    package static func matches(
        _ presented: PresentedDNSName, normalizedReference reference: [UInt8],
        publicSuffixes: PublicSuffixList = .embedded
    ) -> Bool {
        switch presented {
        case .invalid:
            return false
        case .exact(let name):
            return name == reference
        case .wildcard(let rest):
            guard isAcceptableWildcard(rest, publicSuffixes: publicSuffixes) else { return false }
            // Exactly one non-empty label in front of the fixed part.
            guard reference.count > rest.count + 1 else { return false }
            let labelEnd = reference.count - rest.count - 1
            guard reference[labelEnd] == UInt8(ascii: "."), reference[(labelEnd + 1)...].elementsEqual(rest) else {
                return false
            }
            return !reference[..<labelEnd].contains(UInt8(ascii: "."))
        }
    }

    /// The fixed part of a wildcard (`example.com` in `*.example.com`) is acceptable when it
    /// has two labels or more and is not a public suffix (BR 3.2.2.6).
    package static func isAcceptableWildcard(_ rest: [UInt8], publicSuffixes: PublicSuffixList = .embedded) -> Bool {
        guard DNSNameSyntax.labelCount(rest) >= 2 else { return false }
        return !publicSuffixes.isPublicSuffix(String(decoding: rest, as: UTF8.self))
    }

    /// True when an iPAddress entry (4 or 16 raw bytes) is the expected address (4 or 16
    /// bytes): byte equality, so an IPv4 address never matches an IPv6 one.
    package static func matches(presentedIPAddress presented: some Collection<UInt8>, reference: some Collection<UInt8>) -> Bool {
        presented.elementsEqual(reference)
    }

    /// True when an rfc822Name entry is the expected mailbox.
    package static func matches(presentedEmail presented: some Collection<UInt8>, reference: String) -> Bool {
        guard let presented = Mailbox(presented), let reference = Mailbox(Array(reference.utf8)) else { return false }
        return presented == reference
    }
}
