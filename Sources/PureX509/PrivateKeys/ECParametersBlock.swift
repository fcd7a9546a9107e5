import PureX509ASN1

/// The `EC PARAMETERS` PEM block that `openssl ecparam -genkey` writes before an EC private
/// key: the curve as RFC 5480 section 2.1.1 `ECParameters` (a namedCurve OID, or explicit
/// parameters). The key names its curve itself, so readers check the block and read the key.
enum ECParametersBlock {
    static let label = PEMLabel.other("EC PARAMETERS")

    /// Checks that `der` is one DER element: a namedCurve OBJECT IDENTIFIER, implicitCurve
    /// NULL or specifiedCurve SEQUENCE, and nothing after it.
    static func check(_ der: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(der)
        let element = try keyField("EC PARAMETERS") { try reader.readElement() }
        guard reader.isAtEnd, [ASN1Tag.objectIdentifier, .null, .sequence].contains(element.tag) else {
            throw KeyFileError(.unsupported("EC PARAMETERS is not an ECParameters value (RFC 5480 2.1.1)"), context: "PEM EC PARAMETERS")
        }
    }
}
