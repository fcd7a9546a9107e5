extension Array where Element == Certificate {
    /// Reads every certificate of PEM text: a chain or a CA bundle (`CERTIFICATE`,
    /// `X509 CERTIFICATE` and `TRUSTED CERTIFICATE` blocks, PKCS#7 blocks; keys and requests
    /// beside them are passed over). The text is read by ``InputContents``, so any block that
    /// cannot be read fails the whole text: a file of two certificates, one damaged, never
    /// loads as one.
    /// - Throws: ``ReadError`` (the path is "PEM text"): `.unreadableBlocks` naming every
    ///   damaged block with its PEM line and byte offset, `.unexpectedContents` when the text
    ///   is not PEM or holds no certificate.
    public init(pemEncoded text: String) throws(ReadError) {
        try self.init(pemEncoded: Array<UInt8>(text.utf8))
    }

    /// Reads every certificate of PEM text given as bytes; see `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(ReadError) {
        let name = "PEM text"
        let input = InputContents(bytes: bytes, fileName: name)
        guard case .pem = input.format.kind else {
            throw .unexpectedContents(path: name, expected: "PEM certificates", found: input.format.description, hint: nil)
        }
        let contents = CertificateFile.contents(of: input)
        if !contents.unreadable.isEmpty { throw .unreadableBlocks(path: name, blocks: contents.unreadable) }
        if contents.certificates.isEmpty {
            throw .unexpectedContents(path: name, expected: "a certificate", found: input.summary, hint: nil)
        }
        self = contents.certificates
    }

    /// Reads every certificate of a file: a PEM chain or bundle, a DER certificate, PKCS#7, or
    /// a PKCS#12 file with its `password` (the same as ``CertificateFile/load(_:password:)``).
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read (a `.p12` without its password says it is PKCS#12 and how to open
    ///   it), `.unexpectedContents` when the file holds no certificate.
    public init(contentsOfFile path: String, password: String? = nil) throws(ReadError) {
        self = try CertificateFile.load(path, password: password)
    }
}
