import PureX509ASN1

/// `BaseCRLNumber ::= CRLNumber` (RFC 5280 5.2.4): marks a delta CRL and names the
/// complete CRL it updates.
public struct DeltaCRLIndicator: X509ExtensionValue {
    public static var kind: ExtensionKind { .deltaCRLIndicator }

    /// The base CRL number as a big-endian magnitude.
    public let baseCRLNumber: ArraySlice<UInt8>

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(baseCRLNumber: ArraySlice<UInt8>) { self.baseCRLNumber = baseCRLNumber }
}

extension DeltaCRLIndicator: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> DeltaCRLIndicator {
        DeltaCRLIndicator(baseCRLNumber: try CRLNumber.readCRLNumber(&reader))
    }
}
