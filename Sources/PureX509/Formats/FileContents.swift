import PureX509ASN1

/// Everything that can be read out of one input of any format: certificates, keys, CSRs,
/// CRLs, PKCS#7 and PKCS#12 containers, each with the PEM line it starts at, and the parts
/// that could not be read, each with its typed error. What `x509dump show` and `x509dump
/// pem` work from.
///
/// Reading never stops at the first problem: a PEM file with one broken block still yields
/// the others, and the broken one is in `problems` with its line.
public struct FileContents: Sendable {
    /// One thing found in the input.
    public enum Item: Sendable {
        /// An X.509 certificate.
        case certificate(Certificate)
        /// A PKCS#10 certificate request.
        case certificateRequest(CertificateSigningRequest)
        /// An X.509 CRL.
        case crl(CertificateRevocationList)
        /// A private key (decrypted when it was encrypted and the password was given).
        case privateKey(PrivateKey)
        /// An encrypted PKCS#8 key that was not decrypted (no password, or a scheme not
        /// supported); `problems` says why.
        case encryptedPrivateKey(EncryptedPrivateKeyInfo)
        /// A public key (`PUBLIC KEY`, `RSA PUBLIC KEY`, or DER).
        case publicKey(SubjectPublicKeyInfo)
        /// A PKCS#7 certificate bundle.
        case pkcs7(PKCS7Bundle)
        /// A PKCS#12 file.
        case pkcs12(PKCS12Bundle)
        /// A Java keystore (JKS or JCEKS). [keystores]
        case javaKeyStore(JavaKeyStore)
        /// Kubernetes Secrets or a kubeconfig, each PEM field read as a file. [kubernetes]
        case kubernetes(KubernetesObjects)
    }

    /// An item and where it was found.
    public struct Entry: Sendable {
        /// The item.
        public let item: Item
        /// The BEGIN line of its PEM block, nil for DER input.
        public let pemLine: Int?
        /// OpenSSL trust settings of a `TRUSTED CERTIFICATE` block, when it has any.
        public var trustSettings: TrustSettings? = nil
    }

    /// The input's format.
    public let format: FileFormat
    /// What was read, in input order.
    public let entries: [Entry]
    /// What could not be read, in input order.
    public let problems: [KeyFileError]

    /// Reads `bytes`; `password` opens encrypted keys and PKCS#12 files.
    /// The key-derivation work for all encrypted keys and PKCS#12 contents of the input
    /// is bounded together (``KeyDerivationBudget/perFileLimit``).
    public init(bytes: [UInt8], password: String? = nil) {
        (format, entries, problems) = KeyDerivationBudget.perFile { () -> (FileFormat, [Entry], [KeyFileError]) in
            FileContents.read(bytes, password: password)
        }
    }

    private static func read(_ bytes: [UInt8], password: String?) -> (FileFormat, [Entry], [KeyFileError]) {
        let format = FileFormat.detect(bytes)
        var entries: [Entry] = []
        var problems: [KeyFileError] = []
        switch format.kind {
        case .pem:
            FileContents.readPEM(bytes, password: password, into: &entries, problems: &problems)
        case .derCertificate, .derCertificateRequest, .derCRL, .derPrivateKey, .derEncryptedPrivateKey, .derPublicKey,
             .derRSAPublicKey, .pkcs7(isBER: false), .pkcs12(isBER: false):
            do {
                if let item = try FileContents.readDER(bytes, kind: format.kind, password: password, problems: &problems) {
                    entries.append(Entry(item: item, pemLine: nil))
                }
            } catch {
                problems.append(error)
            }
        case .javaKeyStore, .javaJCEKS:
            // [keystores] JKS and JCEKS: Containers/JavaKeyStore.swift.
            do {
                entries.append(Entry(item: .javaKeyStore(try JavaKeyStore(bytes: bytes, password: password)), pemLine: nil))
            } catch {
                problems.append(error)
            }
        case .kubernetes:
            // [kubernetes] Sources/KubernetesObjects.swift; the fields' own problems and the
            // file's, each with its line.
            let objects = KubernetesObjects(bytes: bytes, password: password)
            if !objects.objects.isEmpty { entries.append(Entry(item: .kubernetes(objects), pemLine: nil)) }
            for object in objects.objects {
                for field in object.fields {
                    problems += (field.contents?.problems ?? []).map { $0.within("\(object.title) \(field.key) (line \(field.line))") }
                }
            }
            problems += objects.problems.map { problem in
                let text = "column \(problem.column): " + problem.message
                return KeyFileError(problem.kind == .syntax ? .wrongFormat(text) : .invalid(text),
                                    context: problem.object ?? objects.syntax, pemLine: problem.line)
            }
        default:
            problems.append(KeyFileError(.wrongFormat(format.description), context: "input", hint: format.advice))
            if bytes.first == 0x30, let damage = FileContents.damage(bytes) { problems.append(damage) }
        }
        return (format, entries, problems)
    }

    /// Every certificate, including those inside PKCS#7 and PKCS#12 containers, in order.
    public var allCertificates: [Certificate] {
        entries.flatMap { entry -> [Certificate] in
            switch entry.item {
            case .certificate(let certificate): return [certificate]
            case .pkcs7(let bundle): return bundle.certificates
            case .pkcs12(let bundle): return bundle.certificates
            case .javaKeyStore(let store): return store.certificates
            case .kubernetes(let objects): return objects.certificates
            default: return []
            }
        }
    }

    /// Every private key read, including those inside PKCS#12 files, in order.
    public var allPrivateKeys: [PrivateKey] {
        entries.flatMap { entry -> [PrivateKey] in
            switch entry.item {
            case .privateKey(let key): return [key]
            case .pkcs12(let bundle): return bundle.privateKeys
            case .javaKeyStore(let store): return store.privateKeys
            case .kubernetes(let objects): return objects.privateKeys
            default: return []
            }
        }
    }

    /// Every CRL, including those inside containers, in order.
    public var allCRLs: [CertificateRevocationList] {
        entries.flatMap { entry -> [CertificateRevocationList] in
            switch entry.item {
            case .crl(let crl): return [crl]
            case .pkcs7(let bundle): return bundle.crls
            case .pkcs12(let bundle): return bundle.crls
            default: return []
            }
        }
    }

    // MARK: Reading

    private static func readPEM(_ bytes: [UInt8], password: String?, into entries: inout [Entry], problems: inout [KeyFileError]) {
        let segments: [PEMSegments.Segment]
        do {
            let document = try PEMDocument(parsing: bytes)
            readBlocks(document.blocks, lineOffset: 0, password: password, into: &entries, problems: &problems)
            return
        } catch {
            segments = PEMSegments.split(bytes)
            if segments.isEmpty {
                problems.append(KeyFileError(.pem(error), context: "PEM"))
                return
            }
        }
        // Some block is damaged: read block by block (each from its BEGIN line to the next),
        // so that one bad block hides nothing else, and name the lines of the whole file.
        for segment in segments {
            let offset = segment.firstLine - 1
            do {
                let document = try PEMDocument(parsing: Array(bytes[segment.range]))
                readBlocks(document.blocks, lineOffset: offset, password: password, into: &entries, problems: &problems)
            } catch {
                let shifted = error.shifted(by: offset)
                problems.append(KeyFileError(.pem(shifted), context: "PEM", pemLine: shifted.line ?? segment.firstLine))
            }
        }
    }

    private static func readBlocks(
        _ blocks: [PEMBlock], lineOffset: Int, password: String?, into entries: inout [Entry], problems: inout [KeyFileError]
    ) {
        for block in blocks {
            let line = block.beginLine + lineOffset
            var blockProblems: [KeyFileError] = []
            do {
                if let item = try readBlock(block, password: password, problems: &blockProblems) {
                    var entry = Entry(item: item, pemLine: line)
                    if block.label == .trustedCertificate { entry.trustSettings = try trustSettings(of: block.der) }
                    entries.append(entry)
                }
            } catch {
                blockProblems.append(error)
            }
            // Lines inside the block count from the part read; make them lines of the file.
            problems += blockProblems.map { problem in
                var located = problem
                located.pemLine = problem.pemLine.map { $0 + lineOffset } ?? line
                return located
            }
        }
    }

    /// The trust settings after the certificate of a `TRUSTED CERTIFICATE` block; nil when
    /// the block holds the certificate alone.
    private static func trustSettings(of der: [UInt8]) throws(KeyFileError) -> TrustSettings? {
        var reader = DERReader(der)
        let certificate = try keyField("TRUSTED CERTIFICATE") { try reader.readElement(.sequence) }
        guard certificate.end < der.count else { return nil }
        do {
            return try TrustSettings(derEncoded: Array(der[certificate.end...]))
        } catch {
            throw KeyFileError(.malformed(error), context: "TRUSTED CERTIFICATE trust settings", offset: certificate.end + error.offset)
        }
    }

    private static func readBlock(_ block: PEMBlock, password: String?, problems: inout [KeyFileError]) throws(KeyFileError) -> Item? {
        switch block.label {
        case .certificate:
            return .certificate(try certificate(block.der, context: "CERTIFICATE"))
        case .other("X509 CERTIFICATE"):
            // The pre-RFC 7468 label OpenSSL still reads (PEM_STRING_X509_OLD).
            return .certificate(try certificate(block.der, context: "X509 CERTIFICATE"))
        case .trustedCertificate:
            // OpenSSL's X509_AUX form: the certificate, then its trust settings.
            var reader = DERReader(block.der)
            let first = try keyField("TRUSTED CERTIFICATE") { try reader.readElement(.sequence) }
            return .certificate(try certificate(Array(block.der[first.fullRange]), context: "TRUSTED CERTIFICATE"))
        case .x509CRL:
            return .crl(try crl(block.der, context: "X509 CRL"))
        case .certificateRequest, .newCertificateRequest:
            return .certificateRequest(try request(block.der, context: block.label.text))
        case .publicKey, .rsaPublicKey:
            return .publicKey(try SubjectPublicKeyInfo(pemBlock: block))
        case .pkcs7, .cms:
            return .pkcs7(try PKCS7Bundle(pemBlock: block))
        case .other("PKCS12"):
            return .pkcs12(try PKCS12Bundle(pemBlock: block, password: password))
        case .encryptedPrivateKey where password == nil:
            let info = try EncryptedPrivateKeyInfo(derEncoded: block.der)
            problems.append(KeyFileError(.passwordRequired("the key is encrypted with \(info.encryption.name)"),
                                         context: "PEM ENCRYPTED PRIVATE KEY", pemLine: block.beginLine,
                                         hint: PrivateKey.passwordHint))
            return .encryptedPrivateKey(info)
        default:
            if block.label.isPrivateKey || block.label == .other("DSA PRIVATE KEY") || block.label == .other("OPENSSH PRIVATE KEY") {
                return .privateKey(try PrivateKey(pemBlock: block, password: password))
            }
            throw KeyFileError(.unsupported("PEM block \"\(block.label.text)\" is not read by PureX509"),
                               context: "PEM \(block.label.text)")
        }
    }

    private static func readDER(_ bytes: [UInt8], kind: FileFormat.Kind, password: String?, problems: inout [KeyFileError])
        throws(KeyFileError) -> Item?
    {
        switch kind {
        case .derCertificate: return .certificate(try certificate(bytes, context: "certificate"))
        case .derCertificateRequest: return .certificateRequest(try request(bytes, context: "certificate request"))
        case .derCRL: return .crl(try crl(bytes, context: "CRL"))
        case .derPrivateKey: return .privateKey(try PrivateKey(derEncoded: bytes))
        case .derEncryptedPrivateKey:
            let info = try EncryptedPrivateKeyInfo(derEncoded: bytes)
            guard let password else {
                problems.append(KeyFileError(.passwordRequired("the key is encrypted with \(info.encryption.name)"),
                                             context: "EncryptedPrivateKeyInfo", hint: PrivateKey.passwordHint))
                return .encryptedPrivateKey(info)
            }
            return .privateKey(try info.decrypt(password: password))
        case .derPublicKey: return .publicKey(try SubjectPublicKeyInfo(checkedDER: bytes, context: "SubjectPublicKeyInfo"))
        case .derRSAPublicKey: return .publicKey(try SubjectPublicKeyInfo(pkcs1RSAPublicKeyDER: bytes))
        case .pkcs7: return .pkcs7(try PKCS7Bundle(derEncoded: bytes))
        case .pkcs12: return .pkcs12(try PKCS12Bundle(derEncoded: bytes, password: password))
        default: return nil
        }
    }

    /// Where a DER SEQUENCE of no known kind breaks: its framing (a truncated file, a bad
    /// length), or, when it frames, what the certificate parser says (a damaged certificate
    /// is the likeliest such file).
    private static func damage(_ bytes: [UInt8]) -> KeyFileError? {
        var reader = DERReader(bytes)
        do {
            _ = try reader.readElement(.sequence)
            try reader.finish()
        } catch {
            return KeyFileError(.malformed(error), context: "DER (the file is truncated or damaged)")
        }
        do {
            _ = try Certificate(derEncoded: bytes)
            return nil
        } catch {
            return KeyFileError(x509Error: error, context: "DER, read as a certificate", base: 0)
        }
    }

    private static func request(_ der: [UInt8], context: String) throws(KeyFileError) -> CertificateSigningRequest {
        do {
            return try CertificateSigningRequest(derEncoded: der)
        } catch {
            throw KeyFileError(x509Error: error, context: context, base: 0)
        }
    }

    private static func crl(_ der: [UInt8], context: String) throws(KeyFileError) -> CertificateRevocationList {
        do {
            return try CertificateRevocationList(derEncoded: der)
        } catch {
            throw KeyFileError(x509Error: error, context: context, base: 0)
        }
    }

    private static func certificate(_ der: [UInt8], context: String) throws(KeyFileError) -> Certificate {
        do {
            return try Certificate(derEncoded: der)
        } catch {
            throw KeyFileError(x509Error: error, context: context, base: 0)
        }
    }
}
