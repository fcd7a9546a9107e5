import PureX509ASN1

/// The Certificate Transparency precertificate poison (RFC 6962 3.1): an extnValue of
/// ASN.1 NULL marking a precertificate, which no relying party may accept.
public struct PrecertificatePoison: X509ExtensionValue {
    public static var kind: ExtensionKind { .precertificatePoison }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init() {}
}

extension PrecertificatePoison: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> PrecertificatePoison {
        try reader.readNull()
        return PrecertificatePoison()
    }
}
