import PureX509ASN1

/// What a file is, told from its bytes alone: PEM (and which labels), a DER certificate,
/// key, CSR or CRL, PKCS#7, PKCS#12, a Java keystore, an OpenSSH or PuTTY key, text, or
/// nothing at all. Each format comes with a sentence saying what it is and, where there is
/// one, the command that gets the usual thing out of it (``advice``).
///
/// Sniffing looks at the outer structure only; the parsers decide for good.
public struct FileFormat: Hashable, Sendable {
    /// The formats told apart.
    public enum Kind: Hashable, Sendable {
        /// No bytes, or only whitespace.
        case empty
        /// PEM text; the labels of its blocks, in order.
        case pem(labels: [String])
        /// DER X.509 certificate.
        case derCertificate
        /// DER PKCS#10 certificate request.
        case derCertificateRequest
        /// DER X.509 CRL.
        case derCRL
        /// DER private key: PKCS#8 ("PKCS#8"), PKCS#1, SEC 1 or traditional DSA.
        case derPrivateKey(PrivateKey.Encoding)
        /// DER PKCS#8 EncryptedPrivateKeyInfo.
        case derEncryptedPrivateKey
        /// DER SubjectPublicKeyInfo.
        case derPublicKey
        /// DER PKCS#1 RSAPublicKey.
        case derRSAPublicKey
        /// PKCS#7/CMS ContentInfo with SignedData (`isBER` when it uses indefinite lengths).
        case pkcs7(isBER: Bool)
        /// Another PKCS#7/CMS ContentInfo (enveloped, encrypted, ...), by its content type.
        case cms(String)
        /// PKCS#12 (`isBER` when it uses indefinite lengths).
        case pkcs12(isBER: Bool)
        /// Java KeyStore (magic FEEDFEED).
        case javaKeyStore
        /// Java JCEKS keystore (magic CECECECE).
        case javaJCEKS
        /// Kubernetes YAML or JSON: a Secret, a List of them, or a kubeconfig ("Config"),
        /// by its `kind`. [kubernetes]
        case kubernetes(String)
        /// OpenSSH private key (`-----BEGIN OPENSSH PRIVATE KEY-----`, openssh-key-v1).
        case openSSHPrivateKey
        /// OpenSSH public key line (`ssh-ed25519 AAAA... comment`) or authorized_keys.
        case openSSHPublicKey
        /// RFC 4716 SSH public key (`---- BEGIN SSH2 PUBLIC KEY ----`).
        case ssh2PublicKey
        /// PuTTY private key (`PuTTY-User-Key-File-`).
        case puttyPrivateKey
        /// A DER structure of no kind known here.
        case unknownDER
        /// Text with no PEM block.
        case text
        /// Binary data of no known kind.
        case binary
    }

    /// The format.
    public let kind: Kind

    /// Tells the format of `bytes`.
    public static func detect(_ bytes: [UInt8]) -> FileFormat {
        FileFormat(kind: FileFormatSniffer.kind(of: bytes))
    }

    /// A sentence saying what the file is.
    public var description: String {
        switch kind {
        case .empty: return "an empty file"
        case .pem(let labels): return "PEM text with " + FileFormat.describe(labels: labels)
        case .derCertificate: return "a DER (binary) X.509 certificate"
        case .derCertificateRequest: return "a DER (binary) PKCS#10 certificate request (CSR)"
        case .derCRL: return "a DER (binary) X.509 certificate revocation list (CRL)"
        case .derPrivateKey(let encoding): return "a DER (binary) \(encoding.name) private key"
        case .derEncryptedPrivateKey: return "a DER (binary) encrypted PKCS#8 private key"
        case .derPublicKey: return "a DER (binary) public key (SubjectPublicKeyInfo)"
        case .derRSAPublicKey: return "a DER (binary) PKCS#1 RSA public key"
        case .pkcs7(let ber):
            return "a PKCS#7 certificate bundle (.p7b/.p7c)" + (ber ? ", BER-encoded (indefinite lengths)" : "")
        case .cms(let type): return "a PKCS#7/CMS message of type \(type), not a certificate bundle"
        case .pkcs12(let ber):
            return "a PKCS#12 file (.p12/.pfx): certificates and usually a private key, normally password protected"
                + (ber ? ", BER-encoded (indefinite lengths)" : "")
        // [keystores] read by JavaKeyStore; Java servers use them, OpenSSL-based ones need PEM.
        case .javaKeyStore: return "a Java KeyStore (JKS), which Java servers read and OpenSSL-based ones do not"
        case .javaJCEKS: return "a Java JCEKS keystore, which Java servers read and OpenSSL-based ones do not"
        case .kubernetes(let kind):  // [kubernetes]
            switch kind {
            case "Config": return "a kubeconfig (client certificates and cluster CAs embedded as base64)"
            case "Secret": return "a Kubernetes Secret (tls.crt, tls.key and ca.crt as base64 or plain text)"
            default: return "a Kubernetes \(kind) (Secrets with tls.crt, tls.key and ca.crt)"
            }
        case .openSSHPrivateKey: return "an OpenSSH private key (openssh-key-v1), not a PEM/PKCS#8 key"
        case .openSSHPublicKey: return "an OpenSSH public key line (authorized_keys format), not an X.509 public key"
        case .ssh2PublicKey: return "an SSH2 public key (RFC 4716), not an X.509 public key"
        case .puttyPrivateKey: return "a PuTTY private key (.ppk)"
        case .unknownDER: return "DER data that is not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12"
        case .text: return "text without any PEM block (no -----BEGIN line)"
        case .binary: return "binary data of an unknown format"
        }
    }

    /// How to get PEM certificates or keys out of it, when that takes another tool.
    /// `FILE` stands for the file's name.
    public var advice: String? {
        switch kind {
        case .pkcs12: return ConversionHints.pkcs12ToPEM
        case .pkcs7: return ConversionHints.pkcs7ToPEM
        case .derCertificate: return ConversionHints.derCertificateToPEM
        case .derPrivateKey, .derEncryptedPrivateKey: return ConversionHints.derKeyToPEM
        case .derCRL: return "openssl crl -inform DER -in FILE -out crl.pem"
        case .derCertificateRequest: return "openssl req -inform DER -in FILE -out csr.pem"
        case .derPublicKey: return "openssl pkey -pubin -inform DER -in FILE -out key.pub.pem"
        case .derRSAPublicKey: return "openssl rsa -RSAPublicKey_in -inform DER -in FILE -pubout -out key.pub.pem"
        case .javaKeyStore, .javaJCEKS:
            return ConversionHints.javaKeyStore + ", then: openssl pkcs12 -in store.p12 -out store.pem -nodes"
        case .openSSHPrivateKey: return ConversionHints.openSSHPrivateKey
        case .openSSHPublicKey, .ssh2PublicKey: return ConversionHints.openSSHPublicKey
        case .puttyPrivateKey: return ConversionHints.puttyKey
        case .text:
            return "a certificate pasted without its -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines "
                + "needs them back"
        case .cms, .empty, .pem, .unknownDER, .binary, .kubernetes: return nil
        }
    }

    /// "3 CERTIFICATE blocks and 1 PRIVATE KEY block".
    static func describe(labels: [String]) -> String {
        guard !labels.isEmpty else { return "no complete block" }
        var counts: [(String, Int)] = []
        for label in labels {
            if let index = counts.firstIndex(where: { $0.0 == label }) {
                counts[index].1 += 1
            } else {
                counts.append((label, 1))
            }
        }
        let parts = counts.map { "\($0.1) \($0.0) block\($0.1 == 1 ? "" : "s")" }
        if parts.count == 1 { return parts[0] }
        return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
    }
}

extension FileFormat: CustomStringConvertible {}
