#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks files and directories and collects every certificate and CRL found, with its
/// dates, for expiry monitoring (`x509dump scan`).
///
/// What is read: every regular file whose name has a certificate-like extension (`.pem`,
/// `.crt`, `.cer`, `.der`, `.p7b`, `.p12`, `.pfx`, `.crl`, `.key`, `.jks`, ...) and every
/// other regular file that holds a PEM `BEGIN` line or a DER certificate, CRL or container.
/// Nothing is followed twice: directories are identified by device and inode, so symbolic
/// link loops end. FIFOs, sockets and devices are never opened for reading (they could
/// block forever); they are listed in ``ScanReport/skipped`` with the other files not read.
///
/// ```swift
/// let report = CertificateScan(options: ScanOptions()).run(["/etc/ssl/private", "/srv/tls"])
/// for found in report.certificates where found.certificate.notAfter.secondsSince1970 < deadline {
///     print(found.path, found.certificate.subject)
/// }
/// ```
public struct CertificateScan: Sendable {
    /// How the scan reads.
    public let options: ScanOptions

    /// A scan with `options`.
    public init(options: ScanOptions = ScanOptions()) { self.options = options }

    /// Scans `paths` (files or directories) in order.
    public func run(_ paths: [String]) -> ScanReport {
        var walk = Walk(options: options)
        for path in paths { walk.visit(path, named: true, depth: 0) }
        return walk.report
    }

    /// File name extensions that mark a file as meant to hold certificates, keys or CRLs:
    /// such a file that yields nothing readable is a read error, not an unrelated file.
    static let certificateExtensions: Set<String> = [
        "pem", "crt", "cer", "cert", "der", "ca-bundle", "p7b", "p7c", "p7s", "spc", "p12", "pfx", "crl", "key", "csr", "req",
        "jks", "jceks", "keystore", "truststore", "kubeconfig",
    ]

    /// One walk's state.
    private struct Walk {
        let options: ScanOptions
        var report = ScanReport()
        var visitedDirectories: Set<FileIdentity> = []
        var readFiles: Set<FileIdentity> = []

        struct FileIdentity: Hashable {
            let device: UInt64
            let inode: UInt64
        }

        init(options: ScanOptions) { self.options = options }

        mutating func visit(_ path: String, named: Bool, depth: Int) {
            guard report.filesExamined < options.maximumFiles else {
                if !report.fileLimitReached { report.fileLimitReached = true }
                return
            }
            var info = stat()
            guard RegularFile.withCString(path, { stat($0, &info) }) == 0 else {
                let reason = String(cString: strerror(errno))
                var linkInfo = stat()
                if RegularFile.withCString(path, { lstat($0, &linkInfo) }) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
                    // A symbolic link whose target is missing (or a loop of links).
                    report.skipped.append(ScanSkip(path: path, reason: .brokenLink(reason)))
                } else if named {
                    report.readErrors.append(ScanReadError(path: path, message: reason == "No such file or directory" ? "no such file" : reason))
                } else {
                    report.skipped.append(ScanSkip(path: path, reason: .unreadable(reason)))
                }
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                guard visitedDirectories.insert(identity).inserted else {
                    report.skipped.append(ScanSkip(path: path, reason: .alreadyVisited))
                    return
                }
                guard depth < options.maximumDepth else {
                    report.skipped.append(ScanSkip(path: path, reason: .tooDeep(options.maximumDepth)))
                    return
                }
                guard let names = RegularFile.directoryEntries(path) else {
                    let reason = String(cString: strerror(errno))
                    if named {
                        report.readErrors.append(ScanReadError(path: path, message: "cannot list the directory: \(reason)"))
                    } else {
                        report.skipped.append(ScanSkip(path: path, reason: .unreadable(reason)))
                    }
                    return
                }
                report.directoriesVisited += 1
                for name in names { visit(RegularFile.join(path, name), named: false, depth: depth + 1) }
            case S_IFREG:
                // /etc/ssl/certs holds each root under two or three names (links): read once.
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                guard readFiles.insert(identity).inserted else {
                    report.skipped.append(ScanSkip(path: path, reason: .sameFile))
                    return
                }
                report.filesExamined += 1
                readFile(path, size: Int(info.st_size), named: named)
            default:
                report.skipped.append(ScanSkip(path: path, reason: .notRegularFile(RegularFile.kindName(info.st_mode))))
            }
        }

        mutating func readFile(_ path: String, size: Int, named: Bool) {
            let meant = named || CertificateScan.hasCertificateExtension(path)
            if size > options.maximumFileSize {
                if meant {
                    report.readErrors.append(ScanReadError(path: path, message: "larger than the \(options.maximumFileSize / 1024 / 1024) MiB limit for one file: not read"))
                } else {
                    report.skipped.append(ScanSkip(path: path, reason: .tooLarge(options.maximumFileSize)))
                }
                return
            }
            let bytes: [UInt8]
            do {
                bytes = try RegularFile.read(path, maximumSize: options.maximumFileSize)
            } catch {
                if meant {
                    report.readErrors.append(ScanReadError(path: path, message: error.reason))
                } else {
                    report.skipped.append(ScanSkip(path: path, reason: .unreadable(error.reason)))
                }
                return
            }
            if let kind = CertificateScan.serverConfigurationNames[(path.split(separator: "/").last.map(String.init) ?? path)] {
                readConfiguration(path, kind: kind)
                return
            }
            guard meant || CertificateScan.mayHoldCertificates(bytes) else {
                report.filesWithoutCertificates += 1
                return
            }
            report.filesRead += 1
            let contents = FileContents(bytes: bytes, password: options.password)
            var position = 0
            func add(_ certificates: [Certificate], _ crls: [CertificateRevocationList], line: Int?) {
                for certificate in certificates {
                    position += 1
                    report.certificates.append(ScannedCertificate(path: path, position: position, pemLine: line, certificate: certificate))
                }
                report.crls += crls.map { ScannedCRL(path: path, pemLine: line, crl: $0) }
            }
            for entry in contents.entries {
                switch entry.item {
                case .certificate(let certificate): add([certificate], [], line: entry.pemLine)
                case .crl(let crl): add([], [crl], line: entry.pemLine)
                case .pkcs7(let bundle): add(bundle.certificates, bundle.crls, line: entry.pemLine)
                case .pkcs12(let bundle): add(bundle.certificates, bundle.crls, line: entry.pemLine)
                case .javaKeyStore(let store): add(store.certificates, [], line: nil)  // [keystores]
                case .kubernetes(let objects): add(objects.certificates, [], line: nil)  // [kubernetes]
                default: break
                }
            }
            let problems = contents.problems.filter { !CertificateScan.isKeyPasswordNotice($0) }
            if !named && contents.entries.isEmpty && problems.count == 1 && problems[0].kind == .wrongFormat
                && !CertificateScan.hasBase64Run(bytes)
            {
                // Named like a certificate but holding prose and no base64 (Debian's
                // placeholder /etc/postgresql-common/root.crt): nothing to read, no error.
                report.filesRead -= 1
                report.filesWithoutCertificates += 1
                return
            }
            for problem in problems { report.readErrors.append(ScanReadError(path: path, problem: problem)) }
            if contents.entries.isEmpty && problems.isEmpty { report.filesWithoutCertificates += 1 }
        }

        /// A server configuration (nginx.conf, apache2.conf or httpd.conf, haproxy.cfg):
        /// the certificate, chain and CA files its TLS sites name are scanned as if named on
        /// the command line, a missing one reported with the line that names it; syntax
        /// errors and includes that name nothing are read errors of the configuration.
        mutating func readConfiguration(_ path: String, kind: ServerConfiguration.Kind) {
            let configuration = ServerConfiguration(path: path, kind: kind)
            report.filesRead += 1
            for problem in configuration.problems {
                report.readErrors.append(ScanReadError(path: problem.file, message: "\(kind.rawValue) configuration, line \(problem.line): \(problem.message)"))
            }
            for site in configuration.sites {
                for reference in site.certificates + site.chainFiles + site.caFiles {
                    guard RegularFile.exists(reference.path) else {
                        report.readErrors.append(ScanReadError(path: reference.path, message: "\(reference.location) names it: no such file"))
                        continue
                    }
                    visit(reference.path, named: true, depth: 1)
                }
            }
        }
    }

    /// The main configuration files of the servers whose certificate files `scan` follows.
    static let serverConfigurationNames: [String: ServerConfiguration.Kind] = [
        "nginx.conf": .nginx, "apache2.conf": .apache, "httpd.conf": .apache, "haproxy.cfg": .haproxy,
    ]

    /// True when the name ends in one of ``certificateExtensions``.
    static func hasCertificateExtension(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        return certificateExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A file without a telling name is read when it holds a PEM block of a kind that holds
    /// certificates or CRLs, or is DER of such a kind. (PGP armour, SSH keys and other
    /// `-----BEGIN` blocks in /etc are not certificate files.)
    static func mayHoldCertificates(_ bytes: [UInt8]) -> Bool {
        if JavaKeyStore.isKeyStore(bytes) { return true }  // [keystores] Java's cacerts has no extension
        // [kubernetes] Secrets and kubeconfigs (~/.kube/config) hold base64, not PEM.
        if ByteSearch.contains(bytes, "apiVersion"), KubernetesObjects.sniff(bytes) != nil { return true }
        if ByteSearch.contains(bytes, "-----BEGIN ") {
            for label in certificateLabels where ByteSearch.contains(bytes, "-----BEGIN " + label) { return true }
        }
        guard bytes.first == 0x30 else { return false }
        switch FileFormat.detect(bytes).kind {
        case .derCertificate, .derCRL, .pkcs7, .pkcs12: return true
        default: return false
        }
    }

    /// PEM labels of blocks with certificates or CRLs (RFC 7468 and OpenSSL's).
    static let certificateLabels = ["CERTIFICATE-----", "TRUSTED CERTIFICATE-----", "X509 CERTIFICATE-----", "X509 CRL-----", "PKCS7-----", "CMS-----", "PKCS12-----"]

    /// True when some line holds 40 or more base64 characters in a row: the body of a
    /// certificate pasted without its BEGIN and END lines.
    static func hasBase64Run(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
                run += 1
                if run >= 40 { return true }
            default:
                run = 0
            }
        }
        return false
    }

    /// An encrypted private key left encrypted is not a certificate read error: scan
    /// looks for certificates, and keys have no expiry.
    static func isKeyPasswordNotice(_ problem: KeyFileError) -> Bool {
        problem.kind == .passwordRequired && problem.context.contains("PRIVATE KEY") || problem.context == "EncryptedPrivateKeyInfo"
    }
}
