import PureX509ASN1
import PureX509Crypto

/// The per-certificate rules of a verification: the RFC 5280 core every profile applies,
/// and the rules of `VerificationPolicy.profile` (`VerificationProfile.Rule`: the rest of
/// RFC 5280's certificate profile, the CA/B Forum Baseline Requirements' certificate
/// profile). Each function returns the first rule the certificate breaks, or nil.
enum CertificateProfile {
    // MARK: Every certificate in a path

    /// Rules for every certificate: version, serial number (not for trust anchors, which
    /// are trusted as configured: long-lived roots with serial 0 exist), critical extensions,
    /// validity. `isLeaf` and `isAnchor` say where the certificate stands in the path.
    static func checkCommon(
        _ certificate: Certificate, isAnchor: Bool = false, isLeaf: Bool = false, policy: VerificationPolicy
    ) -> VerificationFailure? {
        let profile = policy.profile
        // RFC 5280 6.1.4 k and BR 7.1.1: v3 (extensions carry the CA and usage rules). An
        // intermediate always needs it (basicConstraints); a v1 leaf or v1 root only in
        // the profiles with `version3`.
        if certificate.version != .v3 && (profile.applies(.version3) || (!isLeaf && !isAnchor)) {
            return .unsupportedVersion(certificate.version.number)
        }
        // RFC 5280 4.1.2.2: a positive integer of at most 20 octets.
        let serial = certificate.serialNumber
        if !isAnchor && profile.applies(.serialNumberProfile)
            && (serial.isNegative || serial.isZero || serial.magnitude.count > 20) {
            return .invalidSerialNumber
        }
        let extensions = certificate.extensions
        if let unknown = extensions.unhandledCritical.first { return .unhandledCriticalExtension(unknown.oid) }
        // RFC 5280 4.2.1.1 and 4.2.1.2: AKI and SKI MUST be non-critical; 4.2.2.1 AIA too.
        if profile.applies(.nonCriticalIdentifiers) {
            for kind in [ExtensionKind.authorityKeyIdentifier, .subjectKeyIdentifier, .authorityInfoAccess] {
                if let found = extensions[kind: kind], found.isCritical {
                    return .profileRule(.nonCriticalIdentifiers, "\(kind) is critical")
                }
            }
        }
        // RFC 5280 4.2.1.11: policyConstraints MUST be critical.
        if profile.applies(.criticalPolicyConstraints), let constraints = extensions[kind: .policyConstraints], !constraints.isCritical {
            return .profileRule(.criticalPolicyConstraints, "policyConstraints is not critical")
        }
        // RFC 5280 4.2.1.10: nameConstraints MUST be critical; the BR allow a non-critical
        // one (BR 7.1.2.5.2).
        if profile.applies(.criticalNameConstraints), let constraints = extensions[kind: .nameConstraints], !constraints.isCritical {
            return .profileRule(.criticalNameConstraints, "nameConstraints is not critical")
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
    ///
    /// Every profile refuses an elliptic curve other than P-256, P-384 and P-521: Go cannot
    /// parse such a certificate and Chromium refuses its key (OpenSSL 3 alone accepts it).
    static func checkPublicKey(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        let details = certificate.subjectPublicKeyInfo.details
        guard policy.profile.applies(.publicKeyProfile) else {
            if case .ec(let curve, _) = details, ![.p256, .p384, .p521].contains(curve) {
                return .disallowedPublicKey(details.summary)
            }
            return nil
        }
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
    /// `allowLegacySignatureHashes` or `allowLegacyAlgorithms`; DSA (SHA-1, SHA-224, SHA-256)
    /// only with `allowLegacyAlgorithms` and outside the web PKI profile; MD5 never.
    static func signatureAlgorithm(
        of algorithm: AlgorithmIdentifier, policy: VerificationPolicy
    ) -> Result<SignatureAlgorithm, VerificationFailure> {
        let parsed: SignatureAlgorithm
        do {
            parsed = try SignatureAlgorithm(derEncoded: algorithm.derEncoded)
        } catch {
            return .failure(.unusableSignature("\(error)"))
        }
        if case .dsa(let hash) = parsed.kind {
            // DSA (FIPS 186-4; withdrawn for new signatures by FIPS 186-5): only when the
            // caller allows legacy algorithms, never in the web PKI (BR 7.1.3.2 lists RSA and
            // ECDSA only), and SHA-1 based only as such a legacy signature anyway.
            guard policy.allowLegacyAlgorithms, !policy.profile.applies(.publicKeyProfile) else {
                return .failure(.legacySignatureAlgorithm(parsed.oid, "DSA with \(hash.name)"))
            }
            return .success(parsed)
        }
        guard let hash = parsed.hash else { return .success(parsed) }  // Ed25519
        switch hash {
        case .sha256, .sha384, .sha512: return .success(parsed)
        case .sha1 where policy.allowLegacySignatureHashes || policy.allowLegacyAlgorithms: return .success(parsed)
        default: return .failure(.disallowedSignatureAlgorithm(parsed.oid))
        }
    }

    // MARK: The end-entity certificate

    /// Rules for the leaf: keyUsage and extendedKeyUsage fit the purpose; with the
    /// profile's rules, not a CA, subjectAltName and commonName as the BR want, no
    /// nameConstraints.
    static func checkLeaf(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        let profile = policy.profile
        let extensions = certificate.extensions
        let basicConstraints = extensions.basicConstraints
        let keyUsage = extensions.keyUsage
        if profile.applies(.caProfile) {
            // RFC 5280 4.2.1.9: without cA, keyCertSign MUST NOT be asserted.
            if keyUsage?.contains(.keyCertSign) == true && basicConstraints?.isCA != true {
                return .profileRule(.caProfile, "keyUsage keyCertSign without basicConstraints cA")
            }
            // RFC 5280 4.2.1.10: nameConstraints only in CA certificates.
            if extensions[kind: .nameConstraints] != nil && basicConstraints?.isCA != true {
                return .profileRule(.caProfile, "nameConstraints in an end-entity certificate")
            }
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
        // BR 7.1.2.7.8: a subscriber certificate has cA FALSE (or no basicConstraints).
        if profile.applies(.subscriberProfile) && (basicConstraints?.isCA == true || keyUsage?.contains(.keyCertSign) == true) {
            return .leafIsCA
        }
        if let failure = checkLeafExtendedKeyUsage(certificate, policy: policy) { return failure }
        if profile.applies(.subscriberProfile) {
            // BR 7.1.2.7.12 / RFC 5280 4.2.1.6: SAN is required, critical exactly when the
            // subject is empty.
            if policy.purpose == .serverAuth {
                guard let sanExtension else { return .profileRule(.subscriberProfile, "no subjectAltName in the leaf") }
                if !certificate.subject.isEmpty && sanExtension.isCritical {
                    return .profileRule(.subscriberProfile, "critical subjectAltName with a non-empty subject")
                }
            }
        }
        // RFC 5280 4.2.1.1: every certificate but a self-signed one carries an AKI keyIdentifier.
        if profile.applies(.keyIdentifiers) && extensions.authorityKeyIdentifier?.keyIdentifier == nil && !certificate.isSelfIssued {
            return .profileRule(.keyIdentifiers, "no authorityKeyIdentifier keyIdentifier in the leaf")
        }
        // The Baseline Requirements govern TLS server certificates; a client certificate's
        // commonName (a user, a device) need not repeat a subjectAltName value.
        guard policy.purpose == .serverAuth else { return nil }
        return checkCommonName(
            certificate, membership: policy.commonNameMembership, encoding: profile.applies(.commonNameEncoding))
    }

    /// EKU of the leaf (RFC 5280 4.2.1.12; BR 7.1.2.7.10: present, not critical, no anyEKU).
    /// A leaf without the extension is fit for every purpose (RFC 5280 4.2.1.12), except in
    /// the subscriber profile, which requires it: that failure names the missing
    /// extension, never a mismatch.
    static func checkLeafExtendedKeyUsage(_ certificate: Certificate, policy: VerificationPolicy) -> VerificationFailure? {
        guard let required = policy.purpose.oid else { return nil }
        let extensions = certificate.extensions
        let subscriberProfile = policy.profile.applies(.subscriberProfile)
        guard let eku = extensions.extendedKeyUsage else {
            return subscriberProfile ? .profileRule(.subscriberProfile, "no extendedKeyUsage extension in the leaf") : nil
        }
        if subscriberProfile {
            if extensions[kind: .extendedKeyUsage]?.isCritical == true {
                return .profileRule(.subscriberProfile, "critical extendedKeyUsage in the leaf")
            }
            if eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage) {
                return .profileRule(.subscriberProfile, "anyExtendedKeyUsage in the leaf")
            }
            return eku.contains(required) ? nil : .extendedKeyUsageMismatch(required: required)
        }
        return eku.contains(required) || eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage)
            ? nil : .extendedKeyUsageMismatch(required: required)
    }

    /// BR 7.1.4.3 on the subject commonName of a subscriber certificate, as far as it can
    /// be applied, when `encoding` is on: a commonName that is an IP address must be in its
    /// canonical text form (RFC 3986 3.2.2 dotted decimal, RFC 5952 for IPv6); one that
    /// spells a subjectAltName dNSName must be a character-for-character copy of it;
    /// internationalized names only as A-labels (a commonName outside ASCII can never be
    /// such a copy).
    ///
    /// The BR also require the commonName to be one of the subjectAltName values; which
    /// commonNames this applies to is `membership` (see `CommonNameMembership`).
    static func checkCommonName(
        _ certificate: Certificate, membership: CommonNameMembership, encoding: Bool
    ) -> VerificationFailure? {
        guard encoding || membership != .notRequired else { return nil }
        let san = certificate.extensions.subjectAlternativeName
        let sanNames = san?.dnsNames ?? []
        for commonName in certificate.subject.commonNames {
            let bytes = Array(commonName.utf8)
            if encoding && bytes.contains(where: { $0 >= 0x80 }) {
                return .profileRule(.commonNameEncoding, "commonName \"\(commonName)\" is not ASCII (domain names must be A-labels)")
            }
            if let address = LenientIPAddress.parse(bytes) {
                let canonical = IPAddress(bytes: address).description
                if encoding && canonical != commonName {
                    return .profileRule(.commonNameEncoding, "commonName \"\(commonName)\" is an IP address not in canonical form (\(canonical))")
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
            guard encoding else { continue }
            let lowered = bytes.map(DNSNameSyntax.lowercased)
            for name in sanNames {
                let sanBytes = Array(name.utf8)
                if sanBytes != bytes && sanBytes.map(DNSNameSyntax.lowercased) == lowered {
                    return .profileRule(.commonNameEncoding, "commonName \"\(commonName)\" is not a character-for-character copy of \"\(name)\"")
                }
            }
        }
        return nil
    }

    // MARK: Issuers

    /// Rules for a certificate used to issue the one below it (intermediate or trust
    /// anchor): RFC 5280 6.1.4 k, l, n and the CA profile of 4.2.1.
    static func checkIssuer(_ certificate: Certificate, isAnchor: Bool, policy: VerificationPolicy) -> VerificationFailure? {
        let profile = policy.profile
        let extensions = certificate.extensions
        // A version 1 self-signed root without extensions anchors a path where the profile
        // allows v1 certificates (OpenSSL 3 counts it as a CA; Go and Chromium do not check
        // an anchor's basicConstraints).
        if isAnchor && certificate.version != .v3 && certificate.isSelfIssued && !profile.applies(.version3) { return nil }
        // RFC 5280 6.1.4 k: basicConstraints present with cA TRUE; 4.2.1.9: critical.
        guard let basicConstraints = extensions.basicConstraints, basicConstraints.isCA else { return .notCA }
        // RFC 5280 6.1.4 n: keyCertSign when keyUsage is present.
        if let keyUsage = extensions.keyUsage, !keyUsage.contains(.keyCertSign) { return .missingKeyCertSign }
        // RFC 5280 4.1.2.6: a CA's subject is not empty.
        if certificate.subject.isEmpty { return .nameProfile("CA certificate with an empty subject (RFC 5280 4.1.2.6)") }
        guard !isAnchor || profile.applies(.trustAnchorProfile) else { return nil }
        if profile.applies(.caProfile) && extensions[kind: .basicConstraints]?.isCritical != true {
            return .profileRule(.caProfile, "basicConstraints of a CA certificate is not critical")
        }
        guard profile.applies(.keyIdentifiers) else { return nil }
        // RFC 5280 4.2.1.2: SKI in every CA certificate; 4.2.1.1: AKI unless self-signed.
        guard let ski = extensions.subjectKeyIdentifier?.keyIdentifier else {
            return .profileRule(.keyIdentifiers, "CA certificate without subjectKeyIdentifier")
        }
        let aki = extensions.authorityKeyIdentifier
        if certificate.isSelfIssued && isAnchor {
            guard profile.applies(.rootProfile) else { return nil }
            // BR 7.1.2.1.3 (root CA): AKI optional; if present keyIdentifier only, equal to SKI.
            if let aki {
                guard let keyIdentifier = aki.keyIdentifier, keyIdentifier.elementsEqual(ski) else {
                    return .profileRule(.rootProfile, "root authorityKeyIdentifier is not its subjectKeyIdentifier")
                }
                if aki.authorityCertIssuer != nil || aki.authorityCertSerialNumber != nil {
                    return .profileRule(.rootProfile, "root authorityKeyIdentifier with issuer or serial")
                }
            }
            // BR 7.1.2.1.2: no extKeyUsage in a root.
            if extensions[kind: .extendedKeyUsage] != nil {
                return .profileRule(.rootProfile, "root certificate with extendedKeyUsage")
            }
        } else if aki?.keyIdentifier == nil {
            return .profileRule(.keyIdentifiers, "CA certificate without authorityKeyIdentifier keyIdentifier")
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
