import PureX509Crypto

extension Certificate {
    /// Whether `issuer` issued this certificate: this certificate's issuer name equals
    /// `issuer`'s subject (RFC 5280 7.1 comparison) and its signature verifies with
    /// `issuer`'s public key. The everyday check ("is this the right intermediate?");
    /// it says nothing about validity dates, CA flags or trust, which ``ChainVerifier``
    /// decides. SHA-1 signatures are checked too (old roots use them); MD5 never.
    public func isIssued(by issuer: Certificate) -> Bool {
        guard self.issuer.matches(issuer.subject) else { return false }
        return hasValidSignature(by: issuer)
    }

    /// Whether this certificate's signature verifies with `issuer`'s public key, names
    /// aside (a cross-signed or re-issued CA with another name still fails
    /// ``isIssued(by:)``).
    public func hasValidSignature(by issuer: Certificate) -> Bool {
        var policy = VerificationPolicy(time: 0)
        policy.allowLegacySignatureHashes = true
        guard case .success(let algorithm) = CertificateProfile.signatureAlgorithm(of: signatureAlgorithm, policy: policy),
            let key = try? PublicKey(subjectPublicKeyInfoDER: issuer.subjectPublicKeyInfo.derEncoded)
        else { return false }
        return (try? PureX509Crypto.verify(signatureAlgorithm: algorithm, publicKey: key, message: tbsCertificateBytes, signature: signature)) ?? false
    }
}
