extension CertificateFile {
    /// What a file given as certificates holds, read by the same reader as `x509dump show`
    /// (`FileContents`): the certificates in order, the CRLs found beside them, and every
    /// block that could not be read, with its position, so that nothing is dropped quietly.
    public struct Contents: Sendable {
        /// A block that could not be read.
        public struct Unreadable: Sendable, CustomStringConvertible {
            /// Its position among the file's blocks (0 is the first), counting every
            /// certificate, CRL and unreadable block in input order.
            public let position: Int
            /// What went wrong, with the PEM line or byte offset.
            public let error: KeyFileError

            /// "block #1 (PEM line 14): ..."
            public var description: String {
                let line = error.pemLine.map { " (PEM line \($0))" } ?? ""
                return "block #\(position)\(line): \(error)"
            }
        }

        /// The certificates, in input order (those inside PKCS#7 and PKCS#12 included).
        public let certificates: [Certificate]
        /// The CRLs, in input order (a CRL inside a chain or an intermediates file is not a
        /// bad certificate).
        public let crls: [CertificateRevocationList]
        /// Every block that could not be read. Keys that need a password are not listed:
        /// they are not certificates.
        public let unreadable: [Unreadable]
        /// The OpenSSL trust settings of certificates read from `TRUSTED CERTIFICATE` blocks.
        public let trustSettings: [Certificate: TrustSettings]

        /// True when the first block of the file is not a readable certificate (or the file
        /// holds none): a chain's leaf is its first block, so such a chain has no leaf.
        public var firstBlockUnreadable: Bool { certificates.isEmpty || unreadable.first?.position == 0 }
    }

    /// Reads `bytes` (PEM with any blocks, DER, PKCS#7, PKCS#12 with `password`).
    public static func contents(of bytes: [UInt8], password: String? = nil) -> Contents {
        let file = FileContents(bytes: bytes, password: password)
        // Input order: entries and problems by PEM line (DER input has one item).
        enum Part {
            case entry(FileContents.Entry)
            case problem(KeyFileError)
        }
        var parts: [(line: Int, order: Int, part: Part)] = []
        for entry in file.entries { parts.append((entry.pemLine ?? 0, parts.count, .entry(entry))) }
        for problem in file.problems where problem.kind != .passwordRequired {
            parts.append((problem.pemLine ?? Int.max, parts.count, .problem(problem)))
        }
        parts.sort { ($0.line, $0.order) < ($1.line, $1.order) }
        var certificates: [Certificate] = []
        var crls: [CertificateRevocationList] = []
        var unreadable: [Contents.Unreadable] = []
        var trustSettings: [Certificate: TrustSettings] = [:]
        var position = 0
        for (_, _, part) in parts {
            switch part {
            case .problem(let error):
                unreadable.append(Contents.Unreadable(position: position, error: error))
                position += 1
            case .entry(let entry):
                switch entry.item {
                case .certificate(let certificate):
                    certificates.append(certificate)
                    if let settings = entry.trustSettings { trustSettings[certificate] = settings }
                case .crl(let crl): crls.append(crl)
                case .pkcs7(let bundle):
                    certificates += bundle.certificates
                    crls += bundle.crls
                case .pkcs12(let bundle): certificates += bundle.certificates
                default: continue  // keys, requests: not certificates, not damage either
                }
                position += 1
            }
        }
        return Contents(certificates: certificates, crls: crls, unreadable: unreadable, trustSettings: trustSettings)
    }
}

extension CertificateFile {
    /// The CRLs of a file (PEM `X509 CRL` blocks, DER, PKCS#7) or of every file in a
    /// directory (not recursive; files holding no CRL, such as the certificates beside
    /// them, are passed over). A block that cannot be read is an error: a CRL that decides
    /// revocation is never dropped quietly.
    public static func loadCRLs(_ path: String) throws(ReadError) -> [CertificateRevocationList] {
        let files: [String]
        if isDirectory(path) {
            guard let names = directoryEntries(path) else { throw .unreadable(path: path, reason: "cannot list the directory") }
            files = names.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }.filter { !isDirectory($0) }
        } else {
            files = [path]
        }
        var result: [CertificateRevocationList] = []
        for file in files {
            let contents = Self.contents(of: try readBytes(file))
            if let first = contents.unreadable.first { throw .malformed(path: file, reason: "\(first)") }
            result += contents.crls
        }
        if result.isEmpty { throw .malformed(path: path, reason: "no CRL found") }
        return result
    }
}
