extension VerificationFailure {
    /// A stable identifier of the failure kind for programs (JSON output, diagnosis codes).
    public var code: String {
        switch self {
        case .notYetValid: "not-yet-valid"
        case .expired: "expired"
        case .badSignature: "bad-signature"
        case .disallowedSignatureAlgorithm: "disallowed-signature-algorithm"
        case .legacySignatureAlgorithm: "legacy-signature-algorithm"
        case .unusableSignature: "unusable-signature"
        case .disallowedPublicKey: "disallowed-public-key"
        case .unsupportedVersion: "unsupported-version"
        case .invalidSerialNumber: "invalid-serial-number"
        case .unhandledCriticalExtension: "unhandled-critical-extension"
        case .extensionProfile: "extension-profile"
        case .nameProfile: "name-profile"
        case .profileRule(let rule, _): rule.code
        case .notCA: "issuer-not-ca"
        case .missingKeyCertSign: "issuer-missing-keycertsign"
        case .pathLengthExceeded: "path-length-exceeded"
        case .leafIsCA: "leaf-is-ca"
        case .extendedKeyUsageMismatch: "eku-mismatch"
        case .keyUsageMismatch: "key-usage-mismatch"
        case .peerNameMismatch: "name-mismatch"
        case .invalidPeerName: "invalid-peer-name"
        case .nameConstraintViolation: "name-constraint-violation"
        case .unsupportedNameConstraint: "unsupported-name-constraint"
        case .commonNameProfile: "common-name-profile"
        case .anchorDistrusted: "anchor-distrusted"
        case .issuerNotFound: "issuer-not-found"
        case .maximumDepthExceeded: "maximum-depth-exceeded"
        case .loop: "loop"
        case .budgetExhausted: "budget-exhausted"
        case .policyRequired: "policy-required"
        case .policyTreeTooLarge: "policy-tree-too-large"
        case .revoked: "revoked"
        case .unusableCRL: "unusable-crl"
        case .noUsableCRL: "crl-missing"
        }
    }

    /// The profile rule this failure comes from, nil for the RFC 5280 core that every
    /// profile applies.
    public var profileRule: VerificationProfile.Rule? {
        switch self {
        case .profileRule(let rule, _): rule
        case .leafIsCA: .subscriberProfile
        case .invalidSerialNumber: .serialNumberProfile
        case .disallowedPublicKey: .publicKeyProfile
        default: nil
        }
    }
}
