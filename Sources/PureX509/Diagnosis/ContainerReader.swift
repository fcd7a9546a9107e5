/// Opening PKCS#7 and PKCS#12 containers for the diagnosis, with the library's readers
/// (`PKCS7Bundle`, `PKCS12Bundle`). A PKCS#12 archive is opened without a password or with
/// the empty one (what `openssl pkcs12 -export -passout pass:` makes); one that needs a real
/// password is reported as a format problem either way and its certificates are not read.
enum ContainerReader {
    /// The certificates of a PKCS#7 SignedData bundle (DER), empty when it cannot be read.
    static func pkcs7Certificates(_ der: [UInt8]) -> [Certificate] {
        (try? PKCS7Bundle(derEncoded: der))?.certificates ?? []
    }

    /// The certificates and private keys of a PKCS#12 archive that opens without a
    /// password or with the empty one.
    static func pkcs12Contents(_ der: [UInt8]) -> (certificates: [Certificate], keys: [PrivateKey]) {
        for password in [nil, ""] as [String?] {
            if let bundle = try? PKCS12Bundle(derEncoded: der, password: password) {
                return (bundle.certificates, bundle.privateKeys)
            }
        }
        return ([], [])
    }
}
