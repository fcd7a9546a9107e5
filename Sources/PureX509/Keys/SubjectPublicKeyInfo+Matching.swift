extension SubjectPublicKeyInfo {
    /// Whether two public keys are the same key (RSA by modulus and exponent, so an
    /// rsaEncryption and an RSASSA-PSS encoding of one key match; EC by curve and point,
    /// compressed or not). For a CSR's key against a certificate's, or a `PUBLIC KEY` file.
    public func matches(_ other: SubjectPublicKeyInfo) -> KeyMatch {
        if derEncoded.elementsEqual(other.derEncoded) { return .matches }
        return PublicKeyValue(self).compare(with: PublicKeyValue(other))
    }
}
