/// The label of a PEM block (RFC 7468 section 2): the text between `-----BEGIN ` and
/// `-----`. The labels X.509 and PKCS use are named cases; any other passes through as
/// `other`.
public enum PEMLabel: Hashable, Sendable {
    /// `CERTIFICATE` (RFC 7468 section 5).
    case certificate
    /// `TRUSTED CERTIFICATE`: OpenSSL's certificate followed by its trust settings.
    case trustedCertificate
    /// `X509 CRL` (RFC 7468 section 6).
    case x509CRL
    /// `CERTIFICATE REQUEST`, PKCS #10 (RFC 7468 section 7).
    case certificateRequest
    /// `NEW CERTIFICATE REQUEST`: the older label for PKCS #10 some tools still write.
    case newCertificateRequest
    /// `PUBLIC KEY`: SubjectPublicKeyInfo (RFC 7468 section 13).
    case publicKey
    /// `RSA PUBLIC KEY`: PKCS #1 RSAPublicKey.
    case rsaPublicKey
    /// `PRIVATE KEY`: PKCS #8 OneAsymmetricKey (RFC 7468 section 10).
    case privateKey
    /// `RSA PRIVATE KEY`: PKCS #1 RSAPrivateKey (OpenSSL's traditional format).
    case rsaPrivateKey
    /// `EC PRIVATE KEY`: SEC 1 ECPrivateKey (RFC 5915).
    case ecPrivateKey
    /// `ENCRYPTED PRIVATE KEY`: PKCS #8 EncryptedPrivateKeyInfo (RFC 7468 section 11).
    case encryptedPrivateKey
    /// `PKCS7` (RFC 7468 section 8).
    case pkcs7
    /// `CMS` (RFC 7468 section 9).
    case cms
    /// Any other label, as written.
    case other(String)

    /// The label for `text` as it appears in the boundary line.
    public init(_ text: String) {
        switch text {
        case "CERTIFICATE": self = .certificate
        case "TRUSTED CERTIFICATE": self = .trustedCertificate
        case "X509 CRL": self = .x509CRL
        case "CERTIFICATE REQUEST": self = .certificateRequest
        case "NEW CERTIFICATE REQUEST": self = .newCertificateRequest
        case "PUBLIC KEY": self = .publicKey
        case "RSA PUBLIC KEY": self = .rsaPublicKey
        case "PRIVATE KEY": self = .privateKey
        case "RSA PRIVATE KEY": self = .rsaPrivateKey
        case "EC PRIVATE KEY": self = .ecPrivateKey
        case "ENCRYPTED PRIVATE KEY": self = .encryptedPrivateKey
        case "PKCS7": self = .pkcs7
        case "CMS": self = .cms
        default: self = .other(text)
        }
    }

    /// The text written in the boundary lines.
    public var text: String {
        switch self {
        case .certificate: return "CERTIFICATE"
        case .trustedCertificate: return "TRUSTED CERTIFICATE"
        case .x509CRL: return "X509 CRL"
        case .certificateRequest: return "CERTIFICATE REQUEST"
        case .newCertificateRequest: return "NEW CERTIFICATE REQUEST"
        case .publicKey: return "PUBLIC KEY"
        case .rsaPublicKey: return "RSA PUBLIC KEY"
        case .privateKey: return "PRIVATE KEY"
        case .rsaPrivateKey: return "RSA PRIVATE KEY"
        case .ecPrivateKey: return "EC PRIVATE KEY"
        case .encryptedPrivateKey: return "ENCRYPTED PRIVATE KEY"
        case .pkcs7: return "PKCS7"
        case .cms: return "CMS"
        case .other(let text): return text
        }
    }

    /// True for the labels of private keys (whose contents must never be printed).
    public var isPrivateKey: Bool {
        switch self {
        case .privateKey, .rsaPrivateKey, .ecPrivateKey, .encryptedPrivateKey: return true
        case .other(let text): return text.hasSuffix("PRIVATE KEY")
        default: return false
        }
    }

    /// True when the label is one of the named cases.
    public var isKnown: Bool {
        if case .other = self { return false }
        return true
    }
}

extension PEMLabel: CustomStringConvertible {
    /// The label text.
    public var description: String { text }
}
