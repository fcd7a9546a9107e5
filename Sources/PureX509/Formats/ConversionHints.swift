/// The commands that turn one key or certificate format into another, as advice in errors
/// and in format descriptions. `FILE` stands for the input file.
public enum ConversionHints {
    /// PKCS#12 to PEM (certificates and key).
    public static let pkcs12ToPEM =
        "openssl pkcs12 -in FILE -out FILE.pem -nodes   (add -legacy for RC2/3DES files made before OpenSSL 3)"
    /// PKCS#12 certificates only.
    public static let pkcs12CertificatesToPEM = "openssl pkcs12 -in FILE -nokeys -out certs.pem"
    /// PKCS#7 to PEM certificates.
    public static let pkcs7ToPEM = "openssl pkcs7 -in FILE -print_certs -out certs.pem   (add -inform DER for binary files)"
    /// DER certificate to PEM.
    public static let derCertificateToPEM = "openssl x509 -inform DER -in FILE -out cert.pem"
    /// DER key to PEM.
    public static let derKeyToPEM = "openssl pkey -inform DER -in FILE -out key.pem"
    /// OpenSSH private key to PEM/PKCS#8 (rewrites the file in place).
    public static let openSSHPrivateKey =
        "ssh-keygen -p -m PKCS8 -f FILE   (rewrites FILE in place as PKCS#8; copy it first)"
    /// OpenSSH public key to PEM.
    public static let openSSHPublicKey = "ssh-keygen -e -m PKCS8 -f FILE > key.pub.pem"
    /// Java keystore to PKCS#12.
    public static let javaKeyStore =
        "keytool -importkeystore -srckeystore FILE -destkeystore store.p12 -deststoretype PKCS12"
    /// PuTTY key to OpenSSH/PEM.
    public static let puttyKey = "puttygen FILE -O private-openssh -o key.pem"
    /// Legacy PEM encryption to PKCS#8.
    public static let legacyPEMToPKCS8 = "openssl pkcs8 -topk8 -v2 aes-256-cbc -in FILE -out key-pkcs8.pem"
}
