import PureX509ASN1

extension InputContents {
    /// One pass over one input: the items and problems found so far, each with the
    /// position of its block.
    struct Reading {
        let password: String?
        let fileName: String?
        var items: [Item] = []
        var problems: [InputProblem] = []
        /// The position the next block gets.
        var nextPosition = 0
        /// The input already parsed as a PEM document by the caller (the diagnosis reads the
        /// same bytes for its own findings): used instead of parsing them again.
        var parsedPEM: PEMDocument?

        init(password: String?, fileName: String?) {
            self.password = password
            self.fileName = fileName
        }

        mutating func read(_ bytes: [UInt8]) -> FileFormat {
            let format = FileFormat.detect(bytes)
            switch format.kind {
            case .pem:
                readPEM(bytes)
            case .derCertificate, .derCertificateRequest, .derCRL, .derPrivateKey, .derEncryptedPrivateKey, .derPublicKey,
                 .derRSAPublicKey, .pkcs7(isBER: false), .pkcs12(isBER: false):
                var found: [KeyFileError] = []
                do {
                    if let content = try readDER(bytes, kind: format.kind, problems: &found) {
                        items.append(Item(content: content, position: 0, pemLine: nil, byteOffset: 0))
                    }
                } catch {
                    found.append(Self.hinted(error, kind: format.kind))
                }
                for error in found { report(error, position: 0, pemLine: nil, byteOffset: 0, label: nil, der: bytes) }
                nextPosition = 1
            case .javaKeyStore, .javaJCEKS:
                // JKS and JCEKS: Containers/JavaKeyStore.swift.
                do {
                    items.append(Item(content: .javaKeyStore(try JavaKeyStore(keyStore: bytes, password: password)), position: 0, pemLine: nil, byteOffset: 0))
                } catch {
                    report(error, position: 0, pemLine: nil, byteOffset: error.offset ?? 0, label: nil, der: nil)
                }
                nextPosition = 1
            case .kubernetes:
                // Sources/KubernetesObjects.swift: the fields' own problems and the file's,
                // each with its line.
                let objects = KubernetesObjects(bytes: bytes, password: password)
                if !objects.objects.isEmpty {
                    items.append(Item(content: .kubernetes(objects), position: 0, pemLine: nil, byteOffset: 0))
                }
                for object in objects.objects {
                    for field in object.fields {
                        for problem in field.contents?.problems ?? [] {
                            report(problem.within("\(object.title) \(field.key) (line \(field.line))"), position: 0,
                                   pemLine: problem.pemLine ?? field.line, byteOffset: 0, label: nil, der: nil)
                        }
                    }
                }
                for problem in objects.problems {
                    let text = "column \(problem.column): " + problem.message
                    let error = KeyFileError(problem.kind == .syntax ? .wrongFormat(text) : .invalid(text),
                                             context: problem.object ?? objects.syntax, pemLine: problem.line)
                    report(error, position: 0, pemLine: problem.line, byteOffset: 0, label: nil, der: nil)
                }
                nextPosition = 1
            default:
                report(KeyFileError(.wrongFormat(format.description), context: "input", hint: format.advice),
                       position: 0, pemLine: nil, byteOffset: 0, label: nil, der: nil)
                if bytes.first == 0x30, let damage = Self.damage(bytes) {
                    report(damage, position: 0, pemLine: nil, byteOffset: 0, label: nil, der: bytes)
                }
                nextPosition = 1
            }
            return format
        }

        mutating func report(_ error: KeyFileError, position: Int, pemLine: Int?, byteOffset: Int, label: String?, der: [UInt8]?) {
            problems.append(InputProblem(position: position, pemLine: pemLine, byteOffset: byteOffset, label: label,
                                         error: error, der: der, fileName: fileName))
        }

        /// A PKCS#12 file that needs a password says so and how to open it.
        static func hinted(_ error: KeyFileError, kind: FileFormat.Kind) -> KeyFileError {
            guard case .pkcs12 = kind, error.kind == .passwordRequired else { return error }
            var copy = error
            copy.hint = "this is PKCS#12 (.p12/.pfx): give its password (x509dump: --password, --password-file or "
                + "--password-env, for example x509dump pem --password-env P12_PASSWORD FILE; library: "
                + "[Certificate](contentsOfFile:password:), PKCS12Bundle(contentsOfFile:password:) or InputContents(bytes:password:)), "
                + "or convert it: " + ConversionHints.pkcs12CertificatesToPEM
            return copy
        }

        // MARK: PEM

        mutating func readPEM(_ bytes: [UInt8]) {
            do {
                let document: PEMDocument
                if let parsedPEM {
                    document = parsedPEM
                    self.parsedPEM = nil
                } else {
                    document = try PEMDocument(parsing: bytes)
                }
                // One item per block at most: allocated once (a bundle of 14,000 blocks
                // would otherwise hold the old and the doubled array at once).
                items.reserveCapacity(items.count + document.blocks.count)
                readBlocks(document.blocks, lineOffset: 0, byteOffset: 0)
                return
            } catch {
                let segments = PEMSegments.split(bytes)
                if segments.isEmpty {
                    report(KeyFileError(.pem(error), context: "PEM"), position: nextPosition, pemLine: error.line,
                           byteOffset: 0, label: nil, der: nil)
                    nextPosition += 1
                    return
                }
                // Some block is damaged: read block by block (each from its BEGIN line to the
                // next), so that one bad block hides nothing else, and name the lines of the
                // whole file.
                for segment in segments {
                    let offset = segment.firstLine - 1
                    do {
                        let document = try PEMDocument(parsing: Array(bytes[segment.range]))
                        readBlocks(document.blocks, lineOffset: offset, byteOffset: segment.range.lowerBound)
                    } catch {
                        let shifted = error.shifted(by: offset)
                        report(KeyFileError(.pem(shifted), context: "PEM", pemLine: shifted.line ?? segment.firstLine),
                               position: nextPosition, pemLine: segment.firstLine, byteOffset: segment.range.lowerBound,
                               label: PEMSegments.label(bytes, segment), der: nil)
                        nextPosition += 1
                    }
                }
            }
        }

        mutating func readBlocks(_ blocks: [PEMBlock], lineOffset: Int, byteOffset: Int) {
            for block in blocks {
                let line = block.beginLine + lineOffset
                let position = nextPosition
                nextPosition += 1
                let start = byteOffset + block.range.lowerBound
                var blockProblems: [KeyFileError] = []
                do {
                    if let content = try readBlock(block, problems: &blockProblems) {
                        var item = Item(content: content, position: position, pemLine: line, byteOffset: start)
                        if block.label == .trustedCertificate { item.trustSettings = try Self.trustSettings(of: block.der) }
                        items.append(item)
                    }
                } catch {
                    blockProblems.append(Self.hinted(error, kind: block.label == .other("PKCS12") ? .pkcs12(isBER: false) : .empty))
                }
                // Lines inside the block count from the part read; make them lines of the file.
                for problem in blockProblems {
                    var located = problem
                    located.pemLine = problem.pemLine.map { $0 + lineOffset } ?? line
                    report(located, position: position, pemLine: line, byteOffset: start, label: block.label.text, der: block.der)
                }
            }
        }

        /// The trust settings after the certificate of a `TRUSTED CERTIFICATE` block; nil when
        /// the block holds the certificate alone.
        static func trustSettings(of der: [UInt8]) throws(KeyFileError) -> TrustSettings? {
            var reader = DERReader(der)
            let certificate = try keyField("TRUSTED CERTIFICATE") { try reader.readElement(.sequence) }
            guard certificate.end < der.count else { return nil }
            do {
                return try TrustSettings(derEncoded: Array(der[certificate.end...]))
            } catch {
                throw KeyFileError(.malformed(error), context: "TRUSTED CERTIFICATE trust settings", offset: certificate.end + error.offset)
            }
        }

        func readBlock(_ block: PEMBlock, problems: inout [KeyFileError]) throws(KeyFileError) -> Content? {
            switch block.label {
            case .certificate:
                return .certificate(try Self.certificate(block.der, context: "CERTIFICATE"))
            case .other("X509 CERTIFICATE"):
                // The pre-RFC 7468 label OpenSSL still reads (PEM_STRING_X509_OLD).
                return .certificate(try Self.certificate(block.der, context: "X509 CERTIFICATE"))
            case .trustedCertificate:
                // OpenSSL's X509_AUX form: the certificate, then its trust settings.
                var reader = DERReader(block.der)
                let first = try keyField("TRUSTED CERTIFICATE") { try reader.readElement(.sequence) }
                return .certificate(try Self.certificate(Array(block.der[first.fullRange]), context: "TRUSTED CERTIFICATE"))
            case .x509CRL:
                return .crl(try Self.crl(block.der, context: "X509 CRL"))
            case .certificateRequest, .newCertificateRequest:
                return .certificateRequest(try Self.request(block.der, context: block.label.text))
            case .publicKey, .rsaPublicKey:
                return .publicKey(try SubjectPublicKeyInfo(pemBlock: block))
            case .pkcs7, .cms:
                return .pkcs7(try PKCS7Bundle(pemBlock: block))
            case .other("PKCS12"):
                return .pkcs12(try PKCS12Bundle(pemBlock: block, password: password))
            case .other("EC PARAMETERS"):
                // What `openssl ecparam -genkey` writes before the key: the curve (RFC 5480
                // 2.1.1 ECParameters), which the key names itself. Checked, then nothing to add.
                try ECParametersBlock.check(block.der)
                return nil
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

        // MARK: DER

        func readDER(_ bytes: [UInt8], kind: FileFormat.Kind, problems: inout [KeyFileError]) throws(KeyFileError) -> Content? {
            switch kind {
            case .derCertificate: return .certificate(try Self.certificate(bytes, context: "certificate"))
            case .derCertificateRequest: return .certificateRequest(try Self.request(bytes, context: "certificate request"))
            case .derCRL: return .crl(try Self.crl(bytes, context: "CRL"))
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
            case .pkcs7: return .pkcs7(try PKCS7Bundle(der: bytes))
            case .pkcs12: return .pkcs12(try PKCS12Bundle(der: bytes, password: password))
            default: return nil
            }
        }

        /// Where a DER SEQUENCE of no known kind breaks: its framing (a truncated file, a bad
        /// length), or, when it frames, what the certificate parser says (a damaged
        /// certificate is the likeliest such file).
        static func damage(_ bytes: [UInt8]) -> KeyFileError? {
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

        static func request(_ der: [UInt8], context: String) throws(KeyFileError) -> CertificateSigningRequest {
            do {
                return try CertificateSigningRequest(derEncoded: der)
            } catch {
                throw KeyFileError(x509Error: error, context: context, base: 0)
            }
        }

        static func crl(_ der: [UInt8], context: String) throws(KeyFileError) -> CertificateRevocationList {
            do {
                return try CertificateRevocationList(derEncoded: der)
            } catch {
                throw KeyFileError(x509Error: error, context: context, base: 0)
            }
        }

        static func certificate(_ der: [UInt8], context: String) throws(KeyFileError) -> Certificate {
            do {
                return try Certificate(derEncoded: der)
            } catch {
                throw KeyFileError(x509Error: error, context: context, base: 0)
            }
        }
    }
}
