/// The private key: can it be read, is it protected on disk, and which certificate does it
/// belong to.
enum KeyCheck {
    /// A key that was read, with where it came from.
    struct Loaded {
        let key: PrivateKey
        let file: String
        let line: Int?
    }

    /// What reading the key gave.
    enum Outcome {
        case none
        case encrypted
        case unreadable
        case loaded(Loaded)
    }

    /// `key-world-readable`: group or others may read the file holding the key.
    static func checkPermissions(_ source: DiagnosisSource, into context: inout DiagnosisContext) {
        guard let permissions = source.permissions, permissions & 0o044 != 0 else { return }
        let mode = String(permissions & 0o777, radix: 8)
        let everyone = permissions & 0o004 != 0
        context.report(.keyWorldReadable, .warning, file: source.displayName,
            message: "\(source.name) holds the private key and is readable by \(everyone ? "every user on this machine" : "its group") (mode \(mode)). Whoever can read it can impersonate this server.",
            fix: "chmod 600 \(shellQuoted(source.name)) (or chmod 640 with a dedicated group, such as ssl-cert, that only the server's user is in); if others may have copied it, replace the key and certificate.")
    }

    /// The first key among `entries` (found in `file`), as the one reader read it (decrypted
    /// with the password given, when it is encrypted), or the finding that says why not.
    static func load(_ entries: [SourceContents.KeyEntry], file: String, into context: inout DiagnosisContext) -> Outcome {
        guard let entry = entries.first else { return .none }
        if let key = entry.key {
            if let protection = key.protection, !entry.inContainer {
                KeyPassword.reportDecrypted(file: file, line: entry.line, scheme: protection.name, into: &context)
            }
            return .loaded(Loaded(key: key, file: file, line: entry.line))
        }
        let error = entry.problem ?? KeyFileError(.invalid("the reader returned no key"), context: "private key")
        switch error.kind {
        case .passwordRequired:
            context.report(.keyEncrypted, .warning, file: file, line: entry.line,
                message: "The private key in \(file) is encrypted (\(error.message)). The server must be given the password at every start (nginx: ssl_password_file; HAProxy, Envoy and TensorFlow Serving cannot ask at all), and this check cannot tell whether the key matches the certificate without it: give the password with --password-file FILE, --password-env VAR or --password PASS.",
                fix: "Either configure the password for the server, or store the key decrypted with tight permissions: openssl pkey -in \(shellQuoted(file)) -out key-plain.pem && chmod 600 key-plain.pem.")
            return .encrypted
        case .wrongPassword:
            KeyPassword.reportWrongPassword(file: file, line: entry.line ?? error.pemLine, isContainer: false, error: error, into: &context)
            return .encrypted
        default:
            context.report(.derMalformed, .error, file: file, line: entry.line ?? error.pemLine,
                message: "The private key in \(file) cannot be read: \(error.description).",
                fix: error.hint ?? "Export the key again from where it was made (openssl pkey -in OLDFILE -out key.pem), or find the original key file.")
            return .unreadable
        }
    }

    /// The served position of the certificate the key belongs to, or nil; reports
    /// `key-mismatch` when the key fits none of the served certificates.
    static func match(
        _ loaded: Loaded, served: [LocatedCertificate], others: [LocatedCertificate], quiet: Bool = false,
        into context: inout DiagnosisContext
    ) -> Int? {
        var undecided = false
        for (position, located) in served.enumerated() {
            switch KeyMatcher.matches(loaded.key, located.certificate) {
            case true?:
                // The first certificate served is the server's own, CA or not (openssl
                // req -x509 makes CA:TRUE certificates): its key matches.
                if located.certificate.isCA && located.index != 0 {
                    if quiet { return nil }
                    context.report(.keyMismatch, .error, file: loaded.file, line: loaded.line,
                        message: "The private key in \(loaded.file) belongs to the CA certificate \(located.label) (\(located.place)), not to a server certificate. The server cannot use it with the leaf.",
                        fix: "Use the key that was made together with the leaf's certificate request (compare: openssl x509 -in CERT -noout -pubkey | openssl sha256 and openssl pkey -in KEY -pubout | openssl sha256).")
                    return nil
                }
                return position
            case false?: continue
            case nil: undecided = true
            }
        }
        if undecided || quiet { return nil }
        let elsewhere = others.first { KeyMatcher.matches(loaded.key, $0.certificate) == true }
        let leafSummary = served.first.map { " The first certificate, \($0.label), has a \($0.certificate.subjectPublicKeyInfo.summary) key; the file holds a \(loaded.key.summary) key." } ?? ""
        context.report(.keyMismatch, .error, file: loaded.file, line: loaded.line,
            message: "The private key in \(loaded.file) belongs to none of the \(DiagnosisText.plural(served.count, "served certificate"))\(elsewhere.map { "; it matches \($0.label) in \($0.place)" } ?? ""). The server refuses to start (nginx: \"key values mismatch\") or the handshake fails.\(leafSummary)",
            fix: "Pair the certificate with the key made for its certificate request (certbot: privkey.pem next to fullchain.pem in the same live/ directory). Compare: openssl x509 -in CERT -noout -pubkey | openssl sha256 and openssl pkey -in KEY -pubout | openssl sha256. If the key is lost, have the certificate reissued for a new key.")
        return nil
    }
}
