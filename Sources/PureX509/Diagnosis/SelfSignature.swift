import PureX509Crypto

/// Whether a certificate's signature verifies with its own key (a self-signed certificate,
/// RFC 5280 6.2: self-issued and signed by the key it certifies).
enum SelfSignature {
    static func verifies(_ certificate: Certificate) -> Bool {
        guard certificate.isSelfIssued,
            let algorithm = try? SignatureAlgorithm(derEncoded: certificate.signatureAlgorithm.derEncoded),
            let key = try? PublicKey(subjectPublicKeyInfoDER: certificate.subjectPublicKeyInfo.derEncoded, allowWeakRSAKeys: true)
        else { return false }
        let valid = try? PureX509Crypto.verify(
            signatureAlgorithm: algorithm, publicKey: key, message: certificate.tbsCertificateBytes, signature: certificate.signature)
        return valid == true
    }
}
