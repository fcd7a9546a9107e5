import PureX509ASN1

/// The attribute types the name accessors use (X.520, RFC 4519, PKCS #9), from the OID
/// registry.
enum NameAttributeType {
    static let commonName = OID.commonName
    static let serialNumber = OID.serialNumber
    static let countryName = OID.countryName
    static let localityName = OID.localityName
    static let stateOrProvinceName = OID.stateOrProvinceName
    static let organizationName = OID.organizationName
    static let organizationalUnitName = OID.organizationalUnitName
    static let emailAddress = OID.emailAddress
    static let domainComponent = OID.domainComponent

    /// OpenSSL's short name for an attribute type (`CN`, `emailAddress`, `jurisdictionC`),
    /// or nil when OpenSSL has none (then the dotted form is shown, as OpenSSL does).
    static func shortName(_ oid: OID) -> String? {
        guard let entry = OIDRegistry.entry(for: oid), entry.isOpenSSLName else { return nil }
        return entry.shortName
    }
}
