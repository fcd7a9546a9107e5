/// Which subject commonNames of a TLS leaf must repeat one of its subjectAltName values
/// (CA/B Forum Baseline Requirements 7.1.4.3: "If present, this attribute MUST contain
/// exactly one entry that is one of the values contained in the Certificate's
/// subjectAltName extension"). The rule applies to server-authentication leaves only: the
/// Baseline Requirements govern TLS server certificates, not client certificates.
///
/// The rule exists because clients that still read the commonName as the host identity
/// (RFC 6125 6.4.4 fallback) and clients that read only subjectAltName must see the same
/// identity. A commonName that names a host the SAN does not carry gives the two kinds of
/// client different answers; a commonName that cannot name a host ("EE",
/// "kube-apiserver") gives none.
public enum CommonNameMembership: Hashable, Sendable {
    /// No membership rule, the default in every profile (RFC 5280 has none, and the BR
    /// rule binds CAs, not clients). The encoding rules of 7.1.4.3 (ASCII, canonical IP
    /// form, a character-for-character copy when a SAN differs only in case) still apply
    /// where the profile has `VerificationProfile.Rule.commonNameEncoding`.
    case notRequired
    /// A commonName that names a host must be one of the SAN values: an IP address, or a
    /// DNS name or wildcard of two or more labels. Other commonNames are labels, not host
    /// identities, and are left alone. x509dump diagnose uses it for its
    /// `cn-not-in-san` warning.
    case hostNames
    /// Every commonName must be one of the SAN values, as 7.1.4.3 is worded.
    case all

    /// True when `commonName` (ASCII bytes) must appear among the SAN values; `isIPAddress`
    /// says whether it reads as an IP address.
    public func requiresMembership(of commonName: [UInt8], isIPAddress: Bool) -> Bool {
        switch self {
        case .notRequired: return false
        case .all: return true
        case .hostNames:
            if isIPAddress { return true }
            switch DNSNameSyntax.classify(commonName) {
            case .exact(let name): return DNSNameSyntax.labelCount(name) >= 2
            case .wildcard: return true
            case .invalid: return false
            }
        }
    }
}
