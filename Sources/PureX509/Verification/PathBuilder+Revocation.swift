import PureX509ASN1
import PureX509Crypto

/// Certificate revocation by CRLs (RFC 5280 6.3): the CRLs in `VerificationPolicy.crls`
/// that are in scope for a certificate decide whether it is revoked.
///
/// For each distribution point of the certificate (one implicit point when it has no
/// cRLDistributionPoints), each complete CRL in scope is used when it can be validated:
/// - scope (6.3.3 b): issued by the certificate's issuer, or by the distribution point's
///   cRLIssuer in an indirect CRL; issuingDistributionPoint names, onlyContainsUserCerts,
///   onlyContainsCACerts and onlyContainsAttributeCerts agree with the certificate;
/// - validity: CRLNumber, no unknown critical extension or entry extension, thisUpdate not
///   after and nextUpdate not before the validation time;
/// - signer (6.3.3 f, g): the certificate's issuer with cRLSign, or another certificate with
///   the CRL issuer's name and cRLSign whose own path validates to the trust anchors (with
///   its own revocation checked);
/// - delta CRLs (6.3.3 c, d): a delta with the same issuer and scope whose base CRL number is
///   at most the complete CRL's number updates it (removeFromCRL unrevokes); a delta that
///   applies but cannot be validated makes the complete CRL unusable;
/// - reasons (6.3.3 e): onlySomeReasons and the distribution point's reasons limit what
///   each CRL covers; the status is known once all reasons are covered.
/// A certificate listed (in an indirect CRL, under its issuer's name) is revoked. When the
/// reasons are not all covered: a CRL that was in scope but could not be used fails the
/// path (`unusableCRL`); otherwise, with `crlCheck` requiring this certificate, it fails
/// with `noUsableCRL`.
extension PathBuilder {
    static let allReasons: ReasonFlags = [
        .keyCompromise, .cACompromise, .affiliationChanged, .superseded, .cessationOfOperation, .certificateHold,
        .privilegeWithdrawn, .aACompromise,
    ]

    mutating func checkRevocation(of child: Node, by issuer: Node) -> VerificationFailure? {
        let required: Bool
        switch policy.crlCheck {
        case .none: required = false
        case .leaf: required = child.id == -1
        case .all: required = true
        }
        guard !policy.crls.isEmpty || required else { return nil }
        let certificate = child.entry.certificate
        let points: [DistributionPoint?] = {
            guard let found = certificate.extensions.value(CRLDistributionPoints.self)?.points, !found.isEmpty else { return [nil] }
            return found
        }()
        var covered: ReasonFlags = []
        var problems: [String] = []
        for point in points {
            for crl in policy.crls where !crl.isDelta {
                if covered.isSuperset(of: Self.allReasons) { break }
                guard let interim = scope(of: crl, for: certificate, point: point) else { continue }
                // 6.3.3 (e): a CRL must add reasons not yet covered.
                if covered.isSuperset(of: interim) { continue }
                let delta: CertificateRevocationList?
                switch usable(crl, childIssuer: issuer) {
                case .failure(let problem):
                    problems.append(problem.text)
                    continue
                case .success:
                    switch applicableDelta(for: crl, childIssuer: issuer) {
                    case .failure(let problem):
                        problems.append(problem.text)
                        continue
                    case .success(let found): delta = found
                    }
                }
                if isRevoked(certificate, in: crl, delta: delta) { return .revoked }
                covered.formUnion(interim)
            }
        }
        if covered.isSuperset(of: Self.allReasons) { return nil }
        if let problem = problems.first { return .unusableCRL(problem) }
        if covered.isEmpty {
            if policy.crls.contains(where: { $0.isDelta && $0.issuer.matches(certificate.issuer) }) && required {
                return .unusableCRL("only a delta CRL from the issuer, no complete CRL (RFC 5280 5.2.4)")
            }
            return required ? .noUsableCRL : nil
        }
        // Some reasons only (onlySomeReasons): the status is undetermined (RFC 5280 6.3.3 k).
        return required ? .unusableCRL("the CRLs in scope cover only some revocation reasons (onlySomeReasons)") : nil
    }

    /// The reasons `crl` covers for `certificate` through `point` (6.3.3 b, d), or nil when
    /// it is not in scope.
    func scope(of crl: CertificateRevocationList, for certificate: Certificate, point: DistributionPoint?) -> ReasonFlags? {
        let idp = crl.extensions.value(IssuingDistributionPoint.self)
        // (b)(1): who issued the CRL.
        if let crlIssuers = point?.crlIssuer {
            guard idp?.indirectCRL == true, crlIssuers.contains(where: { Self.matches($0, crl.issuer) }) else { return nil }
        } else {
            guard crl.issuer.matches(certificate.issuer) else { return nil }
        }
        if let idp {
            // (b)(2)(i): distribution point names.
            if let idpName = idp.distributionPoint {
                let idpNames = Self.fullNames(idpName, relativeTo: crl.issuer)
                guard let point else { return nil }
                let pointNames: [GeneralName]
                if let name = point.name {
                    let base: DistinguishedName? = point.crlIssuer?.compactMap {
                        if case .directoryName(let dn) = $0 { return dn } else { return nil }
                    }.first ?? certificate.issuer
                    pointNames = base.map { Self.fullNames(name, relativeTo: $0) } ?? []
                } else {
                    pointNames = point.crlIssuer ?? []
                }
                guard idpNames.contains(where: { left in pointNames.contains { Self.matches(left, $0) } }) else { return nil }
            }
            // (b)(2)(ii-iv).
            let isCA = certificate.extensions.basicConstraints?.isCA == true
            if idp.onlyContainsUserCerts && isCA { return nil }
            if idp.onlyContainsCACerts && !isCA { return nil }
            if idp.onlyContainsAttributeCerts { return nil }
        }
        // (d): reasons.
        var reasons = Self.allReasons
        if let only = idp?.onlySomeReasons { reasons.formIntersection(only) }
        if let limited = point?.reasons { reasons.formIntersection(limited) }
        return reasons.isEmpty ? nil : reasons
    }

    /// Whether `crl` can be used: its profile, its time, its signer (6.3.3 f, g).
    mutating func usable(_ crl: CertificateRevocationList, childIssuer issuer: Node) -> Result<Void, CRLProblem> {
        if let problem = crl.revocationProblem { return .failure(CRLProblem(problem)) }
        if crl.thisUpdate.secondsSince1970 > policy.time + policy.clockSkew {
            return .failure(CRLProblem("thisUpdate \(crl.thisUpdate) is after the validation time"))
        }
        if let next = crl.nextUpdate, next.secondsSince1970 < policy.time - policy.clockSkew {
            return .failure(CRLProblem("nextUpdate \(next) is before the validation time"))
        }
        return verifySigner(of: crl, childIssuer: issuer)
    }

    /// 6.3.3 (f, g): a key that signed `crl` and belongs to a certificate named as the CRL's
    /// issuer, with cRLSign, valid: the child's issuer in the path being built, or another
    /// certificate validated on its own to the trust anchors.
    mutating func verifySigner(of crl: CertificateRevocationList, childIssuer issuer: Node) -> Result<Void, CRLProblem> {
        let algorithm: SignatureAlgorithm
        switch CertificateProfile.signatureAlgorithm(of: crl.signatureAlgorithm, policy: policy) {
        case .success(let found): algorithm = found
        case .failure(let failure): return .failure(CRLProblem("signature algorithm: \(failure)"))
        }
        func verifies(_ key: PublicKey) -> Bool {
            (try? PureX509Crypto.verify(signatureAlgorithm: algorithm, publicKey: key, message: crl.tbsCertListBytes, signature: crl.signature)) == true
        }
        var reason = "no certificate named \(crl.issuer) with cRLSign has a key that verifies its signature"
        // The child's issuer, when it is the CRL issuer.
        if crl.issuer.matches(issuer.entry.certificate.subject) {
            if let keyUsage = issuer.entry.certificate.extensions.keyUsage, !keyUsage.contains(.cRLSign) {
                reason = "the issuer's keyUsage lacks cRLSign"
            } else if case .success(let key) = signingKey(of: issuer), verifies(key) {
                return .success(())
            } else {
                reason = "signature does not verify with the issuer's key"
            }
        }
        // Other certificates with the CRL issuer's name.
        guard policy.crlSignerDepth < 2 else { return .failure(CRLProblem(reason)) }
        let candidates = (anchors.entries + intermediates.entries).map(\.certificate)
            .filter { $0.subject.matches(crl.issuer) && $0 != issuer.entry.certificate }
        for candidate in candidates {
            if let keyUsage = candidate.extensions.keyUsage, !keyUsage.contains(.cRLSign) { continue }
            guard let key = try? PublicKey(subjectPublicKeyInfoDER: candidate.subjectPublicKeyInfo.derEncoded), verifies(key) else {
                continue
            }
            // A signer whose own path is being validated vouches for itself: its status can
            // only come from the CRLs it issues (the CA named it in cRLIssuer); its
            // certificate is still checked up to the anchors by the enclosing validation.
            if policy.provisionalCRLSigners.contains(candidate) { return .success(()) }
            if validatesAsCRLSigner(candidate) { return .success(()) }
            reason = "the certificate that signed it (\(candidate.subject)) does not validate"
        }
        return .failure(CRLProblem(reason))
    }

    /// The CRL signer's own path (6.3.3 f: the same trust anchors), its revocation checked
    /// as the policy asks; cached for the run.
    mutating func validatesAsCRLSigner(_ candidate: Certificate) -> Bool {
        if let cached = crlSignerCache[candidate] { return cached }
        if anchors.contains(candidate) {
            crlSignerCache[candidate] = true
            return true
        }
        var nested = policy
        nested.purpose = .any
        nested.peerNames = []
        nested.requiredLeafKeyUsage = [.cRLSign]
        // The signer's own status is required as that of the path's CAs: with `.all` only
        // (`.leaf` requires a CRL for the end entity, and the signer is not it); a CRL given
        // for the signer is still consulted.
        if nested.crlCheck == .leaf { nested.crlCheck = .none }
        nested.crlSignerDepth += 1
        nested.provisionalCRLSigners.append(candidate)
        var builder = PathBuilder(policy: nested, anchors: anchors, intermediates: intermediates, trustSettings: trustSettings)
        let valid = builder.run(leaf: candidate).path != nil
        crlSignerCache[candidate] = valid
        return valid
    }

    /// The newest delta CRL that updates `crl` (6.3.3 c, d; RFC 5280 5.2.4: same issuer and
    /// scope, base CRL number at most the complete CRL's number, a higher CRL number), nil
    /// when there is none; a failure when the one that applies cannot be used.
    mutating func applicableDelta(for crl: CertificateRevocationList, childIssuer issuer: Node) -> Result<CertificateRevocationList?, CRLProblem> {
        guard let number = crl.crlNumber?.magnitude else { return .success(nil) }
        var best: (list: CertificateRevocationList, number: ArraySlice<UInt8>)?
        for delta in policy.crls where delta.isDelta && delta.issuer.matches(crl.issuer) && delta.scopeBytes == crl.scopeBytes {
            guard let base = delta.extensions.value(DeltaCRLIndicator.self)?.baseCRLNumber,
                let deltaNumber = delta.crlNumber?.magnitude
            else { continue }
            guard Self.compare(base, number) <= 0, Self.compare(deltaNumber, number) > 0 else { continue }
            if let current = best, Self.compare(current.number, deltaNumber) >= 0 { continue }
            best = (delta, deltaNumber)
        }
        guard let delta = best?.list else { return .success(nil) }
        switch usable(delta, childIssuer: issuer) {
        case .success: return .success(delta)
        case .failure(let problem): return .failure(CRLProblem("delta CRL: \(problem.text)"))
        }
    }

    /// Whether `certificate` is listed (6.3.3 i, j): in the delta first (removeFromCRL
    /// unrevokes), then in the complete CRL; in an indirect CRL under its issuer's name
    /// (certificateIssuer entries, RFC 5280 5.3.3).
    func isRevoked(_ certificate: Certificate, in crl: CertificateRevocationList, delta: CertificateRevocationList?) -> Bool {
        if let delta, let entry = Self.entry(for: certificate, in: delta) {
            return entry.reason != .removeFromCRL
        }
        guard let entry = Self.entry(for: certificate, in: crl) else { return false }
        return entry.reason != .removeFromCRL
    }

    static func entry(for certificate: Certificate, in crl: CertificateRevocationList) -> RevokedCertificate? {
        let indirect = crl.extensions.value(IssuingDistributionPoint.self)?.indirectCRL == true
        var currentIssuer: [GeneralName] = [.directoryName(crl.issuer)]
        let serial = certificate.serialNumber.bytes
        for entry in crl.revokedCertificates {
            if indirect, let names = entry.certificateIssuer { currentIssuer = names }
            guard entry.serialNumber.bytes.elementsEqual(serial) else { continue }
            if !indirect || currentIssuer.contains(where: { matches($0, certificate.issuer) }) { return entry }
        }
        return nil
    }

    /// A distribution point name as full names (RFC 5280 4.2.1.13, 5.2.5:
    /// nameRelativeToCRLIssuer is appended to the CRL issuer's name).
    static func fullNames(_ name: DistributionPoint.Name, relativeTo base: DistinguishedName) -> [GeneralName] {
        switch name {
        case .fullName(let names): return names
        case .nameRelativeToCRLIssuer(let rdn):
            guard let appended = base.appending(rdn) else { return [] }
            return [.directoryName(appended)]
        }
    }

    static func matches(_ name: GeneralName, _ dn: DistinguishedName) -> Bool {
        if case .directoryName(let other) = name { return other.matches(dn) }
        return false
    }

    static func matches(_ left: GeneralName, _ right: GeneralName) -> Bool {
        switch (left, right) {
        case (.directoryName(let a), .directoryName(let b)): return a.matches(b)
        default: return left == right
        }
    }

    /// Compares two unsigned big-endian magnitudes.
    static func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let x = a.drop { $0 == 0 }, y = b.drop { $0 == 0 }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        for (l, r) in zip(x, y) where l != r { return l < r ? -1 : 1 }
        return 0
    }
}

/// Why a CRL in scope cannot be used.
struct CRLProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
