import PureX509ASN1

/// One `SafeBag` of a PKCS#12 file (RFC 7292 section 4.2) with its attributes.
public struct PKCS12Bag: Sendable {
    /// What the bag holds.
    public enum Content: Sendable {
        /// certBag with an X.509 certificate.
        case certificate(Certificate)
        /// certBag of another type (SDSI), by its certId.
        case otherCertificate(OID)
        /// crlBag with an X.509 CRL.
        case crl(CertificateRevocationList)
        /// keyBag (a clear PKCS#8 key) or a decrypted pkcs8ShroudedKeyBag
        /// (`PrivateKey.protection` says which).
        case privateKey(PrivateKey)
        /// A pkcs8ShroudedKeyBag that could not be decrypted, with the reason (scheme not
        /// supported, or a password that verifies the MAC but does not decrypt the key).
        case encryptedPrivateKey(EncryptedPrivateKeyInfo, KeyFileError)
        /// secretBag, by its secretTypeId (the secret itself is never read out).
        case secret(OID)
        /// A bag type this library does not know.
        case unknown(OID)
    }

    /// The bag's content.
    public let content: Content
    /// The PKCS#9 friendlyName attribute (`-name` in openssl), if any.
    public let friendlyName: String?
    /// The PKCS#9 localKeyID attribute, which pairs a key with its certificate (OpenSSL
    /// uses the certificate's SHA-1 fingerprint), if any.
    public let localKeyID: [UInt8]?
    /// The types of the other attributes (Microsoft CSP name and the like).
    public let otherAttributes: [OID]
    /// The index of the SafeContents (in the AuthenticatedSafe) the bag came from.
    public let safeIndex: Int

    /// "certificate", "private key", "encrypted private key", "CRL", "secret", ...
    public var kindName: String {
        switch content {
        case .certificate, .otherCertificate: return "certificate"
        case .crl: return "CRL"
        case .privateKey(let key): return key.protection == nil ? "private key" : "shrouded private key"
        case .encryptedPrivateKey: return "encrypted private key"
        case .secret: return "secret"
        case .unknown: return "unknown bag"
        }
    }
}

extension PKCS12Bag: CustomStringConvertible {
    /// "certificate (friendlyName \"leaf\", localKeyID 8a3f...)": never key material.
    public var description: String {
        var parts: [String] = []
        if let friendlyName { parts.append("friendlyName \"\(friendlyName)\"") }
        if let localKeyID { parts.append("localKeyID " + localKeyID.map { String($0, radix: 16).leftPadded(to: 2) }.joined()) }
        return parts.isEmpty ? kindName : "\(kindName) (\(parts.joined(separator: ", ")))"
    }
}

extension String {
    /// Left-padded with zeros to `count` characters.
    fileprivate func leftPadded(to count: Int) -> String {
        self.count >= count ? self : String(repeating: "0", count: count - self.count) + self
    }
}
