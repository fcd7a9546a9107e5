import PureX509ASN1

extension CertificateSigningRequest {
    /// Parses PEM text holding one certificate request block (`CERTIFICATE REQUEST`, RFC 7468
    /// section 7, or the older `NEW CERTIFICATE REQUEST`).
    /// - Throws: ``X509ParseError`` with reason `.pem` when the PEM is malformed,
    ///   `.pemMismatch` naming every label found and its line when the text is not one
    ///   request block, or the parser's error with the offset into the block's DER and the
    ///   block's `pemLine`.
    public init(pemEncoded text: String) throws(X509ParseError) {
        try self.init(pemEncoded: Array(text.utf8))
    }

    /// Parses PEM text (as bytes) holding one certificate request block; see
    /// `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(X509ParseError) {
        self = try SinglePEMBlock.read(
            bytes, expected: "CERTIFICATE REQUEST", accepts: { $0 == .certificateRequest || $0 == .newCertificateRequest },
            failure: { X509ParseError(pemFailure: $0, field: "certificationRequest") }
        ) { block throws(X509ParseError) in
            do throws(X509ParseError) {
                return try CertificateSigningRequest(derEncoded: block.der)
            } catch {
                throw error.atPEMLine(block.beginLine)
            }
        }
    }

    /// Reads the one certificate request of a file (PEM or DER; read by ``InputContents``).
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read, `.unexpectedContents` when the file holds anything but one request.
    public init(contentsOfFile path: String) throws(ReadError) {
        self = try InputContents(contentsOfFile: path).single(expected: "one certificate request") {
            if case .certificateRequest(let request) = $0 { request } else { nil }
        }
    }

    /// The request as PEM text (`-----BEGIN CERTIFICATE REQUEST-----`).
    public var pemEncoded: String { PEMWriter.encode(derEncoded, label: .certificateRequest) }
}
