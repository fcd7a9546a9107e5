import PureX509ASN1

extension PrivateKey {
    /// Reads a DER private key in any of the encodings this library knows, told apart by
    /// structure: PKCS#8 (v1 or v2), PKCS#8 encrypted (needs `password`), PKCS#1, SEC 1, or
    /// OpenSSL's traditional DSA key.
    /// - Throws: `KeyFileError` `.passwordRequired` for an encrypted key without a password,
    ///   `.wrongFormat` when the bytes are not a private key, or the parser's error.
    public init(derEncoded bytes: [UInt8], password: String? = nil) throws(KeyFileError) {
        switch PrivateKeyDERShape.detect(bytes) {
        case .pkcs8?: try self.init(pkcs8DER: bytes)
        case .pkcs1?: try self.init(pkcs1DER: bytes)
        case .sec1?: try self.init(sec1DER: bytes)
        case .traditionalDSA?: try self.init(traditionalDSADER: bytes)
        case .encryptedPKCS8?:
            let encrypted = try EncryptedPrivateKeyInfo(derEncoded: bytes)
            guard let password else {
                throw KeyFileError(.passwordRequired("the key is encrypted with \(encrypted.encryption.name)"),
                                   context: "EncryptedPrivateKeyInfo", hint: PrivateKey.passwordHint)
            }
            self = try encrypted.decrypt(password: password)
        case nil:
            // Let the PKCS#8 parser say precisely what is wrong.
            do {
                try self.init(pkcs8DER: bytes)
            } catch {
                throw KeyFileError(.wrongFormat("not a private key (PKCS#8, PKCS#1, SEC 1 or DSA): \(error.description)"),
                                   context: "private key", offset: error.offset)
            }
        }
    }

    /// Reads the private key in a PEM block: `PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`,
    /// `RSA PRIVATE KEY`, `EC PRIVATE KEY` or `DSA PRIVATE KEY`, including OpenSSL's legacy
    /// `Proc-Type: 4,ENCRYPTED` form (decrypted when `password` is given, explained
    /// otherwise). Errors carry the block's line.
    init(pemBlock block: PEMBlock, password: String? = nil) throws(KeyFileError) {
        do {
            try self.init(readingPEMBlock: block, password: password)
        } catch {
            throw error.atPEMLine(block.beginLine)
        }
    }

    private init(readingPEMBlock block: PEMBlock, password: String?) throws(KeyFileError) {
        let label = block.label
        if block.isLegacyEncrypted {
            let legacy = try LegacyPEMEncryption(dekInfo: block.dekInfo ?? "")
            guard let password else {
                throw KeyFileError(.passwordRequired("\(label.text) with \(LegacyPEMEncryption.explanation)"),
                                   context: "PEM \(label.text)", hint: PrivateKey.passwordHint)
            }
            var plaintext = try legacy.decrypt(block.der, password: password)
            defer { SecretBytes.wipe(&plaintext) }
            guard EncryptedPrivateKeyInfo.looksLikeDERSequence(plaintext) else {
                throw KeyFileError(.wrongPassword("the password does not decrypt the key (legacy PEM, \(legacy.cipherName))"),
                                   context: "PEM \(label.text)")
            }
            var key: PrivateKey
            do {
                key = try PrivateKey(traditionalDER: plaintext, label: label)
            } catch {
                throw error.within("decrypted")
            }
            key.protection = .legacyPEM(legacy)
            self = key
            return
        }
        switch label {
        case .privateKey: try self.init(pkcs8DER: block.der)
        case .rsaPrivateKey, .ecPrivateKey, .other("DSA PRIVATE KEY"):
            try self.init(traditionalDER: block.der, label: label)
        case .encryptedPrivateKey:
            let encrypted = try EncryptedPrivateKeyInfo(derEncoded: block.der)
            guard let password else {
                throw KeyFileError(.passwordRequired("the key is encrypted with \(encrypted.encryption.name)"),
                                   context: "PEM ENCRYPTED PRIVATE KEY", hint: PrivateKey.passwordHint)
            }
            self = try encrypted.decrypt(password: password)
        case .other("OPENSSH PRIVATE KEY"):
            throw KeyFileError(.wrongFormat("an OpenSSH private key (openssh-key-v1), not a PEM/PKCS#8 key"),
                               context: "PEM OPENSSH PRIVATE KEY", hint: ConversionHints.openSSHPrivateKey)
        default:
            throw KeyFileError(.wrongFormat("a PEM \"\(label.text)\" block is not a private key"), context: "PEM \(label.text)")
        }
    }

    /// A traditional (OpenSSL) key by its PEM label.
    private init(traditionalDER der: [UInt8], label: PEMLabel) throws(KeyFileError) {
        switch label {
        case .rsaPrivateKey: try self.init(pkcs1DER: der)
        case .ecPrivateKey: try self.init(sec1DER: der)
        default: try self.init(traditionalDSADER: der)
        }
    }

    /// The PEM labels a private key is read from.
    static func isPrivateKeyLabel(_ label: PEMLabel) -> Bool {
        label.isPrivateKey || label == .other("DSA PRIVATE KEY") || label == .other("OPENSSH PRIVATE KEY")
    }

    /// Reads PEM text holding one private key block: `PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`,
    /// `RSA PRIVATE KEY`, `EC PRIVATE KEY` or `DSA PRIVATE KEY` (OpenSSL's legacy
    /// `Proc-Type: 4,ENCRYPTED` form included), decrypted with `password` when it is encrypted.
    /// - Throws: ``KeyFileError``: `.pem` when the PEM is malformed, `.pemMismatch` naming
    ///   every label found and its line when the text is not one private key block (a
    ///   certificate beside the key, or OpenSSL's `EC PARAMETERS` block before it: read such
    ///   a file with ``InputContents``), `.passwordRequired` or `.wrongPassword` for an
    ///   encrypted key, or the parser's error with the block's `pemLine`.
    public init(pemEncoded bytes: [UInt8], password: String? = nil) throws(KeyFileError) {
        self = try SinglePEMBlock.read(
            bytes, expected: "PRIVATE KEY", accepts: Self.isPrivateKeyLabel, failure: { KeyFileError(pemFailure: $0, context: "PEM") }
        ) { block throws(KeyFileError) in try PrivateKey(pemBlock: block, password: password) }
    }

    /// Reads PEM text holding one private key block; see `init(pemEncoded:password:)`.
    public init(pemEncoded text: String, password: String? = nil) throws(KeyFileError) {
        try self.init(pemEncoded: Array(text.utf8), password: password)
    }

    /// Reads the one private key of a file (PEM, DER PKCS#8/PKCS#1/SEC 1, encrypted PKCS#8;
    /// read by ``InputContents``), decrypted with `password` when it is encrypted.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read (an encrypted key without its password is one, with a hint),
    ///   `.unexpectedContents` when the file holds anything but one private key (the keys of
    ///   a PKCS#12 file are in ``PKCS12Bundle/privateKeys``).
    public init(contentsOfFile path: String, password: String? = nil) throws(ReadError) {
        self = try InputContents(contentsOfFile: path, password: password).single(
            expected: "one private key", hint: "the keys of a PKCS#12 file read with PKCS12Bundle(contentsOfFile:password:)"
        ) { if case .privateKey(let key) = $0 { key } else { nil } }
    }

    static let passwordHint = "give the password (x509dump: --password, --password-file or --password-env)"
}
