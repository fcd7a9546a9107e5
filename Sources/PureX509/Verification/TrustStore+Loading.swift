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

    /// Loads anchors from files and directories. A file is a PEM bundle (OpenSSL's
    /// `TRUSTED CERTIFICATE` blocks bring their trust settings), one DER certificate, a
    /// PKCS#7 bundle; a directory contributes every file in it that holds certificates
    /// (`*.pem`, `*.crt`, `*.cer`, `*.der` and OpenSSL's hashed names such as
    /// `5ad8a5d6.0`; symbolic links are followed and duplicates kept once).
    ///
    /// A named file that cannot be read or holds no certificate throws. Everything else that
    /// could not be read (a damaged block in a bundle, an unreadable file in a directory, a
    /// file of certificate name holding none) is appended to `problems` (one
    /// ``ReadError/unreadableBlocks(path:blocks:)`` per file, naming every
    /// block with its position, PEM line, byte offset and reason), and the rest is loaded.
    public init(contentsOf paths: [String], problems: inout [ReadError]) throws(ReadError) {
        self.init(certificates: [])
        for path in paths {
            if CertificateFile.isDirectory(path) {
                guard let names = CertificateFile.directoryEntries(path) else {
                    throw .unreadable(path: path, reason: "cannot list the directory")
                }
                for name in names where Self.looksLikeCertificateFile(name) {
                    let full = path.hasSuffix("/") ? path + name : path + "/" + name
                    if CertificateFile.isDirectory(full) { continue }
                    do {
                        let contents = CertificateFile.contents(of: try CertificateFile.readBytes(full),
                                                                fileName: RawPath.display(full))
                        if contents.certificates.isEmpty && contents.unreadable.isEmpty {
                            problems.append(.unexpectedContents(path: RawPath.display(full), expected: "a certificate", found: contents.input.summary, hint: nil))
                        }
                        add(contents, path: full, problems: &problems)
                    } catch {
                        problems.append(error)
                    }
                }
            } else {
                let contents = CertificateFile.contents(of: try CertificateFile.readBytes(path), fileName: RawPath.display(path))
                if contents.certificates.isEmpty {
                    // Say why: a damaged block, a PKCS#12 file that needs its password.
                    if !contents.unreadable.isEmpty { throw .unreadableBlocks(path: RawPath.display(path), blocks: contents.unreadable) }
                    throw .unexpectedContents(path: RawPath.display(path), expected: "a certificate", found: contents.input.summary, hint: nil)
                }
                add(contents, path: path, problems: &problems)
            }
        }
    }

    /// Adds the certificates of one file, with their trust settings; its unreadable blocks
    /// go to `problems`.
    mutating func add(_ contents: CertificateFile.Contents, path: String, problems: inout [ReadError]) {
        if !contents.unreadable.isEmpty {
            problems.append(.unreadableBlocks(path: RawPath.display(path), blocks: contents.unreadable))
        }
        for certificate in contents.certificates { add(certificate, trustSettings: contents.trustSettings[certificate]) }
    }

    /// Loads anchors from files and directories (see `init(contentsOf:problems:)`),
    /// counting what could not be read in `skipped` (each unreadable block, file or
    /// certificate-free file counts one).
    public init(contentsOf paths: [String], skipped: inout Int) throws(ReadError) {
        var problems: [ReadError] = []
        try self.init(contentsOf: paths, problems: &problems)
        skipped += problems.reduce(0) { count, problem in
            if case .unreadableBlocks(_, let blocks) = problem { return count + blocks.count }
            return count + 1
        }
    }

    /// Loads anchors from files and directories (see `init(contentsOf:problems:)`); the
    /// first thing that could not be read, even one block of a bundle, throws, so that
    /// nothing is dropped unnoticed. Use `init(contentsOf:problems:)` to load the rest.
    public init(contentsOf paths: [String]) throws(ReadError) {
        var problems: [ReadError] = []
        try self.init(contentsOf: paths, problems: &problems)
        if let first = problems.first { throw first }
    }

    /// The operating system's anchors on Linux: the first bundle of `systemBundlePaths`
    /// that exists, else the directories of `systemDirectoryPaths`. Nil when none is found
    /// (for example on macOS, whose anchors live in the keychain; see the type's
    /// documentation for exporting them).
    public static func system() -> TrustStore? {
        var problems: [ReadError] = []
        return system(problems: &problems)
    }

    /// `system()`, with what could not be read in the store appended to `problems`.
    public static func system(problems: inout [ReadError]) -> TrustStore? {
        for path in systemBundlePaths where CertificateFile.exists(path) {
            var found: [ReadError] = []
            if let store = try? TrustStore(contentsOf: [path], problems: &found), store.count > 0 {
                problems += found
                return store
            }
        }
        for path in systemDirectoryPaths where CertificateFile.isDirectory(path) {
            var found: [ReadError] = []
            if let store = try? TrustStore(contentsOf: [path], problems: &found), store.count > 0 {
                problems += found
                return store
            }
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
