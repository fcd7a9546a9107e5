import PureX509ASN1

/// Why `Certificate.load(from:)` failed.
public enum CertificateLoadError: Error, Hashable, Sendable {
    /// The PEM text is malformed.
    case pem(PEMError)
    /// Certificate number `index` (0-based, in file order; `line` is its BEGIN line for PEM)
    /// does not parse.
    case certificate(index: Int, line: Int?, X509ParseError)
    /// The input is neither PEM nor a DER certificate.
    case unrecognizedInput
}

extension CertificateLoadError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .pem(let error): return "PEM: \(error)"
        case .certificate(let index, let line, let error):
            let place = line.map { "certificate \(index + 1) (line \($0))" } ?? "certificate \(index + 1)"
            return "\(place): \(error)"
        case .unrecognizedInput: return "neither PEM nor a DER certificate"
        }
    }
}

extension Certificate {
    /// Every certificate in `bytes`: the CERTIFICATE and TRUSTED CERTIFICATE blocks of PEM
    /// text (a bundle; other blocks are skipped), or one DER certificate.
    public static func load(from bytes: [UInt8]) throws(CertificateLoadError) -> [Certificate] {
        switch InputEncoding.sniff(bytes) {
        case .der:
            do {
                return [try Certificate(derEncoded: bytes)]
            } catch {
                throw .certificate(index: 0, line: nil, error)
            }
        case .pem:
            let document: PEMDocument
            do {
                document = try PEMDocument(parsing: bytes)
            } catch {
                throw .pem(error)
            }
            return try certificates(in: document)
        case .unknown:
            throw .unrecognizedInput
        }
    }

    /// Every certificate of a PEM text (see `load(from:)`).
    public static func load(pem text: String) throws(CertificateLoadError) -> [Certificate] {
        try load(from: Array(text.utf8))
    }

    /// The certificates of the CERTIFICATE and TRUSTED CERTIFICATE blocks of `document`.
    public static func certificates(in document: PEMDocument) throws(CertificateLoadError) -> [Certificate] {
        var result: [Certificate] = []
        for block in document.blocks where block.label == .certificate || block.label == .trustedCertificate {
            do {
                result.append(try Certificate(pemBlock: block))
            } catch {
                throw .certificate(index: result.count, line: block.beginLine, error)
            }
        }
        return result
    }

    /// The certificate in a CERTIFICATE block, or in a TRUSTED CERTIFICATE block (OpenSSL's
    /// X509_AUX trust settings follow the certificate there; they are ignored).
    public init(pemBlock block: PEMBlock) throws(X509ParseError) {
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
