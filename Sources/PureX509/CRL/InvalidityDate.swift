import PureX509ASN1

/// `InvalidityDate ::= GeneralizedTime` (RFC 5280 5.3.2): when the key is known or
/// suspected to have been compromised.
public struct InvalidityDate: X509ExtensionValue {
    public static var kind: ExtensionKind { .invalidityDate }

    /// The date.
    public let date: ASN1Time

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(date: ASN1Time) { self.date = date }
}

extension InvalidityDate: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> InvalidityDate {
        let start = reader.position
        let time = try reader.readTime()
        guard time.encoding == .generalizedTime else {
            throw DERError.unexpectedTag(offset: start, expected: .generalizedTime, found: .utcTime)
        }
        return InvalidityDate(date: time)
    }
}
