import PureX509ASN1
import PureX509Crypto

extension SubjectPublicKeyInfo {
    /// SHA-256 of the DER `SubjectPublicKeyInfo`: the key's fingerprint as certificate
    /// pinning uses it (RFC 7469 section 2.4), equal for every certificate of the same key.
    public var sha256Fingerprint: [UInt8] { HashAlgorithm.sha256.hash(derEncoded) }

    /// The `pin-sha256` value (RFC 7469 section 2.1.1): base64 of ``sha256Fingerprint``, as
    /// `openssl pkey -pubin -outform DER | openssl dgst -sha256 -binary | base64` prints it.
    public var pinSHA256: String { Base64.encodedString(sha256Fingerprint) }
}
