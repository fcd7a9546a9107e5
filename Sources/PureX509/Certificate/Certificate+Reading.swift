import PureX509ASN1

extension Certificate {
    /// The PEM labels a certificate is read from: `CERTIFICATE` (RFC 7468 section 5),
    /// OpenSSL's older `X509 CERTIFICATE` and its `TRUSTED CERTIFICATE` (the trust settings
    /// after the certificate are not part of it).
    static func isCertificateLabel(_ label: PEMLabel) -> Bool {
        label == .certificate || label == .trustedCertificate || label == .other("X509 CERTIFICATE")
    }

    /// Parses PEM text holding one certificate block (`CERTIFICATE`; OpenSSL's
    /// `X509 CERTIFICATE` and `TRUSTED CERTIFICATE` too).
    /// - Throws: ``X509ParseError`` with reason `.pem` when the PEM is malformed,
    ///   `.pemMismatch` naming every label found and its line when the text is not one
    ///   certificate block (for a bundle use `[Certificate](pemEncoded:)`), or the parser's
    ///   error with the offset into the block's DER and the block's `pemLine`.
    public init(pemEncoded text: String) throws(X509ParseError) {
        try self.init(pemEncoded: Array(text.utf8))
    }

    /// Parses PEM text (as bytes) holding one certificate block; see `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(X509ParseError) {
        self = try SinglePEMBlock.read(
            bytes, expected: "CERTIFICATE", accepts: Self.isCertificateLabel, failure: { X509ParseError(pemFailure: $0, field: "certificate") }
        ) { block throws(X509ParseError) in
            do throws(X509ParseError) {
                return try Certificate(pemBlock: block)
            } catch {
                throw error.atPEMLine(block.beginLine)
            }
        }
    }

    /// Reads the one certificate of a file (PEM or DER; read by ``InputContents``, the
    /// reader every loader shares).
    /// - Throws: ``ReadError``: `.unreadable` when the file cannot be read,
    ///   `.unreadableBlocks` naming every block that could not be read (a `.p12` says it is
    ///   PKCS#12 and how to open it), `.unexpectedContents` when the file holds anything but
    ///   one certificate (a chain: use `[Certificate](contentsOfFile:)`).
    public init(contentsOfFile path: String) throws(ReadError) {
        self = try InputContents(contentsOfFile: path).single(
            expected: "one certificate", hint: "a file of several certificates reads with [Certificate](contentsOfFile:)"
        ) { if case .certificate(let certificate) = $0 { certificate } else { nil } }
    }

    /// The certificate in a CERTIFICATE block, or in a TRUSTED CERTIFICATE block (OpenSSL's
    /// X509_AUX trust settings follow the certificate there; they are ignored).
    init(pemBlock block: PEMBlock) throws(X509ParseError) {
        guard block.label == .trustedCertificate else {
            try self.init(derEncoded: block.der)
            return
        }
        var reader = DERReader(block.der)
        guard let element = try? reader.readElement(.sequence) else {
            try self.init(derEncoded: block.der)
            return
        }
        try self.init(derEncoded: Array(block.der[element.fullRange]))
    }

    /// The certificate as PEM text (`-----BEGIN CERTIFICATE-----`, 64-column base64).
    public var pemEncoded: String { PEMWriter.encode(derEncoded, label: .certificate) }
}
