import PureX509ASN1

/// ```
/// AuthorityKeyIdentifier ::= SEQUENCE {
///     keyIdentifier             [0] KeyIdentifier           OPTIONAL,
///     authorityCertIssuer       [1] GeneralNames            OPTIONAL,
///     authorityCertSerialNumber [2] CertificateSerialNumber OPTIONAL }
/// ```
/// (RFC 5280 4.2.1.1; IMPLICIT tags.)
public struct AuthorityKeyIdentifier: X509ExtensionValue {
    public static var kind: ExtensionKind { .authorityKeyIdentifier }

    /// The issuer's key identifier.
    public let keyIdentifier: ArraySlice<UInt8>?
    /// The issuer's issuer's names.
    public let authorityCertIssuer: [GeneralName]?
    /// The issuer certificate's serial number (two's-complement content octets).
    public let authorityCertSerialNumber: ArraySlice<UInt8>?

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(keyIdentifier: ArraySlice<UInt8>?, authorityCertIssuer: [GeneralName]?, authorityCertSerialNumber: ArraySlice<UInt8>?) {
        self.keyIdentifier = keyIdentifier
        self.authorityCertIssuer = authorityCertIssuer
        self.authorityCertSerialNumber = authorityCertSerialNumber
    }
}

extension AuthorityKeyIdentifier: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> AuthorityKeyIdentifier {
        try reader.readSequence { seq in
            let bytes = seq.bytes
            let keyIdentifier = try seq.readOptionalElement(.contextSpecificPrimitive(0)).map { bytes[$0.contentRange] }
            var issuer: [GeneralName]?
            if let element = try seq.readOptionalElement(.contextSpecific(1)) {
                issuer = try parsingField("authorityCertIssuer") { try GeneralName.parseList(&seq, content: element, materialize: context.materialize) }
            }
            var serial: ArraySlice<UInt8>?
            if let element = try seq.readOptionalElement(.contextSpecificPrimitive(2)) {
                try parsingField("authorityCertSerialNumber") {
                    guard element.contentLength > 0 else { throw DERError.emptyInteger(offset: element.start) }
                    if element.contentLength > 1 {
                        let first = bytes[element.contentStart]
                        let second = bytes[element.contentStart + 1]
                        if (first == 0 && second & 0x80 == 0) || (first == 0xFF && second & 0x80 != 0) {
                            throw DERError.nonMinimalInteger(offset: element.start)
                        }
                    }
                }
                serial = bytes[element.contentRange]
            }
            return AuthorityKeyIdentifier(keyIdentifier: keyIdentifier, authorityCertIssuer: issuer, authorityCertSerialNumber: serial)
        }
    }
}
