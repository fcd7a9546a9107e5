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

    /// Reads the public key of a PEM block labelled `PUBLIC KEY` (SubjectPublicKeyInfo,
    /// RFC 7468 section 13) or `RSA PUBLIC KEY` (PKCS#1); errors carry the block's line.
    public init(pemBlock block: PEMBlock) throws(KeyFileError) {
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
