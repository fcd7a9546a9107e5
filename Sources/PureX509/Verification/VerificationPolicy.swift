import PureX509ASN1

/// What a verification checks and how strictly. The defaults are a TLS server verified as
/// mainstream clients do (`VerificationProfile.client`): RFC 5280 section 6 without the
/// issuance rules that OpenSSL 3, Go and Chromium do not enforce.
public struct VerificationPolicy: Sendable {
    /// The purpose the leaf must be fit for.
    public enum Purpose: Hashable, Sendable {
        /// TLS server authentication (id-kp-serverAuth).
        case serverAuth
        /// TLS client authentication (id-kp-clientAuth).
        case clientAuth
        /// No extended key usage requirement.
        case any

        /// The EKU purpose OID, nil for `.any`.
        public var oid: OID? {
            switch self {
            case .serverAuth: ExtendedKeyUsage.serverAuth
            case .clientAuth: ExtendedKeyUsage.clientAuth
            case .any: nil
            }
        }
    }

    /// The validation time in seconds since 1970 (RFC 5280 compares at second granularity:
    /// callers floor fractions).
    public var time: Int64
    /// Seconds of tolerance on both ends of every validity period.
    public var clockSkew: Int64 = 0
    /// The purpose the leaf must be fit for.
    public var purpose: Purpose = .serverAuth
    /// Names the leaf must match (any one of them is enough per name; all listed names
    /// must match). Empty: no name check.
    public var peerNames: [PeerName] = []
    /// Also accept a DNS name found in the subject's last commonName when the certificate
    /// has no dNSName or iPAddress in subjectAltName (legacy, off by default: RFC 6125 6.4.4).
    public var allowCommonNameFallback = false
    /// Accept SHA-1 and MD5 based signatures (off by default: both are broken for
    /// certificate signatures).
    public var allowLegacySignatureHashes = false
    /// Accept legacy signature algorithms: SHA-1 based signatures (as
    /// `allowLegacySignatureHashes`) and DSA signatures (FIPS 186-4; DSA with SHA-1,
    /// SHA-224 or SHA-256, domain parameters inherited from the issuer per RFC 3279 2.3.2).
    /// Off by default; never honoured for DSA under the webPKI profile (the Baseline
    /// Requirements allow RSA and ECDSA only). x509dump verify's `--allow-legacy`. Without
    /// it a DSA signature fails with `VerificationFailure.legacySignatureAlgorithm`.
    public var allowLegacyAlgorithms = false
    /// The most intermediates between the leaf and the trust anchor, self-issued ones not
    /// counted (RFC 5280 4.2.1.9 counts them the same way for pathLenConstraint).
    public var maximumIntermediates = 8
    /// keyUsage bits the leaf must assert when it has a keyUsage extension.
    public var requiredLeafKeyUsage: KeyUsage = []
    /// Which rules apply beyond the RFC 5280 core: `.client` (the default: what mainstream
    /// TLS clients accept), `.webPKI` (CA/B Forum Baseline Requirements) or `.rfc5280`
    /// (strict). See `VerificationProfile`.
    public var profile: VerificationProfile = .client
    /// Which leaf commonNames must repeat one of its subjectAltName values (BR 7.1.4.3), for
    /// server authentication. Default `.notRequired` in every profile: the rule binds CAs,
    /// not clients, and no major client enforces it (x509dump diagnose reports it as a
    /// warning). Set it to reject such leaves anyway.
    public var commonNameMembership: CommonNameMembership = .notRequired
    /// The public suffix list that limits wildcards.
    public var publicSuffixes: PublicSuffixList = .embedded
    /// Limits against hostile input.
    public var budget: VerificationBudget = .standard
    /// CRLs to consult (RFC 5280 6.3): complete and delta CRLs, direct and indirect. A
    /// certificate is checked against the CRLs in its scope (issuer or cRLIssuer,
    /// issuingDistributionPoint, reasons); a CRL in scope that cannot be used (bad signature,
    /// signer without cRLSign or without a valid path, missing or critical CRLNumber, an
    /// unknown critical extension, outside its validity) fails the path unless other CRLs in
    /// scope are usable and cover every reason. Certificates without a CRL in scope are not
    /// checked unless `crlCheck` requires them.
    public var crls: [CertificateRevocationList] = []
    /// Which certificates must have a usable CRL from their issuer among `crls` (RFC 5280
    /// 6.3; OpenSSL's -crl_check and -crl_check_all). Default `.none`: certificates
    /// without a CRL here are not checked, and the result says revocation was not checked.
    public var crlCheck: CRLCheck = .none
    /// How many CRL-signer validations enclose this one (RFC 5280 6.3.3 f validates the
    /// path of a CRL issuer that is not the certificate's issuer); bounded so that CRL
    /// signers that vouch for each other end.
    var crlSignerDepth = 0
    /// CRL signers whose own path is being validated (innermost last): a CRL such a signer
    /// signed is accepted for its own status, as when a CA's designated CRL issuer is
    /// covered by the indirect CRL it issues (PKITS 4.14.30).
    var provisionalCRLSigners: [Certificate] = []

    /// Which certificates of a path must be checked against a CRL.
    public enum CRLCheck: Hashable, Sendable {
        /// Only where a CRL from the issuer is given.
        case none
        /// The leaf must have a usable CRL from its issuer.
        case leaf
        /// Every certificate below the trust anchor must.
        case all
    }

    // MARK: Certificate policies (RFC 5280 6.1.1 c, e, f, g and 6.1.2)

    /// The user-initial-policy-set of RFC 5280 6.1.1 (c): the certificate policies, in the
    /// trust anchor's policy domain, that are acceptable to the user. Default
    /// `[anyPolicy]` (any policy). When it contains anyPolicy every policy is acceptable;
    /// otherwise the path's valid policies are intersected with it (6.1.5 g), and a path
    /// that keeps none fails only when an explicit policy is required
    /// (`initialExplicitPolicy`, or a requireExplicitPolicy of policyConstraints in the
    /// path): without that, RFC 5280 accepts it with an empty
    /// `VerificationResult.validPolicies`.
    public var userInitialPolicySet: [OID] = [CertificatePolicies.anyPolicy]
    /// initial-policy-mapping-inhibit of RFC 5280 6.1.1 (e): policy mapping is not
    /// permitted in the path (a mapped issuerDomainPolicy is deleted, 6.1.4 b.2). Default
    /// false.
    public var initialPolicyMappingInhibit = false
    /// initial-explicit-policy of RFC 5280 6.1.1 (f): the path must be valid for at least
    /// one policy of `userInitialPolicySet` (6.1.3 f, 6.1.5 g). Default false: as RFC 5280
    /// does, a path without policies is then valid unless one of its certificates requires
    /// an explicit policy (policyConstraints requireExplicitPolicy, 4.2.1.11).
    public var initialExplicitPolicy = false
    /// initial-any-policy-inhibit of RFC 5280 6.1.1 (g): anyPolicy in a certificate does
    /// not match other policies (6.1.3 d.2), except in a self-issued intermediate. Default
    /// false.
    public var initialAnyPolicyInhibit = false

    /// A policy at `time` (seconds since 1970) for `purpose` under `profile`.
    public init(
        time: Int64, purpose: Purpose = .serverAuth, peerNames: [PeerName] = [], profile: VerificationProfile = .client
    ) {
        self.time = time
        self.purpose = purpose
        self.peerNames = peerNames
        self.profile = profile
    }
}
