extension CertificateFile {
    /// What a file given as certificates holds: the view of ``InputContents`` (the one
    /// reader, the same as `x509dump show`) that `verify`, `bundle` and trust-store loading
    /// use: the certificates in order, the CRLs found beside them, and every block that could
    /// not be read, with its position, PEM line and byte offset, so that nothing is dropped
    /// quietly.
    public struct Contents: Sendable {
        /// A block that could not be read (``InputProblem``).
        public typealias Unreadable = InputProblem

        /// The certificates, in input order (those inside PKCS#7 and PKCS#12 included).
        public let certificates: [Certificate]
        /// The CRLs, in input order (a CRL inside a chain or an intermediates file is not a
        /// bad certificate).
        public let crls: [CertificateRevocationList]
        /// Every block that could not be read. Keys that need a password are not listed:
        /// they are not certificates (a PKCS#12 file that needs one is: it holds
        /// certificates, and the problem's hint says how to open it).
        public let unreadable: [Unreadable]
        /// The OpenSSL trust settings of certificates read from `TRUSTED CERTIFICATE` blocks.
        public let trustSettings: [Certificate: TrustSettings]
        /// Everything the one reader read, keys and requests included.
        public let input: InputContents
        /// The position of the first block that holds a certificate (nil when none does).
        let firstCertificatePosition: Int?

        /// True when the first certificate block of the file is not readable (or the file
        /// holds no certificate): a chain's leaf is its first block, so such a chain has no
        /// leaf. A block that cannot be read before the first certificate counts too: it may
        /// have been the leaf.
        public var firstBlockUnreadable: Bool {
            guard let firstCertificatePosition else { return true }
            return unreadable.contains { $0.position <= firstCertificatePosition }
        }
    }

    /// Reads `bytes` (PEM with any blocks, DER, PKCS#7, PKCS#12 with `password`);
    /// `fileName` names the file in the problems' descriptions.
    public static func contents(of bytes: [UInt8], password: String? = nil, fileName: String? = nil) -> Contents {
        contents(of: InputContents(bytes: bytes, fileName: fileName, password: password))
    }

    /// The certificate view of what the one reader read.
    public static func contents(of input: InputContents) -> Contents {
        var certificates: [Certificate] = []
        var crls: [CertificateRevocationList] = []
        var trustSettings: [Certificate: TrustSettings] = [:]
        var keyPositions: Set<Int> = []
        var firstCertificatePosition: Int?
        for item in input.items {
            var holdsCertificate = false
            switch item.content {
            case .certificate(let certificate):
                certificates.append(certificate)
                if let settings = item.trustSettings { trustSettings[certificate] = settings }
                holdsCertificate = true
            case .crl(let crl): crls.append(crl)
            case .pkcs7(let bundle):
                certificates += bundle.certificates
                crls += bundle.crls
                holdsCertificate = !bundle.certificates.isEmpty
            case .pkcs12(let bundle):
                certificates += bundle.certificates
                holdsCertificate = !bundle.certificates.isEmpty
            case .javaKeyStore(let store):  // [keystores] a truststore as --ca
                certificates += store.certificates
                holdsCertificate = !store.certificates.isEmpty
            case .kubernetes(let objects):  // [kubernetes] ca.crt, certificate-authority-data
                certificates += objects.certificates
                holdsCertificate = !objects.certificates.isEmpty
            case .privateKey, .encryptedPrivateKey: keyPositions.insert(item.position)
            case .certificateRequest, .publicKey: continue  // not certificates, not damage either
            }
            if holdsCertificate && firstCertificatePosition == nil { firstCertificatePosition = item.position }
        }
        let unreadable = input.unreadable.filter { problem in
            guard problem.needsPassword else { return true }
            // A key that needs a password is not a certificate that could not be read.
            let isKey = keyPositions.contains(problem.position) || (problem.label ?? "").hasSuffix("PRIVATE KEY")
            if case .derEncryptedPrivateKey = input.format.kind { return false }
            return !isKey
        }
        return Contents(certificates: certificates, crls: crls, unreadable: unreadable, trustSettings: trustSettings,
                        input: input, firstCertificatePosition: firstCertificatePosition)
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
            let contents = Self.contents(of: try readBytes(file), fileName: RawPath.display(file))
            if !contents.unreadable.isEmpty { throw .unreadableBlocks(path: RawPath.display(file), blocks: contents.unreadable) }
            result += contents.crls
        }
        if result.isEmpty {
            throw .unexpectedContents(path: RawPath.display(path), expected: "a CRL", found: files.count == 1 ? "no CRL" : "no CRL in \(files.count) files", hint: nil)
        }
        return result
    }
}
