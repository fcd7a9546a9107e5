/// Matching the leaf against one expected peer name (RFC 6125 6.4 with the CA/B Forum
/// wildcard rules; see `HostnameMatcher`).
enum PeerNameCheck {
    /// Nil when some subjectAltName entry (or, with `allowCommonNameFallback` and no DNS or
    /// IP entry, the last commonName) matches `name`.
    static func check(_ certificate: Certificate, against name: PeerName, policy: VerificationPolicy) -> VerificationFailure? {
        let names = certificate.extensions.subjectAlternativeName?.names ?? []
        switch name {
        case .dns(let host):
            guard let reference = DNSNameSyntax.normalizedReference(host) else { return .invalidPeerName(host) }
            for case .dnsName(let presented) in names
            where HostnameMatcher.matches(DNSNameSyntax.classify(Array(presented.utf8)), normalizedReference: reference, publicSuffixes: policy.publicSuffixes) {
                return nil
            }
            let hasHostNames = names.contains { if case .dnsName = $0 { true } else if case .ipAddress = $0 { true } else { false } }
            if policy.allowCommonNameFallback && !hasHostNames, let commonName = certificate.subject.commonName,
                HostnameMatcher.matches(DNSNameSyntax.classify(Array(commonName.utf8)), normalizedReference: reference, publicSuffixes: policy.publicSuffixes)
            {
                return nil
            }
            return .peerNameMismatch(name)
        case .ip(let address):
            for case .ipAddress(let presented) in names
            where HostnameMatcher.matches(presentedIPAddress: presented.bytes, reference: address.bytes) {
                return nil
            }
            return .peerNameMismatch(name)
        case .email(let mailbox):
            guard Mailbox(Array(mailbox.utf8)) != nil else { return .invalidPeerName(mailbox) }
            for case .rfc822Name(let presented) in names
            where HostnameMatcher.matches(presentedEmail: Array(presented.utf8), reference: mailbox) {
                return nil
            }
            return .peerNameMismatch(name)
        }
    }
}
