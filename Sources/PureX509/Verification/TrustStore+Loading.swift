extension TrustStore {
    /// The bundle files of the Linux distributions, in the order they are looked for (the
    /// first that exists is used): Debian/Ubuntu/Gentoo/Arch, Fedora/RHEL, openSUSE,
    /// OpenELEC, CentOS/RHEL 7, Alpine.
    public static let systemBundlePaths = [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/ca-bundle.pem",
        "/etc/pki/tls/cacert.pem",
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
        "/etc/ssl/cert.pem",
    ]

    /// Certificate directories used when no bundle file exists.
    public static let systemDirectoryPaths = ["/etc/ssl/certs", "/etc/pki/tls/certs"]

    /// Loads anchors from files and directories. A file is a PEM bundle or one DER
    /// certificate; a directory contributes every file in it that holds certificates
    /// (`*.pem`, `*.crt`, `*.cer`, `*.der` and OpenSSL's hashed names such as
    /// `5ad8a5d6.0`; symbolic links are followed and duplicates kept once).
    /// Unreadable entries inside a directory are skipped and counted in `skipped`; a named
    /// file that cannot be read throws.
    public init(contentsOf paths: [String], skipped: inout Int) throws(CertificateFile.ReadError) {
        var skippedFiles: [CertificateFile.ReadError] = []
        try self.init(contentsOf: paths, skipped: &skipped, skippedFiles: &skippedFiles)
    }

    /// Loads anchors as `init(contentsOf:skipped:)` does, and says which files of a
    /// directory were not read and why (`skippedFiles`: not a regular file, unreadable, no
    /// certificate), so that nothing is skipped silently.
    public init(contentsOf paths: [String], skipped: inout Int, skippedFiles: inout [CertificateFile.ReadError])
        throws(CertificateFile.ReadError)
    {
        self.init(certificates: [])
        for path in paths {
            if CertificateFile.isDirectory(path) {
                guard let names = CertificateFile.directoryEntries(path) else {
                    throw .unreadable(path: path, reason: "cannot list the directory")
                }
                for name in names where Self.looksLikeCertificateFile(name) {
                    let full = path.hasSuffix("/") ? path + name : path + "/" + name
                    let bytes: [UInt8]
                    do {
                        bytes = try CertificateFile.readBytes(full)
                    } catch {
                        skipped += 1
                        skippedFiles.append(error)
                        continue
                    }
                    var blockSkips = 0
                    let found = (try? CertificateFile.certificates(in: bytes, skipped: &blockSkips)) ?? []
                    skipped += blockSkips + (found.isEmpty ? 1 : 0)
                    if found.isEmpty { skippedFiles.append(.noCertificate(path: RawPath.display(full))) }
                    for certificate in found { add(certificate) }
                }
            } else {
                for certificate in try CertificateFile.load(path) { add(certificate) }
            }
        }
    }

    /// Loads anchors from files and directories (see `init(contentsOf:skipped:)`).
    public init(contentsOf paths: [String]) throws(CertificateFile.ReadError) {
        var skipped = 0
        try self.init(contentsOf: paths, skipped: &skipped)
    }

    /// The operating system's anchors on Linux: the first bundle of `systemBundlePaths`
    /// that exists, else the directories of `systemDirectoryPaths`. Nil when none is found
    /// (for example on macOS, whose anchors live in the keychain; see the type's
    /// documentation for exporting them).
    public static func system() -> TrustStore? {
        for path in systemBundlePaths where CertificateFile.exists(path) {
            if let store = try? TrustStore(contentsOf: [path]), store.count > 0 { return store }
        }
        for path in systemDirectoryPaths where CertificateFile.isDirectory(path) {
            if let store = try? TrustStore(contentsOf: [path]), store.count > 0 { return store }
        }
        return nil
    }

    static func looksLikeCertificateFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        for suffix in [".pem", ".crt", ".cer", ".der"] where lower.hasSuffix(suffix) { return true }
        // OpenSSL c_rehash names: 8 hex digits, '.', a decimal counter.
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 8 && parts[0].allSatisfy(\.isHexDigit)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
