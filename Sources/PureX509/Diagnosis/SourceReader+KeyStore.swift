/// Java keystores (JKS, JCEKS) in the diagnosis: what a Java server (Tomcat, Kafka, Jetty,
/// Spring Boot) serves is the chain of its PrivateKeyEntry; trustedCertEntries are what it
/// trusts. [keystores]
extension SourceReader {
    /// The keystore the one reader read (`input`), or why it could not.
    func readKeyStore(_ input: InputContents, into context: inout DiagnosisContext) -> SourceContents {
        var contents = SourceContents()
        let file = source.displayName
        guard case .javaKeyStore(let store)? = input.items.first?.content else {
            if let error = input.unreadable.first?.error { reportKeyStoreError(error, into: &context) }
            return contents
        }
        let keyEntries = store.entries.filter { if case .privateKey = $0.content { return true } else { return false } }
        switch role {
        case .anchors:
            // A truststore: its trustedCertEntries are the anchors, as Java's TrustManager reads them.
            for entry in store.entries {
                if case .trustedCertificate(let certificate) = entry.content {
                    contents.certificates.append(.init(certificate: certificate, line: nil))
                }
            }
            return contents
        case .repairPool:
            contents.certificates = store.certificates.map { .init(certificate: $0, line: nil) }
            return contents
        case .served, .key:
            break
        }
        guard let served = keyEntries.first else {
            context.report(.formatUnknown, .error, file: file,
                message: "\(file) is a Java \(store.format.rawValue) keystore with no PrivateKeyEntry (only \(DiagnosisText.plural(store.entries.count, "trustedCertEntry"))): a truststore, which tells a Java client whom to trust, not a keystore a server can serve from.",
                fix: "Name the keystore that holds the server's key and chain (keytool -list -keystore \(shellQuoted(source.name)) shows each entry's type), or pass this one as trust anchors (--ca).")
            return contents
        }
        // Several key entries: the first is diagnosed (what a Java server without a key
        // alias setting picks); README says so.
        if role == .served {
            contents.certificates = served.certificates.map { .init(certificate: $0, line: nil) }
        }
        if case .privateKey(let key, _) = served.content {
            if let key {
                contents.keys.append(.init(line: nil, key: key, inContainer: true))
            } else if let problem = served.keyProblem {
                reportKeyStoreKey(problem, entry: served, store: store, into: &context)
            }
        }
        return contents
    }

    private func reportKeyStoreKey(_ problem: KeyFileError, entry: JavaKeyStoreEntry, store: JavaKeyStore, into context: inout DiagnosisContext) {
        let file = source.displayName
        switch problem.kind {
        case .passwordRequired:
            context.report(.keyEncrypted, .warning, file: file,
                message: "The private key of entry \"\(entry.alias)\" in the \(store.format.rawValue) keystore \(file) is protected by a password (\(entry.keyProtectionName ?? "key protection")), and no password was given: neither the keystore's integrity nor whether the key matches its certificate could be checked. Its certificates were read and are diagnosed.",
                fix: "Give the keystore password with \(KeyPassword.options) (keytool's default is changeit).")
        case .wrongPassword:
            context.report(.wrongPassword, .error, file: file,
                message: "The password given opens the \(store.format.rawValue) keystore \(file) (its digest matches) but not the private key of entry \"\(entry.alias)\" (\(problem.message)): the key has its own password. Java servers that take one password (Kafka's ssl.key.password defaults to the store password) fail to start with \"Cannot recover key\".",
                fix: "Give the key's password, or make it the store's: keytool -keypasswd -alias \(shellQuoted(entry.alias)) -keystore \(shellQuoted(source.name)).")
        default:
            context.report(.derMalformed, .error, file: file,
                message: "The private key of entry \"\(entry.alias)\" in \(file) cannot be read: \(problem.description).",
                fix: "Export the key again from where it was made, or rebuild the keystore (keytool -importkeystore from a PKCS#12 file).")
        }
    }

    private func reportKeyStoreError(_ error: KeyFileError, into context: inout DiagnosisContext) {
        let file = source.displayName
        switch error.kind {
        case .wrongPassword:
            context.report(.wrongPassword, .error, file: file,
                message: "The password given does not open the Java keystore \(file) (\(error.message)), so nothing in it was checked. (A keystore that the password opens but whose digest fails is reported as der-malformed instead.)",
                fix: "Give the keystore password (\(KeyPassword.options); keytool's default is changeit). To try one: keytool -list -keystore \(shellQuoted(source.name)) -storepass PASSWORD.")
        case .unsupported, .wrongFormat:
            context.report(.formatUnknown, .error, file: file,
                message: "\(file) is a Java keystore that cannot be read here: \(error.description).",
                fix: "Convert it to PKCS#12 with keytool -importkeystore -srckeystore \(shellQuoted(source.name)) -destkeystore store.p12 -deststoretype PKCS12 and diagnose that.")
        default:
            let altered = error.kind == .integrityCheckFailed
            context.report(.derMalformed, .error, file: file,
                message: altered
                    ? "\(file) is a Java keystore that was altered or damaged after it was written: the password is right (it opens the private key), but the keystore digest fails (\(error.description))."
                    : "\(file) is a damaged Java keystore: \(error.description).",
                fix: "Copy the keystore again from where it was made (a truncated download or a text-mode transfer damages it), or restore it from a backup; keytool -list -keystore \(shellQuoted(source.name)) shows what Java makes of it.")
        }
    }
}
