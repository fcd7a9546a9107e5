/// Opening PKCS#7 and PKCS#12 containers for the diagnosis, with the library's readers
/// (`PKCS7Bundle`, `PKCS12Bundle`). A PKCS#12 archive is opened without a password or with
/// the empty one (what `openssl pkcs12 -export -passout pass:` makes); one that needs a real
/// password is reported as a format problem either way and its certificates are not read.
enum ContainerReader {
    /// The certificates of a PKCS#7 SignedData bundle (DER), empty when it cannot be read.
    static func pkcs7Certificates(_ der: [UInt8]) -> [Certificate] {
        (try? PKCS7Bundle(der: der))?.certificates ?? []
    }

    /// The certificates and private keys of a PKCS#12 archive that opens without a
    /// password or with the empty one.
    static func pkcs12Contents(_ der: [UInt8]) -> (certificates: [Certificate], keys: [PrivateKey]) {
        for password in [nil, ""] as [String?] {
            if let bundle = try? PKCS12Bundle(der: der, password: password) {
                return (bundle.certificates, bundle.privateKeys)
            }
        }
        return ([], [])
    }
}

extension ContainerReader {
    /// What opening a PKCS#12 archive with a password gave: its certificates and keys, or
    /// why it could not be opened (`.passwordRequired`, `.wrongPassword`,
    /// `.integrityCheckFailed`, `.malformed`, ...).
    struct PKCS12Opening {
        var certificates: [Certificate] = []
        var keys: [PrivateKey] = []
        var error: KeyFileError?
    }

    /// Opens a PKCS#12 archive with `password` (nil: no password, then the empty one).
    static func openPKCS12(_ der: [UInt8], password: String?) -> PKCS12Opening {
        if password == nil {
            let opened = pkcs12Contents(der)
            if !opened.certificates.isEmpty || !opened.keys.isEmpty {
                return PKCS12Opening(certificates: opened.certificates, keys: opened.keys)
            }
        }
        do {
            let bundle = try PKCS12Bundle(der: der, password: password)
            return PKCS12Opening(certificates: bundle.certificates, keys: bundle.privateKeys)
        } catch {
            return PKCS12Opening(error: error)
        }
    }
}
