import PureX509ASN1

/// `CRLNumber ::= INTEGER (0..MAX)` (RFC 5280 5.2.3): at most 20 octets.
public struct CRLNumber: X509ExtensionValue {
    public static var kind: ExtensionKind { .cRLNumber }

    /// The number as a big-endian magnitude.
    public let magnitude: ArraySlice<UInt8>

    /// Decimal text.
    public var decimalString: String { PureX509.decimalString(ofMagnitude: magnitude) }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(magnitude: ArraySlice<UInt8>) { self.magnitude = magnitude }

    /// Reads a non-negative INTEGER of at most 20 content octets (plus a sign octet).
    static func readCRLNumber(_ reader: inout DERReader) throws -> ArraySlice<UInt8> {
        let start = reader.position
        let range = try reader.readUnsignedIntegerBytes()
        guard range.count <= 20 else {
            throw X509ParseError(field: "", reason: .invalid("CRL number longer than 20 octets"), offset: start)
        }
        return reader.bytes[range]
    }
}

extension CRLNumber: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> CRLNumber {
        CRLNumber(magnitude: try readCRLNumber(&reader))
    }
}
