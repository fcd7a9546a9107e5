import PureX509ASN1

extension SubjectPublicKeyInfo {
    /// Makes the `SubjectPublicKeyInfo` of a PKCS#1 `RSAPublicKey` (RFC 8017 appendix
    /// A.1.1, PEM `RSA PUBLIC KEY`), with the rsaEncryption algorithm and NULL parameters
    /// (RFC 3279 section 2.3.1).
    public init(pkcs1RSAPublicKeyDER bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        try keyField("PKCS#1 RSAPublicKey") {
            try reader.readSequence { seq in
                _ = try seq.readUnsignedIntegerBytes()
                _ = try seq.readUnsignedIntegerBytes()
            }
            try reader.finish()
        }
        var writer = DERWriter()
        writer.writeSequence { spki in
            spki.writeSequence { algorithm in
                algorithm.writeObjectIdentifier(.rsaEncryption)
                algorithm.writeNull()
            }
            spki.writeBitString(bytes)
        }
        try self.init(checkedDER: writer.bytes, context: "PKCS#1 RSAPublicKey")
    }

    /// Parses PEM text holding one public key block: `PUBLIC KEY` (SubjectPublicKeyInfo,
    /// RFC 7468 section 13) or `RSA PUBLIC KEY` (PKCS#1 RSAPublicKey, RFC 8017 A.1.1).
    /// - Throws: ``X509ParseError`` with reason `.pem` when the PEM is malformed,
    ///   `.pemMismatch` naming every label found and its line when the text is not one public
    ///   key block, or the parser's error with the offset into the block's DER and the
    ///   block's `pemLine`.
    public init(pemEncoded text: String) throws(X509ParseError) {
        try self.init(pemEncoded: Array(text.utf8))
    }

    /// Parses PEM text (as bytes) holding one public key block; see `init(pemEncoded:)`.
    public init(pemEncoded bytes: [UInt8]) throws(X509ParseError) {
        self = try SinglePEMBlock.read(
            bytes, expected: "PUBLIC KEY", accepts: { $0 == .publicKey || $0 == .rsaPublicKey },
            failure: { X509ParseError(pemFailure: $0, field: "subjectPublicKeyInfo") }
        ) { block throws(X509ParseError) in
            do throws(X509ParseError) {
                if block.label == .publicKey { return try SubjectPublicKeyInfo(derEncoded: block.der) }
                do throws(KeyFileError) {
                    return try SubjectPublicKeyInfo(pkcs1RSAPublicKeyDER: block.der)
                } catch {
                    let reason: X509ParseError.Reason
                    if case .malformed(let der) = error.reason { reason = .der(der) } else { reason = .invalid(error.message) }
                    throw X509ParseError(field: "RSAPublicKey", reason: reason, offset: error.offset ?? 0)
                }
            } catch {
                throw error.atPEMLine(block.beginLine)
            }
        }
    }

    /// Reads the one public key of a file (`PUBLIC KEY` or `RSA PUBLIC KEY` PEM, or DER;
    /// read by ``InputContents``). A certificate's key is ``Certificate/subjectPublicKeyInfo``.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` naming every block that
    ///   could not be read, `.unexpectedContents` when the file holds anything but one public key.
    public init(contentsOfFile path: String) throws(ReadError) {
        self = try InputContents(contentsOfFile: path).single(expected: "one public key") {
            if case .publicKey(let key) = $0 { key } else { nil }
        }
    }

    /// Reads the public key of a PEM block labelled `PUBLIC KEY` (SubjectPublicKeyInfo,
    /// RFC 7468 section 13) or `RSA PUBLIC KEY` (PKCS#1); errors carry the block's line.
    init(pemBlock block: PEMBlock) throws(KeyFileError) {
        do throws(KeyFileError) {
            switch block.label {
            case .publicKey: try self.init(checkedDER: block.der, context: "PUBLIC KEY")
            case .rsaPublicKey: try self.init(pkcs1RSAPublicKeyDER: block.der)
            default:
                throw KeyFileError(.wrongFormat("a PEM \"\(block.label.text)\" block is not a public key"), context: "PEM")
            }
        } catch {
            throw error.atPEMLine(block.beginLine)
        }
    }

    /// Parses SubjectPublicKeyInfo DER, turning the certificate parser's error into a
    /// `KeyFileError`.
    init(checkedDER bytes: [UInt8], context: String) throws(KeyFileError) {
        do {
            try self.init(derEncoded: bytes)
        } catch {
            throw KeyFileError(x509Error: error, context: context, base: 0)
        }
    }

    /// The PKCS#1 `RSAPublicKey` DER of an RSA or RSA-PSS key (what `RSA PUBLIC KEY` holds),
    /// nil for other algorithms.
    public var pkcs1RSAPublicKeyDER: [UInt8]? {
        guard case .rsa = details else { return nil }
        return Array(keyBytes)
    }
}
