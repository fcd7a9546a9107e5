import PureX509ASN1
import PureX509Crypto

/// Key sizes and signature hashes that clients refuse (CA/B Forum BR 6.1.5 and 7.1.3.2;
/// SHA-1 certificate signatures have been rejected by browsers since 2017).
enum StrengthCheck {
    /// `weak-key`: RSA below the threshold, EC curves smaller than P-256, DSA.
    static func checkKey(_ located: LocatedCertificate, role: ChainRole, input: DiagnosisInput, into context: inout DiagnosisContext) {
        let details = located.certificate.subjectPublicKeyInfo.details
        let who = TimeCheck.describe(located, role: role)
        let problem: String?
        switch details {
        case .rsa:
            let bits = details.bitCount ?? 0
            problem = bits < input.thresholds.minimumRSABits
                ? "an RSA \(bits) key. Clients require at least \(input.thresholds.minimumRSABits) bits (CA/B Forum; OpenSSL 3 rejects smaller keys at its default security level), and \(bits)-bit RSA can be factored."
                : nil
        case .ec(let curve, _):
            let bits = curve.fieldBits ?? 0
            problem = bits < input.thresholds.minimumECBits
                ? "an EC key on \(curve.name) (\(bits) bits). Clients accept P-256, P-384 and P-521 only."
                : nil
        case .dsa:
            problem = "a DSA key. TLS 1.3 dropped DSA and no current browser accepts it."
        default:
            problem = nil
        }
        guard let problem else { return }
        context.report(.weakKey, .error, about: located,
            message: "\(who) has \(problem)",
            fix: role == .leaf
                ? "Make a new key and have the certificate reissued for it: openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout new.key -out new.csr (or -newkey rsa:2048), then give new.csr to your CA."
                : "Use a chain whose CAs have strong keys: ask your CA for its current chain.")
    }

    /// `weak-signature`: a certificate below the root signed with MD2, MD5 or SHA-1.
    static func checkSignature(_ located: LocatedCertificate, role: ChainRole, into context: inout DiagnosisContext) {
        guard role != .anchor, let name = weakSignatureName(located.certificate) else { return }
        let who = TimeCheck.describe(located, role: role)
        context.report(.weakSignature, .error, about: located,
            message: "\(who) is signed with \(name) by its issuer. \(name.contains("MD") ? "MD5 and MD2 signatures have been forged in practice" : "SHA-1 signatures can be forged (SHAttered, 2017)"); browsers and OpenSSL 3 reject them.",
            fix: role == .leaf
                ? "Have the certificate reissued with SHA-256 (every current CA signs with SHA-256 by default; with openssl ca or x509 -req use -sha256)."
                : "Use the CA's current intermediate, signed with SHA-256.")
    }

    /// The name of a broken signature algorithm, or nil when the hash is strong.
    static func weakSignatureName(_ certificate: Certificate) -> String? {
        let identifier = certificate.signatureAlgorithm
        let oid = identifier.oid
        // md2WithRSAEncryption (RFC 3279 2.2.1) and dsa-with-sha1 (RFC 3279 2.2.2) are not
        // verifiable here at all; name them all the same.
        let md2 = OID.constant([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x02])
        let dsaSHA1 = OID.constant([0x2A, 0x86, 0x48, 0xCE, 0x38, 0x04, 0x03])
        if oid == md2 { return "md2WithRSAEncryption" }
        if oid == dsaSHA1 { return "dsa-with-SHA1" }
        guard let algorithm = try? SignatureAlgorithm(derEncoded: identifier.derEncoded), let hash = algorithm.hash else {
            return nil
        }
        switch hash {
        case .md5, .sha1:
            if case .rsaPSS = algorithm.kind { return "RSASSA-PSS with \(hash == .md5 ? "MD5" : "SHA-1")" }
            return oid.shortName ?? oid.displayName
        default:
            return nil
        }
    }
}
