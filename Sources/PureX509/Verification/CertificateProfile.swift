import PureX509ASN1
import PureX509Crypto

/// The per-certificate rules of a verification: RFC 5280 (section 4 profile and section 6
/// processing) and, with `VerificationPolicy.webPKIProfile`, the CA/B Forum Baseline
/// Requirements' certificate profile (BR 7.1). Each function returns the first rule the
/// certificate breaks, or nil.
enum CertificateProfile {
    // MARK: Every certificate in a path

    /// Rules for every certificate: version, serial number (not for trust anchors, which
    /// are trusted as configured: long-lived roots with serial 0 exist), critical extensions,
    /// validity.
    static func checkCommon(_ certificate: Certificate, isAnchor: Bool = false, policy: VerificationPolicy) -> VerificationFailure? {
        // RFC 5280 6.1.4 k and BR 7.1.1: v3 (extensions carry the CA and usage rules).
        guard certificate.version == .v3 else { return .unsupportedVersion(certificate.version.number) }
        // RFC 5280 4.1.2.2: a positive integer of at most 20 octets.
        let serial = certificate.serialNumber
        if !isAnchor && (serial.isNegative || serial.isZero || serial.magnitude.count > 20) { return .invalidSerialNumber }
        let extensions = certificate.extensions
        if let unknown = extensions.unhandledCritical.first { return .unhandledCriticalExtension(unknown.oid) }
        // RFC 5280 4.2.1.1 and 4.2.1.2: AKI and SKI MUST be non-critical; 4.2.2.1 AIA too.
        for kind in [ExtensionKind.authorityKeyIdentifier, .subjectKeyIdentifier, .authorityInfoAccess] {
            if let found = extensions[kind: kind], found.isCritical {
                return .extensionProfile("\(kind) must not be critical (RFC 5280 4.2)")
            }
        }
        // RFC 5280 4.2.1.11: policyConstraints MUST be critical.
        if let constraints = extensions[kind: .policyConstraints], !constraints.isCritical {
            return .extensionProfile("policyConstraints must be critical (RFC 5280 4.2.1.11)")
        }
        // RFC 5280 4.2.1.10: nameConstraints MUST be critical. The BR allow a non-critical
        // one (BR 7.1.2.5.2) and limbo's webpki and rfc5280 cases disagree on it; we fail
        // closed: a verifier must never accept what one of them expects rejected.
        if let constraints = extensions[kind: .nameConstraints], !constraints.isCritical {
            return .extensionProfile("nameConstraints must be critical (RFC 5280 4.2.1.10)")
        }
        // RFC 5280 4.1.2.4: the issuer field MUST contain a non-empty name.
        if certificate.issuer.isEmpty { return .nameProfile("empty issuer name (RFC 5280 4.1.2.4)") }
        return checkValidity(certificate, policy: policy)
    }

    /// RFC 5280 6.1.3 a.2: notBefore <= time <= notAfter (inclusive), with the policy's skew.
    static func checkValidity(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        let at = ASN1Time(secondsSince1970: policy.time) ?? certificate.notBefore
        if policy.time + policy.clockSkew < certificate.notBefore.secondsSince1970 {
            return .notYetValid(notBefore: certificate.notBefore, at: at)
        }
        if policy.time - policy.clockSkew > certificate.notAfter.secondsSince1970 {
            return .expired(notAfter: certificate.notAfter, at: at)
        }
        return nil
    }

    /// The certified key, for the web PKI: RSA of 2048 bits or more in whole bytes, ECDSA on
    /// P-256, P-384 or P-521 with a named curve (BR 6.1.5, 7.1.3.1), or Ed25519 (RFC 8410;
    /// not in the BR, accepted because nothing weak follows from it).
    static func checkPublicKey(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        guard policy.webPKIProfile else { return nil }
        let details = certificate.subjectPublicKeyInfo.details
        switch details {
        case .rsa(_, _, _):
            guard let bits = details.bitCount, bits >= 2048, bits % 8 == 0 else {
                return .disallowedPublicKey("RSA \(details.bitCount ?? 0)")
            }
            return nil
        case .ec(let curve, _):
            switch curve {
            case .p256, .p384, .p521: return nil
            default: return .disallowedPublicKey(details.summary)
            }
        case .ed25519:
            return nil
        default:
            return .disallowedPublicKey(details.summary)
        }
    }

    /// The signature algorithm of `certificate` (the one its issuer used): SHA-256, SHA-384
    /// or SHA-512 with RSA PKCS#1 v1.5, RSASSA-PSS or ECDSA, or Ed25519; SHA-1 only with
    /// `allowLegacySignatureHashes`; MD5 never.
    static func signatureAlgorithm(
        of algorithm: AlgorithmIdentifier, policy: VerificationPolicy
    ) -> Result<SignatureAlgorithm, VerificationFailure> {
        let parsed: SignatureAlgorithm
        do {
            parsed = try SignatureAlgorithm(derEncoded: algorithm.derEncoded)
        } catch {
            return .failure(.unusableSignature("\(error)"))
        }
        guard let hash = parsed.hash else { return .success(parsed) }  // Ed25519
        switch hash {
        case .sha256, .sha384, .sha512: return .success(parsed)
        case .sha1 where policy.allowLegacySignatureHashes: return .success(parsed)
        default: return .failure(.disallowedSignatureAlgorithm(parsed.oid))
        }
    }

    // MARK: The end-entity certificate

    /// Rules for the leaf: not a CA (web PKI), keyUsage and extendedKeyUsage fit the
    /// purpose, subjectAltName and commonName as the profile wants, no nameConstraints.
    static func checkLeaf(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        let extensions = certificate.extensions
        let basicConstraints = extensions.basicConstraints
        let keyUsage = extensions.keyUsage
        // RFC 5280 4.2.1.9: without cA, keyCertSign MUST NOT be asserted.
        if keyUsage?.contains(.keyCertSign) == true && basicConstraints?.isCA != true {
            return .extensionProfile("keyUsage keyCertSign without basicConstraints cA (RFC 5280 4.2.1.9)")
        }
        // RFC 5280 4.2.1.10: nameConstraints only in CA certificates.
        if extensions[kind: .nameConstraints] != nil && basicConstraints?.isCA != true {
            return .extensionProfile("nameConstraints in an end-entity certificate (RFC 5280 4.2.1.10)")
        }
        // RFC 5280 4.2.1.6: an empty subject needs a critical subjectAltName.
        let sanExtension = extensions[kind: .subjectAltName]
        if certificate.subject.isEmpty {
            guard let sanExtension, sanExtension.isCritical else {
                return .extensionProfile("empty subject without a critical subjectAltName (RFC 5280 4.2.1.6)")
            }
        }
        if let keyUsage, !policy.requiredLeafKeyUsage.isSubset(of: keyUsage) {
            return .keyUsageMismatch(policy.requiredLeafKeyUsage.usageNames.joined(separator: ", "))
        }
        if let failure = checkLeafExtendedKeyUsage(certificate, policy: policy) { return failure }
        guard policy.webPKIProfile else { return nil }

        // BR 7.1.2.7.8: a subscriber certificate has cA FALSE (or no basicConstraints).
        if basicConstraints?.isCA == true || keyUsage?.contains(.keyCertSign) == true { return .leafIsCA }
        // BR 7.1.2.7.12 / RFC 5280 4.2.1.6: SAN is required, critical exactly when the
        // subject is empty.
        if policy.purpose == .serverAuth {
            guard let sanExtension else { return .extensionProfile("no subjectAltName (BR 7.1.2.7.12)") }
            if !certificate.subject.isEmpty && sanExtension.isCritical {
                return .extensionProfile("critical subjectAltName with a non-empty subject (BR 7.1.2.7.12)")
            }
        }
        // RFC 5280 4.2.1.1: every certificate but a self-signed one carries an AKI keyIdentifier.
        if extensions.authorityKeyIdentifier?.keyIdentifier == nil && !certificate.isSelfIssued {
            return .extensionProfile("no authorityKeyIdentifier keyIdentifier (RFC 5280 4.2.1.1)")
        }
        // The Baseline Requirements govern TLS server certificates; a client certificate's
        // commonName (a user, a device) need not repeat a subjectAltName value.
        let membership = policy.purpose == .serverAuth ? policy.commonNameMembership : .notRequired
        return checkCommonName(certificate, membership: membership)
    }

    /// EKU of the leaf (RFC 5280 4.2.1.12; BR 7.1.2.7.10: present, not critical, no anyEKU).
    static func checkLeafExtendedKeyUsage(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        guard let required = policy.purpose.oid else { return nil }
        let extensions = certificate.extensions
        guard let eku = extensions.extendedKeyUsage else {
            return policy.webPKIProfile ? .extendedKeyUsageMismatch(required: required) : nil
        }
        if policy.webPKIProfile {
            if extensions[kind: .extendedKeyUsage]?.isCritical == true {
                return .extensionProfile("critical extendedKeyUsage in a subscriber certificate (BR 7.1.2.7.10)")
            }
            if eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage) {
                return .extensionProfile("anyExtendedKeyUsage in a subscriber certificate (BR 7.1.2.7.10)")
            }
            return eku.contains(required) ? nil : .extendedKeyUsageMismatch(required: required)
        }
        return eku.contains(required) || eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage)
            ? nil : .extendedKeyUsageMismatch(required: required)
    }

    /// BR 7.1.4.3 on the subject commonName of a subscriber certificate, as far as it can
    /// be applied: a commonName that is an IP address must be in its canonical text form
    /// (RFC 3986 3.2.2 dotted decimal, RFC 5952 for IPv6); one that spells a subjectAltName
    /// dNSName must be a character-for-character copy of it; internationalized names only as
    /// A-labels (a commonName outside ASCII can never be such a copy).
    ///
    /// The BR also require the commonName to be one of the subjectAltName values; which
    /// commonNames this applies to is `membership` (see `CommonNameMembership`).
    static func checkCommonName(_ certificate: Certificate, membership: CommonNameMembership) -> VerificationFailure? {
        let san = certificate.extensions.subjectAlternativeName
        let sanNames = san?.dnsNames ?? []
        for commonName in certificate.subject.commonNames {
            let bytes = Array(commonName.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) {
                return .commonNameProfile("\"\(commonName)\" is not ASCII (domain names must be A-labels)")
            }
            if let address = LenientIPAddress.parse(bytes) {
                let canonical = IPAddress(bytes: address).description
                if canonical != commonName {
                    return .commonNameProfile("\"\(commonName)\" is an IP address not in canonical form (\(canonical))")
                }
                if membership.requiresMembership(of: bytes, isIPAddress: true)
                    && !(san?.ipAddresses ?? []).contains(where: { $0.bytes == address }) {
                    return .commonNameProfile("\"\(commonName)\" is not one of the subjectAltName addresses (BR 7.1.4.3)")
                }
                continue
            }
            if membership.requiresMembership(of: bytes, isIPAddress: false) && !sanNames.contains(commonName) {
                return .commonNameProfile("\"\(commonName)\" is not one of the subjectAltName names (BR 7.1.4.3)")
            }
            let lowered = bytes.map(DNSNameSyntax.lowercased)
            for name in sanNames {
                let sanBytes = Array(name.utf8)
                if sanBytes != bytes && sanBytes.map(DNSNameSyntax.lowercased) == lowered {
                    return .commonNameProfile("\"\(commonName)\" is not a character-for-character copy of \"\(name)\"")
                }
            }
        }
        return nil
    }

    // MARK: Issuers

    /// Rules for a certificate used to issue the one below it (intermediate or trust
    /// anchor): RFC 5280 6.1.4 k, l, n and the CA profile of 4.2.1.
    static func checkIssuer(_ certificate: Certificate, isAnchor: Bool, policy: VerificationPolicy) -> VerificationFailure? {
        let extensions = certificate.extensions
        // RFC 5280 6.1.4 k: basicConstraints present with cA TRUE; 4.2.1.9: critical.
        guard let basicConstraints = extensions.basicConstraints, basicConstraints.isCA else { return .notCA }
        // RFC 5280 6.1.4 n: keyCertSign when keyUsage is present.
        if let keyUsage = extensions.keyUsage, !keyUsage.contains(.keyCertSign) { return .missingKeyCertSign }
        // RFC 5280 4.1.2.6: a CA's subject is not empty.
        if certificate.subject.isEmpty { return .nameProfile("CA certificate with an empty subject (RFC 5280 4.1.2.6)") }
        guard policy.webPKIProfile, !isAnchor || policy.checkTrustAnchorProfile else { return nil }
        if extensions[kind: .basicConstraints]?.isCritical != true {
            return .extensionProfile("basicConstraints of a CA must be critical (RFC 5280 4.2.1.9)")
        }
        // RFC 5280 4.2.1.2: SKI in every CA certificate; 4.2.1.1: AKI unless self-signed.
        guard let ski = extensions.subjectKeyIdentifier?.keyIdentifier else {
            return .extensionProfile("CA certificate without subjectKeyIdentifier (RFC 5280 4.2.1.2)")
        }
        let aki = extensions.authorityKeyIdentifier
        if certificate.isSelfIssued && isAnchor {
            // BR 7.1.2.1.3 (root CA): AKI optional; if present keyIdentifier only, equal to SKI.
            if let aki {
                guard let keyIdentifier = aki.keyIdentifier, keyIdentifier.elementsEqual(ski) else {
                    return .extensionProfile("root authorityKeyIdentifier must equal its subjectKeyIdentifier (BR 7.1.2.1.3)")
                }
                if aki.authorityCertIssuer != nil || aki.authorityCertSerialNumber != nil {
                    return .extensionProfile("root authorityKeyIdentifier with issuer or serial (BR 7.1.2.1.3)")
                }
            }
            // BR 7.1.2.1.2: no extKeyUsage in a root.
            if extensions[kind: .extendedKeyUsage] != nil {
                return .extensionProfile("root certificate with extendedKeyUsage (BR 7.1.2.1.2)")
            }
        } else if aki?.keyIdentifier == nil {
            return .extensionProfile("CA certificate without authorityKeyIdentifier keyIdentifier (RFC 5280 4.2.1.1)")
        }
        return nil
    }

    /// RFC 5280 4.2.1.12 and the web PKI: an issuer's extendedKeyUsage, when present,
    /// constrains the purposes of the certificates below it (anyExtendedKeyUsage allows all).
    static func checkIssuerExtendedKeyUsage(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        guard let required = policy.purpose.oid, let eku = certificate.extensions.extendedKeyUsage else { return nil }
        return eku.contains(required) || eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage)
            ? nil : .extendedKeyUsageMismatch(required: required)
    }
}
