/// Findings about passwords: an encrypted key opened with the password given, a password
/// that opens nothing (`wrong-password`, told apart from a damaged file, which is
/// `der-malformed`), and a PKCS#12 archive that needs one.
enum KeyPassword {
    /// The options that give x509dump a password, for messages.
    static let options = "--password-file FILE, --password-env VAR or --password PASS"

    /// `key-encrypted` for a key that the password given decrypted: it was checked like any
    /// other key, and the server still needs the password at every start.
    static func reportDecrypted(file: String, line: Int?, scheme: String, into context: inout DiagnosisContext) {
        context.report(.keyEncrypted, .warning, file: file, line: line,
            message: "The private key in \(file) is encrypted (\(scheme)); the password given decrypts it, and it was checked against the certificates like any other key. The server must be given the password at every start (nginx: ssl_password_file; HAProxy, Envoy and TensorFlow Serving cannot ask at all).",
            fix: "Either configure the password for the server, or store the key decrypted with tight permissions: openssl pkey -in \(shellQuoted(file)) -out key-plain.pem && chmod 600 key-plain.pem.")
    }

    /// `wrong-password`: the password given does not open the key (`isContainer` false) or
    /// the PKCS#12 archive in `file`.
    static func reportWrongPassword(
        file: String, line: Int?, isContainer: Bool, error: KeyFileError, into context: inout DiagnosisContext
    ) {
        let what = isContainer ? "the PKCS#12 archive \(file)" : "the private key in \(file)"
        let test = isContainer
            ? "openssl pkcs12 -in \(shellQuoted(file)) -noout (add -legacy for files made before OpenSSL 3)"
            : "openssl pkey -in \(shellQuoted(file)) -noout"
        context.report(.wrongPassword, .error, file: file, line: line,
            message: "The password given does not open \(what) (\(error.message)), so nothing in it could be checked. (A damaged file that the right password opens is reported as der-malformed instead.)",
            fix: "Give the password the file was made with (\(options); a --password-file is read up to its first line end, as openssl -passin file: does). To try one: \(test).")
    }

    /// `der-malformed` for a PKCS#12 archive that the password opens but that was altered or
    /// damaged, or whose structure is broken.
    static func reportDamagedPKCS12(file: String, error: KeyFileError, into context: inout DiagnosisContext) {
        let altered = error.kind == .integrityCheckFailed
        context.report(.derMalformed, .error, file: file,
            message: altered
                ? "\(file) is a PKCS#12 archive that was altered or damaged after it was made: the password is right (it decrypts the contents), but the integrity check fails (\(error.description))."
                : "\(file) is a damaged PKCS#12 archive: \(error.description).",
            fix: "Export the archive again from where it was made (a truncated download or a text-mode transfer damages it), or take it from a backup.")
    }
}
