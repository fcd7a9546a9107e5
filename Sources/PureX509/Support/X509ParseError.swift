/// Why a certificate, CSR, CRL or extension could not be parsed: the field (a path such as
/// `tbsCertificate.extensions.subjectAltName`), what is wrong, and the absolute byte offset
/// in the input.
///
/// `description` reads "tbsCertificate.issuer: non-minimal length at byte 312".
public struct X509ParseError: Error, Hashable, Sendable {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// The bytes are not valid DER (X.690).
        case der(DERError)
        /// `version` is not v1, v2 or v3 (RFC 5280 4.1.2.1); the value is the INTEGER.
        case unsupportedVersion(Int)
        /// `version` v1 written out although it is the DEFAULT (X.690 11.5 forbids it).
        case explicitDefaultVersion
        /// A field appears that the certificate's version does not allow (RFC 5280 4.1.2.1:
        /// unique identifiers need v2 or v3, extensions need v3).
        case fieldRequiresVersion(field: String, minimum: Int)
        /// `tbsCertificate.signature` differs from `signatureAlgorithm` (RFC 5280 4.1.1.2).
        case signatureAlgorithmMismatch
        /// An extension appears twice (RFC 5280 4.2).
        case duplicateExtension(OID)
        /// A `SEQUENCE SIZE (1..MAX)` or `SET SIZE (1..MAX)` is empty.
        case empty
        /// A value breaks a rule of its definition; the text says which.
        case invalid(String)
        /// The PEM text given to `init(pemEncoded:)` is malformed (the error carries the line).
        case pem(PEMError)
        /// The PEM text given to `init(pemEncoded:)` is not one block of the expected label:
        /// none, another label, or several (the value names each block and its line).
        case pemMismatch(PEMBlockMismatch)
    }

    /// The field being read, as a path of ASN.1 field names from the top structure.
    public let field: String
    /// What is wrong.
    public let reason: Reason
    /// The absolute byte offset of the element at fault (in the DER of the PEM block when
    /// the input was PEM).
    public let offset: Int
    /// The BEGIN line of the PEM block the DER came from (or the line of the PEM fault),
    /// when the input was PEM text.
    public var pemLine: Int? = nil

    /// An error at `offset` in `field`.
    public init(field: String, reason: Reason, offset: Int) {
        self.field = field
        self.reason = reason
        self.offset = offset
    }

    /// Wraps a DER error with the field it occurred in.
    public init(field: String, _ error: DERError) {
        self.init(field: field, reason: .der(error), offset: error.offset)
    }

    /// The DER error underneath, if the reason is a DER error.
    public var derError: DERError? {
        if case .der(let error) = reason { return error }
        return nil
    }

    /// This error seen from an enclosing field: `parent.field` (or `parent[2]`).
    func nested(under parent: String) -> X509ParseError {
        if parent.isEmpty { return self }
        if field.isEmpty { return X509ParseError(field: parent, reason: reason, offset: offset) }
        let separator = field.hasPrefix("[") ? "" : "."
        return X509ParseError(field: parent + separator + field, reason: reason, offset: offset)
    }

    /// The reason as a short phrase, without field or offset.
    public var reasonDescription: String {
        switch reason {
        case .der(let error): return error.reason
        case .unsupportedVersion(let value): return "unsupported version \(value) (v\(value &+ 1))"
        case .explicitDefaultVersion: return "version v1 encoded although it is the DEFAULT"
        case .fieldRequiresVersion(let field, let minimum): return "\(field) requires version v\(minimum) or later"
        case .signatureAlgorithmMismatch: return "does not match tbsCertificate.signature"
        case .duplicateExtension(let oid): return "duplicate extension \(oid)"
        case .empty: return "empty, but at least one element is required"
        case .invalid(let text): return text
        case .pem(let error): return error.reason
        case .pemMismatch(let mismatch): return mismatch.description
        }
    }
}

extension X509ParseError: CustomStringConvertible {
    /// "tbsCertificate.issuer: non-minimal length at byte 312".
    public var description: String {
        let line = pemLine.map { " (PEM block at line \($0))" } ?? ""
        switch reason {
        case .der(.inputTooLarge): return "\(field): \(reasonDescription)"
        case .pem, .pemMismatch: return "\(field): \(reasonDescription)" + (pemLine.map { " (line \($0))" } ?? "")
        default: return "\(field): \(reasonDescription) at byte \(offset)" + line
        }
    }

    /// The same error located in the PEM block starting at `line`.
    func atPEMLine(_ line: Int) -> X509ParseError {
        var copy = self
        if copy.pemLine == nil { copy.pemLine = line }
        return copy
    }
}

/// Runs `body`, attributing any error it throws to `field` (prefixing the field path of an
/// `X509ParseError` thrown further down). Costs nothing unless something throws.
@inline(__always)
func parsingField<T>(_ field: @autoclosure () -> String, _ body: () throws -> T) throws(X509ParseError) -> T {
    do {
        return try body()
    } catch {
        throw X509ParseError.attributing(error, to: field())
    }
}

extension X509ParseError {
    /// Converts any error thrown while parsing into an `X509ParseError` for `field`.
    static func attributing(_ error: any Error, to field: String) -> X509ParseError {
        switch error {
        case let error as X509ParseError: return error.nested(under: field)
        case let error as DERError: return X509ParseError(field: field, error)
        default: return X509ParseError(field: field, reason: .invalid("\(error)"), offset: 0)
        }
    }
}
