import PureX509
import PureX509ASN1

/// `x509dump pem`: any input to clean PEM on standard output.
enum PEMCommand: Command {
    static let name = "pem"
    static let summary = "convert any input (DER, PEM, PKCS#7, PKCS#12) to clean PEM, leaf first"
    static let usage = """
        usage: x509dump pem [options] FILE...|-

        Writes every certificate, CRL, certificate request and public key found in the
        inputs as clean PEM on standard output: canonical base64 in 64 columns, LF line
        ends, no headers or explanatory text. Certificates from all inputs come leaf first
        (each chain from its end-entity up to its root), each certificate once.
        Reads PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.p12/.pfx) files; encrypted PKCS#12
        files need a password.

        Private keys are never written: x509dump does not output private key material.
        Standard error names each key left out and the openssl command that extracts it.

        options:
        \(PasswordOption.help)
          --json                the blocks as JSON: type, subject and PEM text

        exit codes: 0 every input read, 1 something could not be read (wrong password,
        malformed block) or nothing to write, 2 usage or unreadable file.
        """
    static let options = OptionSpec(valued: PasswordOption.names)

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            Output.error("x509dump pem: expected at least one FILE (or - for standard input)\n\n\(usage)")
            return ExitCode.usage
        }
        let password: String?
        do {
            password = try PasswordOption.resolve(arguments)
        } catch let error as UsageError {
            Output.error("x509dump pem: \(error.message)")
            return ExitCode.usage
        } catch {
            return ExitCode.usage
        }
        var certificates: [Certificate] = []
        var others: [(label: PEMLabel, der: [UInt8], kind: String)] = []
        var problems = false
        for name in arguments.positionals {
            let input: InputFile
            do {
                input = try InputFile.read(name)
            } catch {
                Output.error("x509dump pem: \(error)")
                return ExitCode.usage
            }
            let contents = FileContents(bytes: input.bytes, password: password)
            // An END line that runs into the next BEGIN ("-----END X----------BEGIN Y-----").
            for line in JoinedPEMNote.lines(in: input.bytes) {
                Output.error("x509dump pem: \(input.name) line \(line): an END line runs into the next BEGIN (a missing line break, as cat leaves when a file lacks its final newline); both blocks are read and written apart.")
            }
            for problem in contents.problems {
                problems = true
                Output.error("x509dump pem: \(input.name): \(problem)" + hint(problem.hint, file: input.name))
            }
            for entry in contents.entries {
                switch entry.item {
                case .certificate(let certificate): certificates.append(certificate)
                case .pkcs7(let bundle):
                    certificates += bundle.certificates
                    others += bundle.crls.map { (.x509CRL, $0.derEncoded, "CRL") }
                case .pkcs12(let bundle):
                    certificates += bundle.certificates
                    others += bundle.crls.map { (.x509CRL, $0.derEncoded, "CRL") }
                    let keys = bundle.bags.filter { $0.kindName.contains("private key") }.count
                    if keys > 0 { noteKeysLeftOut(keys, file: input.name, pkcs12: true) }
                case .javaKeyStore(let store):  // [keystores]
                    certificates += store.certificates
                    let keys = store.entries.filter { if case .privateKey = $0.content { return true } else { return false } }.count
                    if keys > 0 { noteKeysLeftOut(keys, file: input.name, pkcs12: false, keyStore: true) }
                case .kubernetes(let objects):  // [kubernetes]
                    certificates += objects.certificates
                    let keys = objects.objects.flatMap(\.fields).filter { ($0.contents?.allPrivateKeys.count ?? 0) > 0 }
                    for field in keys { noteKubernetesKeyLeftOut(field.key, file: input.name) }
                case .crl(let crl): others.append((.x509CRL, crl.derEncoded, "CRL"))
                case .certificateRequest(let request): others.append((.certificateRequest, request.derEncoded, "certificate request"))
                case .publicKey(let key): others.append((.publicKey, Array(key.derEncoded), "public key"))
                case .privateKey, .encryptedPrivateKey:
                    noteKeysLeftOut(1, file: input.name, pkcs12: false)
                }
            }
        }
        // Each certificate once, leaf first.
        var seen = Set<Certificate>()
        certificates = certificates.filter { seen.insert($0).inserted }
        certificates = CertificateOrdering.leafFirst(certificates)

        if certificates.isEmpty && others.isEmpty {
            Output.error("x509dump pem: nothing to write")
            return ExitCode.problems
        }
        let output = BufferedOutput()
        if arguments.json {
            // The subject is worked out here, for the JSON only.
            let json = JSONStreamWriter(output)
            json.array {
                for certificate in certificates {
                    json.object {
                        json.string("type", "certificate")
                        json.string("subject", certificate.subject.rfc4514String)
                        json.string("pem", PEMWriter.encode(certificate.derEncoded, label: .certificate))
                    }
                }
                for other in others {
                    json.object {
                        json.string("type", other.kind)
                        json.string("pem", PEMWriter.encode(other.der, label: other.label))
                    }
                }
            }
        } else {
            for certificate in certificates { output.writePEM(certificate.derEncoded, label: .certificate) }
            for other in others { output.writePEM(other.der, label: other.label) }
        }
        output.flush()
        return problems ? ExitCode.problems : ExitCode.ok
    }

    private static func noteKeysLeftOut(_ count: Int, file: String, pkcs12: Bool, keyStore: Bool = false) {
        let what = count == 1 ? "a private key" : "\(count) private keys"
        let command = keyStore
            ? "keytool -importkeystore -srckeystore \(file) -destkeystore store.p12 -deststoretype PKCS12, then openssl pkcs12 -in store.p12 -nocerts -nodes -out key.pem"
            : pkcs12
            ? "openssl pkcs12 -in \(file) -nocerts -nodes -out key.pem   (add -legacy for old files)"
            : "openssl pkey -in \(file) -out key.pem"
        Output.error("x509dump pem: \(file): \(what) not written (x509dump never outputs private keys); to extract: \(command)")
    }

    /// [kubernetes] tls.key / client-key-data are never written.
    private static func noteKubernetesKeyLeftOut(_ key: String, file: String) {
        Output.error("x509dump pem: \(file): the private key in \(key) not written (x509dump never outputs private keys); to extract: kubectl get secret NAME -o jsonpath='{.data.tls\\.key}' | base64 -d > key.pem")
    }

    private static func hint(_ hint: String?, file: String) -> String {
        guard let hint else { return "" }
        return "\n  hint: " + hint.split(separator: "FILE", omittingEmptySubsequences: false).joined(separator: file)
    }
}
