import PureX509ASN1

extension CertificateRevocationList {
    /// Parses PEM text holding one `X509 CRL` block (RFC 7468 section 6).
    /// - Throws: ``X509ParseError`` with reason `.pem` when the PEM is malformed,
    ///   `.pemMismatch` naming every label found and its line when the text is not one CRL
    ///   block, or the parser's error with the offset into the block's DER and the block's
    ///   `pemLine`.
    public init(pemEncoded text: String) throws(X509ParseError) {
        try self.init(pemEncoded: Array(text.utf8))
    }

    /// Parses PEM text (as bytes) holding one `X509 CRL` block; see `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(X509ParseError) {
        self = try SinglePEMBlock.read(
            bytes, expected: "X509 CRL", accepts: { $0 == .x509CRL }, failure: { X509ParseError(pemFailure: $0, field: "certificateList") }
        ) { block throws(X509ParseError) in
            do throws(X509ParseError) {
                return try CertificateRevocationList(derEncoded: block.der)
            } catch {
                throw error.atPEMLine(block.beginLine)
            }
        }
    }

    /// Reads the one CRL of a file (PEM or DER; read by ``InputContents``). For every CRL of
    /// a file or a directory, use ``CertificateFile/loadCRLs(_:)``.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read, `.unexpectedContents` when the file holds anything but one CRL.
    public init(contentsOfFile path: String) throws(ReadError) {
        self = try InputContents(contentsOfFile: path).single(
            expected: "one CRL", hint: "every CRL of a file or directory reads with CertificateFile.loadCRLs"
        ) { if case .crl(let crl) = $0 { crl } else { nil } }
    }

    /// The CRL as PEM text (`-----BEGIN X509 CRL-----`).
    public var pemEncoded: String { PEMWriter.encode(derEncoded, label: .x509CRL) }
}
