/// The commands that turn one key or certificate format into another, as advice in errors
/// and in format descriptions. `FILE` stands for the input file.
enum ConversionHints {
    /// PKCS#12 to PEM (certificates and key).
    static let pkcs12ToPEM =
        "openssl pkcs12 -in FILE -out FILE.pem -nodes   (add -legacy for RC2/3DES files made before OpenSSL 3)"
    /// PKCS#12 certificates only.
    static let pkcs12CertificatesToPEM = "openssl pkcs12 -in FILE -nokeys -out certs.pem"
    /// PKCS#7 to PEM certificates.
    static let pkcs7ToPEM = "openssl pkcs7 -in FILE -print_certs -out certs.pem   (add -inform DER for binary files)"
    /// DER certificate to PEM.
    static let derCertificateToPEM = "openssl x509 -inform DER -in FILE -out cert.pem"
    /// DER key to PEM.
    static let derKeyToPEM = "openssl pkey -inform DER -in FILE -out key.pem"
    /// OpenSSH private key to PEM/PKCS#8 (rewrites the file in place).
    static let openSSHPrivateKey =
        "ssh-keygen -p -m PKCS8 -f FILE   (rewrites FILE in place as PKCS#8; copy it first)"
    /// OpenSSH public key to PEM.
    static let openSSHPublicKey = "ssh-keygen -e -m PKCS8 -f FILE > key.pub.pem"
    /// Java keystore to PKCS#12.
    static let javaKeyStore =
        "keytool -importkeystore -srckeystore FILE -destkeystore store.p12 -deststoretype PKCS12"
    /// PuTTY key to OpenSSH/PEM.
    static let puttyKey = "puttygen FILE -O private-openssh -o key.pem"
    /// Legacy PEM encryption to PKCS#8.
    static let legacyPEMToPKCS8 = "openssl pkcs8 -topk8 -v2 aes-256-cbc -in FILE -out key-pkcs8.pem"
}
