import PureX509ASN1

/// What a certificate may be used for: extendedKeyUsage (RFC 5280 4.2.1.12), keyUsage
/// (4.2.1.3) and critical extensions clients do not know (4.2).
enum UsageCheck {
    /// `missing-server-auth`: an extendedKeyUsage without serverAuth, in the leaf or in a CA
    /// above it (browsers apply a CA's EKU to what it issues).
    static func checkExtendedKeyUsage(_ located: LocatedCertificate, role: ChainRole, into context: inout DiagnosisContext) {
        guard role != .anchor, let eku = located.certificate.extensions.extendedKeyUsage else { return }
        guard !eku.contains(ExtendedKeyUsage.serverAuth), !eku.contains(ExtendedKeyUsage.anyExtendedKeyUsage) else { return }
        let purposes = eku.purposes.map { ExtendedKeyUsage.title(of: $0) }.joined(separator: ", ")
        let who = TimeCheck.describe(located, role: role)
        if role == .leaf {
            context.report(.missingServerAuth, .error, about: located,
                message: "\(who) may only be used for \(purposes.isEmpty ? "nothing" : purposes) (extendedKeyUsage), not as a TLS server certificate (serverAuth). Clients reject it.",
                fix: "Request a TLS server certificate (extendedKeyUsage serverAuth; with openssl: extendedKeyUsage = serverAuth in the extension section) and install it instead.")
        } else {
            context.report(.missingServerAuth, .error, about: located,
                message: "\(who) limits the certificates below it to \(purposes.isEmpty ? "nothing" : purposes) (extendedKeyUsage), without serverAuth. Browsers reject TLS server certificates issued under it.",
                fix: "Use an intermediate made for TLS server certificates; ask the CA for the right chain.")
        }
    }

    /// `missing-key-usage`: a leaf keyUsage without digitalSignature (needed to sign the
    /// handshake), or a CA keyUsage without keyCertSign.
    static func checkKeyUsage(_ located: LocatedCertificate, role: ChainRole, into context: inout DiagnosisContext) {
        let certificate = located.certificate
        guard let keyUsage = certificate.extensions.keyUsage else { return }
        let present = keyUsage.titles.joined(separator: ", ")
        let who = TimeCheck.describe(located, role: role)
        switch role {
        case .leaf:
            guard !keyUsage.contains(.digitalSignature) else { return }
            let isRSA: Bool
            if case .rsa = certificate.subjectPublicKeyInfo.details { isRSA = true } else { isRSA = false }
            let detail = isRSA && keyUsage.contains(.keyEncipherment)
                ? "With Key Encipherment alone it works only for the obsolete RSA key exchange: TLS 1.3 and every ECDHE cipher suite need Digital Signature, so modern clients reject it."
                : "The server signs the TLS handshake with this key, which needs Digital Signature; clients reject it."
            context.report(.missingKeyUsage, .error, about: located,
                message: "\(who) has keyUsage \(present.isEmpty ? "(no bits)" : present) without Digital Signature. \(detail)",
                fix: "Have it reissued with keyUsage = critical, digitalSignature\(isRSA ? ", keyEncipherment" : "") (or without a keyUsage extension).")
        case .intermediate, .anchor:
            guard certificate.isCA, !keyUsage.contains(.keyCertSign) else { return }
            context.report(.missingKeyUsage, .error, about: located,
                message: "\(who) signs certificates, but its keyUsage (\(present.isEmpty ? "no bits" : present)) lacks Certificate Sign (keyCertSign). Clients reject everything it issued (RFC 5280 6.1.4 n).",
                fix: "This CA certificate is unusable as an issuer: use the CA's correct intermediate (or, for your own CA, reissue it with keyUsage = critical, keyCertSign, cRLSign).")
        }
    }

    /// `unknown-critical-extension`: RFC 5280 4.2 makes clients reject it.
    static func checkCriticalExtensions(_ located: LocatedCertificate, role: ChainRole, into context: inout DiagnosisContext) {
        let unknown = located.certificate.extensions.unhandledCritical
        guard !unknown.isEmpty else { return }
        let names = unknown.map { entry in entry.oid.longName.map { "\($0) (\(entry.oid.dotted))" } ?? entry.oid.dotted }.joined(separator: ", ")
        let who = TimeCheck.describe(located, role: role)
        context.report(.unknownCriticalExtension, .error, about: located,
            message: "\(who) has a critical extension clients do not know: \(names). RFC 5280 4.2 requires them to reject the certificate.",
            fix: role == .leaf
                ? "Have it reissued without that extension, or with it marked non-critical."
                : "Use a chain without this certificate; ask the CA.")
    }
}
