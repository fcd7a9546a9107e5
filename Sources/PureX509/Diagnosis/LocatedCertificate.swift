/// A certificate with where it came from: its position among the served certificates (or
/// none, for one from the trust store or the repair pool), its file and the line of its PEM
/// block.
public struct LocatedCertificate: Sendable, Hashable {
    /// Where a certificate was found.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// One of the certificates the server serves.
        case served
        /// A trust anchor.
        case trustStore
        /// A local certificate offered for repair (`--repair-from`).
        case repairPool
    }

    /// The certificate.
    public let certificate: Certificate
    /// Where it was found.
    public let origin: Origin
    /// Its 0-based position among the served certificates, in file order; nil otherwise.
    public let index: Int?
    /// The file, as the user named it ("ssl.conf (server_cert)" for a config field).
    public let file: String?
    /// The 1-based line of its PEM block's BEGIN line in `file`; nil for DER.
    public let line: Int?
    /// SHA-256 of the DER, lowercase hex: computed when asked for (an audit of 14,000
    /// certificates renders a few of them).
    public var sha256: String { HexText.string(certificate.fingerprint(.sha256), uppercase: false) }

    /// A located certificate.
    public init(certificate: Certificate, origin: Origin, index: Int?, file: String?, line: Int?) {
        self.certificate = certificate
        self.origin = origin
        self.index = index
        self.file = file
        self.line = line
    }

    /// The reference findings carry.
    public var reference: CertificateReference {
        CertificateReference(index: index, subject: certificate.subject.rfc4514String, sha256: sha256)
    }

    /// "#1 CN=Example CA" for served certificates, "CN=Example CA" otherwise.
    var label: String {
        let subject = LocatedCertificate.displaySubject(certificate)
        guard let index else { return subject }
        return "#\(index) \(subject)"
    }

    /// "chain.pem line 14" / "chain.pem" / "the trust store".
    var place: String {
        guard let file else { return origin == .trustStore ? "the trust store" : "memory" }
        guard let line else { return file }
        return "\(file) line \(line)"
    }

    /// The subject in RFC 4514 form, or "(empty subject)".
    static func displaySubject(_ certificate: Certificate) -> String {
        let text = certificate.subject.rfc4514String
        return text.isEmpty ? "(empty subject)" : text
    }
}
