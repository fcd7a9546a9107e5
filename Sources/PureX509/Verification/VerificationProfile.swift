/// Which rules a verification applies beyond the core of RFC 5280 section 6 that every
/// profile shares (signatures, validity periods, basicConstraints cA and keyCertSign in
/// issuers, pathLenConstraint, name constraints, certificate policies, extendedKeyUsage
/// chaining, the peer name, unknown critical extensions, revocation).
///
/// Three presets:
/// - `client` (the default): what mainstream TLS clients accept. Where OpenSSL 3, Go's
///   crypto/x509 and Chromium differ, the rule follows two of the three; each `Rule` says
///   which clients apply it.
/// - `webPKI`: the CA/B Forum Baseline Requirements' certificate profile on top of RFC 5280,
///   trust anchors included, as x509-limbo's `webpki::` cases encode it.
/// - `rfc5280`: RFC 5280 strict, as x509-limbo's `rfc5280::` cases encode it.
///
/// A profile is data: a name and a set of rules. Callers may remove a rule from a preset
/// (for example `trustAnchorProfile` for an operating system store vetted by its
/// maintainers); the name then still says which preset it started from.
public struct VerificationProfile: Hashable, Sendable, CustomStringConvertible {
    /// A rule that only some profiles apply.
    public enum Rule: String, CaseIterable, Hashable, Sendable {
        /// Every certificate of the path is version 3 (RFC 5280 6.1.4 k for CAs; BR 7.1.1).
        /// The client profile requires it of intermediates only (they need
        /// basicConstraints): OpenSSL 3, Go and Chromium accept a v1 leaf and a v1
        /// self-signed trust anchor.
        case version3
        /// The serial number is positive and at most 20 octets (RFC 5280 4.1.2.2). OpenSSL 3
        /// and Chromium accept zero, negative and long serials (RFC 5280 asks users to
        /// handle them gracefully).
        case serialNumberProfile
        /// authorityKeyIdentifier, subjectKeyIdentifier and authorityInfoAccess are not
        /// critical (RFC 5280 4.2.1.1, 4.2.1.2, 4.2.2.1). OpenSSL 3 (without -x509_strict),
        /// Go and Chromium do not check this.
        case nonCriticalIdentifiers
        /// policyConstraints is critical (RFC 5280 4.2.1.11: a rule for the issuing CA).
        /// OpenSSL 3 and Go process a non-critical one; NIST PKITS (written when
        /// criticality was optional) expects such paths valid.
        case criticalPolicyConstraints
        /// nameConstraints is critical (RFC 5280 4.2.1.10). The Baseline Requirements allow
        /// a non-critical one (BR 7.1.2.5.2), and OpenSSL 3, Go and Chromium apply the
        /// constraints either way.
        case criticalNameConstraints
        /// The CA certificate profile: basicConstraints critical (RFC 5280 4.2.1.9), and in
        /// an end-entity certificate no keyCertSign and no nameConstraints (4.2.1.9,
        /// 4.2.1.10). OpenSSL 3 (without -x509_strict), Go and Chromium do not check these.
        case caProfile
        /// Key identifiers: subjectKeyIdentifier in every CA certificate (RFC 5280
        /// 4.2.1.2), authorityKeyIdentifier keyIdentifier in every certificate but a
        /// self-signed one (4.2.1.1). No mainstream client requires them.
        case keyIdentifiers
        /// `caProfile`, `keyIdentifiers` and `rootProfile` also bind the trust anchor. Clients trust an
        /// anchor as configured (RFC 5280 6.1.1 d): OpenSSL 3, Go and Chromium do not check
        /// an anchor's own profile.
        case trustAnchorProfile
        /// A self-signed root's authorityKeyIdentifier, when present, is its
        /// subjectKeyIdentifier alone, and a root has no extendedKeyUsage (BR 7.1.2.1.2,
        /// 7.1.2.1.3).
        case rootProfile
        /// The subscriber (leaf) profile of the Baseline Requirements: not a CA (BR
        /// 7.1.2.7.8), extendedKeyUsage present, non-critical, without
        /// anyExtendedKeyUsage (BR 7.1.2.7.10), subjectAltName present for a server (BR
        /// 7.1.2.7.12). OpenSSL 3, Go and curl accept a leaf without extendedKeyUsage and a
        /// self-signed CA certificate trusted as the server certificate (what
        /// `openssl req -x509` makes).
        case subscriberProfile
        /// The encoding rules of BR 7.1.4.3 for a server leaf's commonName: ASCII
        /// (A-labels), an IP address in canonical form, a character-for-character copy of
        /// the subjectAltName entry it spells. Whether the commonName must be one of the
        /// subjectAltName values is not a verification rule in any profile (a rule for
        /// CAs, not clients: no major client enforces it): see
        /// `VerificationPolicy.commonNameMembership`.
        case commonNameEncoding
        /// Key types and sizes of the Baseline Requirements (BR 6.1.5, 7.1.3.1): RSA of 2048
        /// bits or more, ECDSA on P-256, P-384 or P-521, Ed25519. Go and OpenSSL's
        /// `verify` do not limit key sizes.
        case publicKeyProfile

        /// A stable identifier for programs: the case name in kebab case
        /// ("critical-policy-constraints").
        public var code: String {
            var result = ""
            for character in rawValue {
                if character.isUppercase || (character.isNumber && !(result.last?.isNumber ?? false)) {
                    result += "-" + character.lowercased()
                } else {
                    result.append(character)
                }
            }
            return result
        }

        /// What mainstream clients do about the rule: why the client profile leaves it out.
        public var clientPractice: String {
            switch self {
            case .version3: "OpenSSL 3, Go and Chromium accept a version 1 leaf and a version 1 self-signed trust anchor"
            case .serialNumberProfile:
                "OpenSSL 3 and Chromium accept zero, negative and over-long serial numbers (RFC 5280 4.1.2.2 asks users to handle them gracefully)"
            case .nonCriticalIdentifiers: "OpenSSL 3 (without -x509_strict), Go and Chromium do not check the criticality of AKI, SKI and AIA"
            case .criticalPolicyConstraints: "OpenSSL 3 and Go process a non-critical policyConstraints extension; NIST PKITS expects it"
            case .criticalNameConstraints: "OpenSSL 3, Go and Chromium apply non-critical nameConstraints like critical ones"
            case .caProfile:
                "OpenSSL 3 (without -x509_strict), Go and Chromium do not require a CA's basicConstraints to be critical, nor check keyCertSign or nameConstraints in a leaf"
            case .keyIdentifiers: "OpenSSL 3 (without -x509_strict), Go and Chromium do not require SKI and AKI"
            case .trustAnchorProfile: "OpenSSL 3, Go and Chromium trust an anchor as configured, without checking its own profile"
            case .rootProfile: "OpenSSL 3, Go and Chromium do not check a root's AKI or extendedKeyUsage against the BR"
            case .subscriberProfile:
                "OpenSSL 3, Go and curl accept a leaf without extendedKeyUsage, and a CA certificate trusted as the server certificate"
            case .commonNameEncoding: "no mainstream client checks the commonName's encoding against the SAN (BR 7.1.4.3 binds CAs)"
            case .publicKeyProfile: "Go and OpenSSL's verify do not limit key types and sizes to the BR's"
            }
        }

        /// Where the rule comes from, for messages: "RFC 5280 4.2.1.11".
        public var citation: String {
            switch self {
            case .version3: "RFC 5280 6.1.4 k"
            case .serialNumberProfile: "RFC 5280 4.1.2.2"
            case .nonCriticalIdentifiers: "RFC 5280 4.2.1.1, 4.2.1.2, 4.2.2.1"
            case .criticalPolicyConstraints: "RFC 5280 4.2.1.11"
            case .criticalNameConstraints: "RFC 5280 4.2.1.10"
            case .caProfile: "RFC 5280 4.2.1.9, 4.2.1.10"
            case .keyIdentifiers: "RFC 5280 4.2.1.1, 4.2.1.2"
            case .trustAnchorProfile: "RFC 5280 4.2.1"
            case .rootProfile: "BR 7.1.2.1"
            case .subscriberProfile: "BR 7.1.2.7"
            case .commonNameEncoding: "BR 7.1.4.3"
            case .publicKeyProfile: "BR 6.1.5"
            }
        }
    }

    /// The preset this profile is, or started from: "client", "webPKI" or "rfc5280".
    public let name: String
    /// The rules applied beyond the shared core.
    public var rules: Set<Rule>

    /// A profile with a name and its rules.
    public init(name: String, rules: Set<Rule>) {
        self.name = name
        self.rules = rules
    }

    /// True when the profile applies `rule`.
    public func applies(_ rule: Rule) -> Bool { rules.contains(rule) }

    /// What mainstream TLS clients accept: the shared RFC 5280 core only.
    public static let client = VerificationProfile(name: "client", rules: [])

    /// The CA/B Forum Baseline Requirements on top of RFC 5280, trust anchors included.
    /// nameConstraints may be non-critical (BR 7.1.2.5.2).
    public static let webPKI = VerificationProfile(
        name: "webPKI",
        rules: Set(Rule.allCases).subtracting([.criticalNameConstraints]))

    /// RFC 5280 strict: every RFC rule (trust anchors included), none of the Baseline
    /// Requirements.
    public static let rfc5280 = VerificationProfile(
        name: "rfc5280",
        rules: [
            .version3, .serialNumberProfile, .nonCriticalIdentifiers, .criticalPolicyConstraints, .criticalNameConstraints,
            .caProfile, .keyIdentifiers, .trustAnchorProfile,
        ])

    /// The three presets, by the names `x509dump verify --profile` takes (lowercase).
    public static let presets: [(name: String, profile: VerificationProfile)] = [
        ("client", .client), ("webpki", .webPKI), ("rfc5280", .rfc5280),
    ]

    /// The preset named `name` (case-insensitive: client, webpki, rfc5280), or nil.
    public static func named(_ name: String) -> VerificationProfile? {
        presets.first { $0.name == name.lowercased() }?.profile
    }

    /// The presets that apply `rule`, for messages: "the webPKI profile", "the webPKI and
    /// rfc5280 profiles".
    public static func presetNames(applying rule: Rule) -> String {
        let names = [client, webPKI, rfc5280].filter { $0.applies(rule) }.map(\.name)
        return "the " + names.joined(separator: " and ") + (names.count == 1 ? " profile" : " profiles")
    }

    public var description: String { name }
}
