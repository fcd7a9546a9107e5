import PureX509ASN1

/// Reads one source the way a TLS server would, and reports every problem on the way:
/// missing or unreadable files, empty files, formats other than PEM, PEM faults (each with
/// its line; a bad block does not hide the good ones) and certificates whose DER is
/// malformed (with the byte offset).
///
/// A view of the one reader (``InputContents``): the bytes are read once, by it, and every
/// certificate, key and container, and every reason something could not be read, is taken
/// from its items and problems; this type only words them as findings for the source's
/// role, so `diagnose` agrees with `show`, `pem` and `verify` on the same bytes.
struct SourceReader {
    let source: DiagnosisSource
    let role: SourceRole
    /// The password for a PKCS#12 archive (nil: none given).
    var password: String? = nil

    /// Reads the source, adding findings to `context`.
    func read(into context: inout DiagnosisContext) -> SourceContents {
        let file = source.displayName
        let bytes: [UInt8]
        switch source.content {
        case .notFound:
            context.report(.fileNotFound, .error, file: file,
                message: "\(file): no such file. The \(role.noun) named in the configuration does not exist.",
                fix: "Check the path in the server configuration (ls -l \(shellQuoted(source.name))); certbot keeps the live chain in /etc/letsencrypt/live/<name>/fullchain.pem.")
            return SourceContents()
        case .unreadable(let reason):
            let isDirectory = reason == "is a directory"
            context.report(.fileUnreadable, .error, file: file,
                message: isDirectory
                    ? "\(file) is a directory, not a \(role.noun)."
                    : "\(file) cannot be read: \(reason).",
                fix: isDirectory
                    ? "Name the file inside it (for example \(source.name)/fullchain.pem)."
                    : "Make it readable by the server's user (ls -l \(shellQuoted(source.name)); chown or chmod it), or fix the path.")
            return SourceContents()
        case .bytes(let content):
            bytes = content
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            context.report(.emptyInput, .error, file: file,
                message: bytes.isEmpty ? "\(file) is empty (0 bytes)." : "\(file) holds only whitespace.",
                fix: "Copy the \(role == .key ? "private key" : "certificate chain") into it again; a renewal hook or copy that failed half-way leaves empty files.")
            return SourceContents()
        }
        // The one reader decides what the file holds and what in it cannot be read; the
        // diagnosis words its findings from that, format by format.
        // PEM text is parsed once, here, for the one reader and for the walk of readPEM (a
        // bundle of 14,000 certificates would otherwise be parsed twice).
        let document = ByteSearch.contains(bytes, "-----BEGIN ") ? try? PEMDocument(parsing: bytes) : nil
        let input = InputContents(bytes: bytes, fileName: file, password: password, parsedPEM: document)
        switch input.format.kind {
        case .javaKeyStore, .javaJCEKS:  // [keystores] SourceReader+KeyStore.swift
            return readKeyStore(input, into: &context)
        case .kubernetes:  // [kubernetes] SourceReader+Kubernetes.swift
            return readKubernetes(bytes, input: input, into: &context)
        case .pem, .openSSHPrivateKey:
            return readPEM(bytes, document: document, input: input, into: &context)
        default:
            if bytes.first == 0x30 {
                return readDER(bytes, input: input, into: &context)
            }
        }
        context.report(.formatUnknown, .error, file: file,
            message: "\(file) is neither PEM, DER, PKCS#7 nor PKCS#12\(FormatGuess.describe(bytes).map { ": it looks like \($0)" } ?? "").",
            fix: FormatGuess.fix(bytes) ?? "Get the certificate again in PEM form (text starting with -----BEGIN CERTIFICATE-----).")
        return SourceContents()
    }

    // MARK: PEM

    /// `document` is `bytes` parsed whole, nil when that failed (then each stretch from one
    /// BEGIN line to the next is parsed on its own).
    func readPEM(_ bytes: [UInt8], document: PEMDocument?, input: InputContents, into context: inout DiagnosisContext) -> SourceContents {
        var contents = SourceContents()
        // The one reader decides what each block holds (certificate, key, container) and
        // which cannot be read; this walk over the same blocks (the same framing: the whole
        // document, else one stretch per BEGIN line) adds what only a diagnosis says: PEM
        // observations, keys and requests where certificates belong, each with the wording
        // of its finding.
        var walk = PEMWalk(input: input)
        if let document {
            for observation in document.observations {
                reportObservation(observation, into: &context)
            }
            for block in document.blocks {
                take(block, lineOffset: 0, walk: &walk, into: &contents, context: &context)
            }
        } else {
            // Read block by block so that one bad block does not hide the others.
            reportWholeFileObservations(bytes, into: &context)
            for segment in PEMSegments.split(bytes) {
                do {
                    let document = try PEMDocument(parsing: Array(bytes[segment.range]))
                    for block in document.blocks {
                        take(block, lineOffset: segment.firstLine - 1, walk: &walk, into: &contents, context: &context)
                    }
                    if segment.isLast {
                        for observation in document.observations where observation.kind == .textAfterLastBlock {
                            reportObservation(
                                PEMObservation(observation.kind, line: observation.line + segment.firstLine - 1), into: &context)
                        }
                    }
                } catch {
                    walk.next()
                    reportPEMError(error, lineOffset: segment.firstLine - 1, into: &context)
                    if PEMSegments.isCertificate(bytes, segment) { noteDamaged(&contents, context) }
                }
            }
        }
        reportRequests(contents.requests, holdsCertificates: !contents.certificates.isEmpty, into: &context)
        return contents
    }

    /// Turns one block into a certificate, a key, or a finding; certificates as the one
    /// reader read them at the block's position.
    func take(_ block: PEMBlock, lineOffset: Int, walk: inout PEMWalk, into contents: inout SourceContents, context: inout DiagnosisContext) {
        let position = walk.next()
        let line = source.fileLine(block.beginLine + lineOffset)
        let file = source.displayName
        switch block.label {
        case .certificate, .trustedCertificate, .other("X509 CERTIFICATE"):
            if let certificate = walk.certificate(at: position) {
                contents.certificates.append(.init(certificate: certificate, line: line))
            } else {
                let problem = walk.problem(at: position)
                let reason = problem.map { PEMWalk.describe($0.error) } ?? "it does not parse"
                context.report(.derMalformed, .error, file: file, line: line,
                    message: "The \(block.label.text) block at \(file) line \(line) is valid base64 but not a valid certificate: \(reason).",
                    fix: "The block was damaged (edited, truncated, or pasted from a mail that rewrapped it). Download the certificate again from the CA and replace the block.")
                noteDamaged(&contents, context)
            }
        case .certificateRequest, .newCertificateRequest:
            if role == .served { contents.requests.append(line) }
        case .privateKey, .rsaPrivateKey, .ecPrivateKey, .encryptedPrivateKey, .other("DSA PRIVATE KEY"), .other("OPENSSH PRIVATE KEY"):
            contents.keys.append(walk.key(at: position, line: line))
        case .pkcs7, .cms:
            if role == .served {
                reportPKCS7(line: line, into: &context)
            }
            if case .pkcs7(let bundle)? = walk.content(at: position) {
                contents.certificates += bundle.certificates.map { .init(certificate: $0, line: line) }
            } else if let problem = walk.problem(at: position) {
                reportDamagedPKCS7(problem.error, line: line, into: &context)
            }
        case .other("EC PARAMETERS") where role == .key:
            // What `openssl ecparam -genkey` writes before the key; the one reader checked it.
            break
        default:
            // A kind the server's file does not use: servers skip it; say so, never drop it
            // silently. (A CRL beside the anchors of --ca is usual: not reported.)
            guard role == .served || role == .key else { break }
            context.report(.pemStrayBlock, .info, file: file, line: line,
                message: "The \(block.label.text) block at \(file) line \(line) is not a \(role == .key ? "private key" : "certificate"): servers skip it, and so does this diagnosis.",
                fix: "Delete it from \(shellQuoted(source.name)) unless another program reads it there (x509dump pem \(shellQuoted(source.name)) > clean.pem writes the certificates alone).")
        }
    }

    /// Records that the finding just reported is about a certificate block that could not be
    /// read, so that the served positions after it keep their numbers.
    func noteDamaged(_ contents: inout SourceContents, _ context: DiagnosisContext) {
        guard role == .served else { return }
        contents.damaged.append(.init(position: contents.certificates.count, finding: context.findings.count - 1))
    }

    /// `csr-not-certificate`: certificate signing requests where certificates belong.
    func reportRequests(_ lines: [Int?], holdsCertificates: Bool, into context: inout DiagnosisContext) {
        guard let first = lines.first else { return }
        let file = source.displayName
        context.report(.csrNotCertificate, holdsCertificates ? .warning : .error, file: file, line: first,
            message: "\(file) holds a certificate signing request (-----BEGIN CERTIFICATE REQUEST-----\(first.map { " at line \($0)" } ?? ", DER")), not a certificate. A CSR is what you send to the CA to get a certificate; no server can present it"
                + (holdsCertificates ? ". Servers skip it here, but it does not belong in the chain file." : ": the server has no certificate to serve and fails to start (nginx: \"no start line\" / \"PEM_read_bio_X509_AUX failed\")."),
            fix: holdsCertificates
                ? "Delete the CERTIFICATE REQUEST block from \(shellQuoted(source.name))."
                : "Send the CSR to your CA and install the certificate it returns (with its intermediates), or for a test setup sign it yourself: openssl x509 -req -in \(shellQuoted(source.name)) -signkey KEY -days 90 -copy_extensions copy -out cert.pem (then trust cert.pem on the clients).")
    }

    func reportObservation(_ observation: PEMObservation, into context: inout DiagnosisContext) {
        let file = source.displayName
        let line = source.fileLine(observation.line)
        switch observation.kind {
        case .byteOrderMark:
            // Tried (Scripts/check-pem-client-behaviour.sh): OpenSSL 3.0.19 and 1.1.1n (and
            // Python's ssl on OpenSSL 3) read the first
            // block after a BOM; Go's encoding/pem only finds a BEGIN at the very start or
            // after a line end, so it skips the first block; Java 17's CertificateFactory
            // fails on the whole file ("Illegal header").
            context.report(.pemBOM, .warning, file: file, line: line,
                message: "\(file) starts with a UTF-8 byte order mark (EF BB BF, added by Windows editors). OpenSSL 3 and 1.1.1 read it anyway (nginx, Apache, HAProxy, curl, Python), but Go skips the first block (a Go server such as Caddy or Traefik then presents the wrong certificate or finds none) and Java rejects the whole file.",
                fix: "Remove the mark: sed -i '1s/^\\xEF\\xBB\\xBF//' \(shellQuoted(source.name)) (or save the file as UTF-8 without BOM).")
        case .missingLineBreak:
            // Tried (Scripts/check-pem-client-behaviour.sh): OpenSSL 3.0.19 and Python's ssl
            // on it load nothing from such a file, Java 17 rejects it, OpenSSL 1.1.1n reads
            // the first certificate.
            context.report(.pemMissingLineBreak, .error, file: file, line: line,
                message: "\(file) line \(line): an -----END ...----- line runs straight into the next -----BEGIN ...----- on the same line: a line break is missing (two files were joined with cat and the first had no final newline). OpenSSL 3 (nginx, Apache, HAProxy, curl, Python) fails to read the file and Java rejects it; OpenSSL 1.1.1 reads the first certificate. Both blocks were read here and are diagnosed below.",
                fix: "Put a line break between them: sed -i 's/-----\\(-----BEGIN \\)/-----\\n\\1/' \(shellQuoted(source.name)), or let x509dump write the file again (x509dump fix-chain \(shellQuoted(source.name)) --in-place, or x509dump pem \(shellQuoted(source.name)) > fixed.pem for the certificates). When joining files, use awk 1 a.pem b.pem > fullchain.pem, which adds missing newlines.")
        case .crlfLineEndings:
            context.report(.pemCRLF, .info, file: file, line: line,
                message: "\(file) has Windows line ends (CR LF). OpenSSL and most servers accept them; some tools and config templates do not.",
                fix: "Optional: convert with dos2unix \(shellQuoted(source.name)) (or sed -i 's/\\r$//').")
        case .bareCarriageReturn:
            context.report(.pemCRLF, .warning, file: file, line: line,
                message: "\(file) has lines ending in a bare CR (old Mac line ends) from line \(line). Many PEM readers see the whole file as one line and find no certificate.",
                fix: "Convert the line ends: tr '\\r' '\\n' < \(shellQuoted(source.name)) > fixed.pem and use fixed.pem.")
        case .textAfterLastBlock where isSClientOutput:
            // Tried: OpenSSL 3, Python's ssl and Java 17's CertificateFactory read the
            // certificates of a saved s_client -showcerts output; Go's pem.Decode skips text
            // between blocks by design.
            context.report(.pemTrailingGarbage, .info, file: file, line: line,
                message: "\(file) is the output of openssl s_client (connection details, \"Certificate chain\", s:/i: lines and session data around the PEM blocks). OpenSSL, Python, Java and Go skip the text and read the certificates, so it works; it is still worth cleaning, since upload forms and config templates may refuse the extra text and it hides what the file holds.",
                fix: "Keep only the certificates: x509dump pem \(shellQuoted(source.name)) > chain.pem (or openssl s_client ... -showcerts </dev/null | sed -n '/-----BEGIN/,/-----END/p' > chain.pem).")
        case .textAfterLastBlock:
            context.report(.pemTrailingGarbage, .warning, file: file, line: line,
                message: "\(file) has text after its last END line (line \(line) on). OpenSSL, Python and Java skip it (tried), but it often means two files were pasted together or a paste went wrong, and upload forms and appliances may refuse the file.",
                fix: "Delete everything after the last -----END ...----- line.")
        default:
            break
        }
    }

    /// True when the file is text saved from `openssl s_client`.
    var isSClientOutput: Bool {
        guard case .bytes(let bytes) = source.content else { return false }
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        return text.contains("CONNECTED(") || (text.contains("Certificate chain") && text.contains(" s:"))
    }

    /// The observations a block-by-block read cannot make: a byte order mark, CR LF.
    func reportWholeFileObservations(_ bytes: [UInt8], into context: inout DiagnosisContext) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            reportObservation(PEMObservation(.byteOrderMark, line: 1), into: &context)
        }
        if let index = bytes.indices.first(where: { bytes[$0] == 0x0D && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x0A }) {
            let line = 1 + bytes[..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            reportObservation(PEMObservation(.crlfLineEndings, line: line), into: &context)
        }
    }

    func reportPEMError(_ error: PEMError, lineOffset: Int, into context: inout DiagnosisContext) {
        let file = source.displayName
        let problem = PEMProblem(error, lineOffset: lineOffset, source: source)
        context.report(problem.code, .error, file: file, line: problem.line,
            message: "\(file) line \(problem.line.map(String.init) ?? "?"): \(problem.message)",
            fix: problem.fix)
    }

    // MARK: DER

    /// A binary file: what the one reader made of it (`input`, position 0), worded for a
    /// server's certificate or key file.
    func readDER(_ bytes: [UInt8], input: InputContents, into context: inout DiagnosisContext) -> SourceContents {
        var contents = SourceContents()
        let file = source.displayName
        let content = input.items.first?.content
        let problem = input.unreadable.first?.error
        switch input.format.kind {
        case .pkcs12:
            var certificates: [Certificate] = []
            var keys: [PrivateKey] = []
            if case .pkcs12(let bundle)? = content { (certificates, keys) = (bundle.certificates, bundle.privateKeys) }
            reportPKCS12(problem, file: file, into: &context)
            contents.certificates += certificates.map { .init(certificate: $0, line: nil) }
            contents.keys += keys.map { .init(line: nil, key: $0, inContainer: true) }
            return contents
        case .pkcs7:
            if role == .served { reportPKCS7(line: nil, into: &context) }
            if case .pkcs7(let bundle)? = content {
                contents.certificates += bundle.certificates.map { .init(certificate: $0, line: nil) }
            }
            if let problem { reportDamagedPKCS7(problem, line: nil, into: &context) }
            return contents
        case .derPrivateKey, .derEncryptedPrivateKey:
            contents.keys.append(SourceContents.KeyEntry(line: nil, content: content, problem: problem))
            reportKeyServed()
            return contents
        case .derCertificate:
            if case .certificate(let certificate)? = content {
                contents.certificates.append(.init(certificate: certificate, line: nil))
                if role == .served {
                    context.report(.formatDER, .error, file: file,
                        message: "\(file) is a binary DER certificate. nginx, Apache, HAProxy and TensorFlow Serving read PEM only and fail to start with it (nginx: \"PEM_read_bio_X509_AUX() failed ... no start line\"), and one DER file holds exactly one certificate, so it cannot carry the intermediates. (IIS, Java and Windows tools do read DER.)",
                        fix: "If the server wants PEM: openssl x509 -inform DER -in \(shellQuoted(source.name)) -out \(shellQuoted(pemName(source.name))), then append the intermediates to that file.")
                }
            } else if let problem {
                reportMalformedCertificate(problem, into: &context)
            }
            return contents
        case .derCertificateRequest where role == .served:
            reportRequests([nil], holdsCertificates: false, into: &context)
            return contents
        case .unknownDER, .binary:
            // No DER of a known kind: the one reader says where it breaks (its second
            // problem, after "not a known format"). Cut off or damaged framing (`binary`) is
            // damage, worded by what the outer bytes were meant to be; whole DER of no known
            // kind is not a certificate, unless it has a certificate's outer shape.
            if let damage = input.unreadable.dropFirst().first?.error {
                let framingBroken = input.format.kind == .binary
                switch DERShape.detect(bytes) {
                case .pkcs12 where framingBroken:
                    reportPKCS12(damage, file: file, into: &context)
                case .privateKey where framingBroken:
                    contents.keys.append(SourceContents.KeyEntry(line: nil, content: nil, problem: damage))
                    reportKeyServed()
                case .pkcs7 where framingBroken:
                    reportDamagedPKCS7(damage, line: nil, into: &context)
                case .certificate:
                    reportMalformedCertificate(damage, into: &context)
                case _ where framingBroken:
                    context.report(.derMalformed, .error, file: file,
                        message: "\(file) is DER that is cut off or damaged: \(damage.description).",
                        fix: "Copy the file again from where it came from (a truncated download or a text-mode transfer damages it).")
                default:
                    reportNotCertificate(input.format, detail: damage.description, into: &context)
                }
                return contents
            }
        default:
            break
        }
        reportNotCertificate(input.format, detail: nil, into: &context)
        return contents

        func reportKeyServed() {
            guard role == .served else { return }
            context.report(.formatUnknown, .error, file: file,
                message: "\(file) holds a private key (DER), not a certificate.",
                fix: "Name the certificate chain file here and the key file as the key.")
        }
    }

    /// A PKCS#12 archive where PEM files belong (`format-pkcs12`), and why it could not be
    /// opened: `wrong-password`, or `der-malformed` when it is damaged.
    func reportPKCS12(_ error: KeyFileError?, file: String, into context: inout DiagnosisContext) {
        if role == .served || role == .key {
            let locked = error?.kind == .passwordRequired
            context.report(.formatPKCS12, locked ? .error : .warning, file: file,
                message: "\(file) is a PKCS#12 archive (.p12/.pfx: certificates and key in one). nginx, Apache, HAProxy, Envoy and TensorFlow Serving read PEM files, not PKCS#12."
                    + (locked ? " It is protected by a password, so its certificates could not be checked here: give the password with \(KeyPassword.options)." : ""),
                fix: "Convert it: openssl pkcs12 -in \(shellQuoted(source.name)) -nokeys -out fullchain.pem && openssl pkcs12 -in \(shellQuoted(source.name)) -nocerts -nodes -out privkey.pem (add -legacy for files made before OpenSSL 3; chmod 600 privkey.pem), then check the result with x509dump diagnose --cert fullchain.pem --key privkey.pem.")
        }
        guard let error else { return }
        switch error.kind {
        case .passwordRequired: break
        case .wrongPassword: KeyPassword.reportWrongPassword(file: file, line: nil, isContainer: true, error: error, into: &context)
        default: KeyPassword.reportDamagedPKCS12(file: file, error: error, into: &context)
        }
    }

    /// `der-malformed`: a DER file that is a certificate by its shape but does not parse.
    func reportMalformedCertificate(_ error: KeyFileError, into context: inout DiagnosisContext) {
        let file = source.displayName
        context.report(.derMalformed, .error, file: file,
            message: "\(file) is DER that looks like a certificate but is malformed: \(PEMWalk.describe(error)).",
            fix: "The file was damaged (truncated download, FTP text mode). Download the certificate again.")
    }

    /// `der-malformed`: a PKCS#7 bundle (PEM block at `line`, or the DER file) that cannot be
    /// read; its certificates could not be checked.
    func reportDamagedPKCS7(_ error: KeyFileError, line: Int?, into context: inout DiagnosisContext) {
        let file = source.displayName
        context.report(.derMalformed, .error, file: file, line: line,
            message: "The PKCS#7 bundle in \(file)\(line.map { " (line \($0))" } ?? "") cannot be read: \(error.description). None of its certificates could be checked.",
            fix: "The bundle was damaged (truncated download, text-mode transfer, a paste that lost lines). Download it again from the CA.")
    }

    /// `format-unknown`: DER, or binary data, that is no certificate, container or key.
    func reportNotCertificate(_ format: FileFormat, detail: String?, into context: inout DiagnosisContext) {
        let file = source.displayName
        context.report(.formatUnknown, .error, file: file,
            message: "\(file) is DER but not a certificate, PKCS#7, PKCS#12 or private key: it is \(format.description)\(detail.map { " (\($0))" } ?? "").",
            fix: "Check which file this is (x509dump asn1 \(shellQuoted(source.name)) shows its structure) and name the certificate file instead.")
    }

    func reportPKCS7(line: Int?, into context: inout DiagnosisContext) {
        let file = source.displayName
        context.report(.formatPKCS7, .warning, file: file, line: line,
            message: "\(file) is a PKCS#7 bundle (.p7b/.p7c, what Windows CAs and some portals hand out). nginx, Apache and HAProxy need the certificates as PEM, leaf first.",
            fix: "Convert it: openssl pkcs7 -in \(shellQuoted(source.name))\(line == nil ? " -inform DER" : "") -print_certs -out chain.pem, then put it in order with x509dump fix-chain chain.pem -o fullchain.pem.")
    }

    func pemName(_ name: String) -> String {
        for suffix in [".der", ".cer", ".crt"] where name.lowercased().hasSuffix(suffix) {
            return String(name.dropLast(suffix.count)) + ".pem"
        }
        return name + ".pem"
    }
}

/// `name` quoted for a POSIX shell when it needs it.
func shellQuoted(_ name: String) -> String {
    let safe = name.unicodeScalars.allSatisfy {
        ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5A)
            || ($0.value >= 0x61 && $0.value <= 0x7A) || "-_./:@+,=".unicodeScalars.contains($0)
    }
    if safe && !name.isEmpty { return name }
    var quoted = "'"
    for character in name {
        quoted += character == "'" ? "'\\''" : String(character)
    }
    return quoted + "'"
}
