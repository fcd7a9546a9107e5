/// Validity dates: expired, not yet valid (or probably a clock problem), expiring soon, and
/// intermediates that expire before the leaf they serve (RFC 5280 4.1.2.5).
enum TimeCheck {
    static func check(
        _ located: LocatedCertificate, role: ChainRole, leaf: LocatedCertificate?, input: DiagnosisInput,
        into context: inout DiagnosisContext
    ) {
        let certificate = located.certificate
        let now = input.time
        let notBefore = certificate.notBefore.secondsSince1970
        let notAfter = certificate.notAfter.secondsSince1970
        let who = describe(located, role: role)
        if now < notBefore {
            let wait = notBefore - now
            if wait < input.thresholds.clockSkew {
                context.report(.clockSkewSuspected, .error, about: located,
                    message: "\(who) becomes valid only in \(DiagnosisText.duration(wait)) (\(DiagnosisText.date(certificate.notBefore))). Until then clients reject it. A start this close means it was just issued and a clock is off: this machine's, or the clients'.",
                    fix: "Check the clocks here and on a failing client (date -u; timedatectl or chronyc tracking) and fix NTP. If the certificate is brand new, keep serving the old one until \(DiagnosisText.date(certificate.notBefore)).")
            } else {
                context.report(.notYetValid, .error, about: located,
                    message: "\(who) is not valid before \(DiagnosisText.date(certificate.notBefore)), \(DiagnosisText.duration(wait)) from now. Clients reject it until then.",
                    fix: "Serve the certificate that is valid today until then, or ask the CA why it starts in the future. If this machine's date is wrong (date -u), fix the clock.")
            }
            return
        }
        if now > notAfter {
            context.report(.expired, .error, about: located,
                message: "\(who) expired \(DiagnosisText.duration(now - notAfter)) ago, on \(DiagnosisText.date(certificate.notAfter)). Every client rejects the chain.",
                fix: expiredFix(located, role: role))
            return
        }
        let left = notAfter - now
        if left <= input.thresholds.expiryWarning {
            let severity: Severity = left <= input.thresholds.expiryError ? .error : .warning
            context.report(.expiresSoon, severity, about: located,
                message: "\(who) expires in \(DiagnosisText.exactDuration(left)), on \(DiagnosisText.date(certificate.notAfter)). Clients accept it until then; from that moment every client rejects the chain.",
                fix: role == .leaf
                    ? "Renew it now and reload the server (certbot renew; or request a new certificate from your CA), then check that automatic renewal runs (certbot renew --dry-run; systemctl list-timers)."
                    : "Get the current \(role.noun) from your CA before \(DiagnosisText.day(certificate.notAfter)) and serve it instead; renewing the leaf usually brings the current chain.")
            return
        }
        if role == .intermediate, let leaf, notAfter < leaf.certificate.notAfter.secondsSince1970 {
            context.report(.intermediateExpiresBeforeLeaf, .warning, about: located,
                message: "\(who) expires on \(DiagnosisText.date(certificate.notAfter)), \(DiagnosisText.duration(leaf.certificate.notAfter.secondsSince1970 - notAfter)) before the leaf \(leaf.label) (\(DiagnosisText.date(leaf.certificate.notAfter))). From that day the chain is broken although the leaf is still valid.",
                fix: "Before \(DiagnosisText.day(certificate.notAfter)), replace it with the CA's current intermediate for this leaf\(issuerURL(leaf).map { " (the leaf names it: \($0))" } ?? ""), or renew the leaf to get a current chain.")
        }
    }

    static func describe(_ located: LocatedCertificate, role: ChainRole) -> String {
        switch role {
        case .leaf: return "The leaf \(located.label)"
        case .intermediate: return "The intermediate \(located.label)"
        case .anchor: return located.origin == .served ? "The root \(located.label)" : "The trust anchor \(located.label) (from \(located.place))"
        }
    }

    static func expiredFix(_ located: LocatedCertificate, role: ChainRole) -> String {
        switch role {
        case .leaf:
            return "Renew it and install the new certificate (certbot renew --force-renewal, or request one from your CA), then reload the server."
        case .intermediate:
            return "Replace it with the CA's current intermediate (download the chain again from the CA, or renew the leaf to get a current chain)."
        case .anchor:
            return "Serve a chain that ends at a current root (your CA's current chain), and update the clients' trust store if they still rely on this root."
        }
    }

    /// The first caIssuers URL of a certificate's authorityInformationAccess.
    static func issuerURL(_ located: LocatedCertificate) -> String? {
        located.certificate.extensions.authorityInformationAccess?.caIssuersURIs.first
    }
}
