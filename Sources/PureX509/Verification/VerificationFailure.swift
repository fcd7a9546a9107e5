import PureX509ASN1

/// Why a certificate, at a place in a candidate path, cannot be accepted. Cases carry the
/// data a diagnosis needs ("intermediate #2 expired on ..."); `description` is one line of
/// English for people.
public enum VerificationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Time
    /// The validation time is before notBefore (RFC 5280 6.1.3 a.2).
    case notYetValid(notBefore: ASN1Time, at: ASN1Time)
    /// The validation time is after notAfter.
    case expired(notAfter: ASN1Time, at: ASN1Time)

    // MARK: Signatures and keys
    /// The issuer's key does not verify the certificate's signature.
    case badSignature
    /// The signature algorithm is refused by the policy (SHA-1, MD5, or not allowed).
    case disallowedSignatureAlgorithm(OID)
    /// A legacy signature algorithm (DSA; its OID and a name such as "DSA with SHA-1") that
    /// is refused unless the caller allows legacy algorithms
    /// (`VerificationPolicy.allowLegacyAlgorithms`, x509dump verify's --allow-legacy).
    case legacySignatureAlgorithm(OID, String)
    /// The signature algorithm or the issuer's key could not be used (unsupported or
    /// malformed); the text says which.
    case unusableSignature(String)
    /// The certified key is refused by the policy (type, curve or size), with a summary
    /// such as "RSA 1024".
    case disallowedPublicKey(String)

    // MARK: Structure and profile
    /// The certificate's version is not v3.
    case unsupportedVersion(Int)
    /// The serial number is zero, negative or longer than 20 octets (RFC 5280 4.1.2.2).
    case invalidSerialNumber
    /// A critical extension this library does not process (RFC 5280 4.2).
    case unhandledCriticalExtension(OID)
    /// An extension is marked critical or non-critical against the profile, or appears where
    /// it must not (the text names the rule).
    case extensionProfile(String)
    /// Issuer or subject name problems RFC 5280 forbids (empty issuer, empty CA subject).
    case nameProfile(String)
    /// A rule of the verification profile that only some profiles apply (the strict
    /// `webPKI` and `rfc5280` presets): the rule, and what the certificate does against it.
    case profileRule(VerificationProfile.Rule, String)

    // MARK: CA rules
    /// A certificate used as an issuer is not a CA (basicConstraints absent or cA false).
    case notCA
    /// The issuer's keyUsage lacks keyCertSign.
    case missingKeyCertSign
    /// The issuer's pathLenConstraint allows fewer intermediates than follow it.
    case pathLengthExceeded(constraint: Int, intermediatesBelow: Int)
    /// The end-entity certificate is a CA (the subscriber profile of the web PKI) or may
    /// sign certificates.
    case leafIsCA

    // MARK: Usage
    /// The extended key usage does not allow the requested purpose.
    case extendedKeyUsageMismatch(required: OID)
    /// The key usage does not allow what the policy needs (for example digitalSignature).
    case keyUsageMismatch(String)

    // MARK: Names
    /// No subjectAltName entry matches the expected peer name.
    case peerNameMismatch(PeerName)
    /// The expected peer name itself is not a valid DNS name, address or mailbox.
    case invalidPeerName(String)
    /// A name of the certificate is outside a permitted subtree or inside an excluded one of
    /// the issuer at `constraintIndex` (index in the path), e.g. "dNSName bad.example.com
    /// excluded by bad.example.com".
    case nameConstraintViolation(name: String, constraintIndex: Int, detail: String)
    /// A name constraint is malformed or of a form this library cannot apply to a name
    /// that is present.
    case unsupportedNameConstraint(String)
    /// The subject's commonName is not a faithful copy of a subjectAltName entry (CA/B
    /// Forum BR 7.1.4.3).
    case commonNameProfile(String)

    // MARK: Path
    /// The trust anchor's OpenSSL trust settings (a `TRUSTED CERTIFICATE` block) refuse the
    /// purpose: the text says which uses it is rejected or trusted for.
    case anchorDistrusted(String)
    /// No issuer for this certificate was found among the trust anchors and intermediates.
    case issuerNotFound
    /// The path would be longer than the policy's maximum number of intermediates.
    case maximumDepthExceeded(Int)
    /// The certificate already appears in the path (a cycle of cross-signatures).
    case loop
    /// Path building gave up: the budget (signature checks, candidates or name-constraint
    /// comparisons) ran out.
    case budgetExhausted(String)

    // MARK: Certificate policies
    /// The path has no valid certificate policy (RFC 5280 6.1.3 f, 6.1.5 g) at the
    /// certificate at `certificateIndex` (leaf first; 0 after the wrap-up, where the path's
    /// policies are intersected with `VerificationPolicy.userInitialPolicySet`) while an
    /// explicit policy is required (`VerificationPolicy.initialExplicitPolicy`, or a
    /// requireExplicitPolicy of policyConstraints in the path). `detail` says what is missing.
    case policyRequired(certificateIndex: Int, detail: String)
    /// The valid_policy_tree would grow past `limit` nodes (`VerificationBudget.policyTreeNodes`)
    /// at the certificate at `certificateIndex`: policy mappings can multiply it with every
    /// certificate (CVE-2023-0464), so the path is refused.
    case policyTreeTooLarge(certificateIndex: Int, limit: Int)

    // MARK: Revocation
    /// A CRL from the certificate's issuer lists its serial number (RFC 5280 6.3).
    case revoked
    /// A CRL that applies to the certificate cannot be used (bad signature, issuer without
    /// cRLSign, missing or critical CRLNumber, ...): the text says which.
    case unusableCRL(String)
    /// Revocation checking is required (`VerificationPolicy.crlCheck`) and no CRL from the
    /// certificate's issuer was given (OpenSSL: "unable to get certificate CRL").
    case noUsableCRL

    public var description: String {
        switch self {
        case .notYetValid(let notBefore, let at): "not valid before \(notBefore) (checked at \(at))"
        case .expired(let notAfter, let at): "expired at \(notAfter) (checked at \(at))"
        case .badSignature: "signature does not verify with the issuer's key"
        case .disallowedSignatureAlgorithm(let oid): "signature algorithm \(oid.dotted) is not allowed"
        case .legacySignatureAlgorithm(let oid, let name):
            "legacy signature algorithm \(name) (\(oid.dotted)) is refused: accept it with --allow-legacy (VerificationPolicy.allowLegacyAlgorithms)"
        case .unusableSignature(let why): "signature cannot be checked: \(why)"
        case .disallowedPublicKey(let key): "public key \(key) is not allowed"
        case .unsupportedVersion(let version): "version \(version) certificate (v3 required)"
        case .invalidSerialNumber: "serial number is zero, negative or longer than 20 octets"
        case .unhandledCriticalExtension(let oid): "unknown critical extension \(oid.dotted)"
        case .extensionProfile(let rule): rule
        case .nameProfile(let rule): rule
        case .profileRule(let rule, let detail):
            "\(detail) (\(rule.citation): a rule of \(VerificationProfile.presetNames(applying: rule)), not of the client profile)"
        case .notCA: "used as an issuer but not a CA (basicConstraints cA is not set)"
        case .missingKeyCertSign: "used as an issuer but keyUsage lacks keyCertSign"
        case .pathLengthExceeded(let constraint, let below):
            "pathLenConstraint \(constraint) but \(below) intermediate(s) follow"
        case .leafIsCA:
            "end-entity certificate is a CA certificate (BR 7.1.2.7.8: a rule of the webPKI profile, not of the client profile)"
        case .extendedKeyUsageMismatch(let oid): "extendedKeyUsage does not allow \(ExtendedKeyUsage.title(of: oid))"
        case .keyUsageMismatch(let what): "keyUsage does not allow \(what)"
        case .peerNameMismatch(let name): "no subjectAltName matches \(name)"
        case .invalidPeerName(let name): "expected name \(name) is not a valid name"
        case .nameConstraintViolation(let name, let index, let detail):
            "\(name) violates the name constraints of certificate #\(index): \(detail)"
        case .unsupportedNameConstraint(let what): "name constraint cannot be applied: \(what)"
        case .commonNameProfile(let why): "commonName: \(why)"
        case .anchorDistrusted(let why): "trust anchor refused: \(why)"
        case .issuerNotFound: "no issuer found among the trust anchors and intermediates"
        case .maximumDepthExceeded(let limit): "path longer than \(limit) intermediate(s)"
        case .loop: "certificate already in the path (cycle)"
        case .budgetExhausted(let what): "path building budget exhausted (\(what))"
        case .policyRequired(let index, let detail):
            "no valid certificate policy at certificate #\(index) while an explicit policy is required: \(detail) (RFC 5280 6.1)"
        case .policyTreeTooLarge(let index, let limit):
            "certificate policy tree larger than \(limit) nodes at certificate #\(index) (policy mappings; RFC 5280 6.1.3)"
        case .revoked: "revoked by its issuer's CRL"
        case .unusableCRL(let why): "CRL cannot be used: \(why)"
        case .noUsableCRL: "no CRL from its issuer while revocation checking is required"
        }
    }
}
