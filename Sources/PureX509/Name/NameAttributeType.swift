import PureX509ASN1

/// The attribute types the name accessors use (X.520, RFC 4519, PKCS #9).
enum NameAttributeType {
    static let commonName = OID.constant([0x55, 0x04, 0x03])
    static let serialNumber = OID.constant([0x55, 0x04, 0x05])
    static let countryName = OID.constant([0x55, 0x04, 0x06])
    static let localityName = OID.constant([0x55, 0x04, 0x07])
    static let stateOrProvinceName = OID.constant([0x55, 0x04, 0x08])
    static let organizationName = OID.constant([0x55, 0x04, 0x0A])
    static let organizationalUnitName = OID.constant([0x55, 0x04, 0x0B])
    static let emailAddress = OID.constant([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x01])
    static let domainComponent = OID.constant([0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x19])
}

extension NameAttributeType {
    /// OpenSSL's short names for naming attributes (temporary table until the OID registry
    /// lands on main).
    static let shortNames: [OID: String] = {
        var table: [OID: String] = [:]
        let x520: [(UInt8, String)] = [
            (3, "CN"), (4, "SN"), (5, "serialNumber"), (6, "C"), (7, "L"), (8, "ST"), (9, "street"), (10, "O"),
            (11, "OU"), (12, "title"), (13, "description"), (15, "businessCategory"), (17, "postalCode"),
            (18, "postOfficeBox"), (20, "telephoneNumber"), (41, "name"), (42, "GN"), (43, "initials"),
            (44, "generationQualifier"), (45, "x500UniqueIdentifier"), (46, "dnQualifier"), (65, "pseudonym"),
            (97, "organizationIdentifier"),
        ]
        for (arc, name) in x520 { table[OID.constant([0x55, 0x04, arc])] = name }
        table[emailAddress] = "emailAddress"
        table[domainComponent] = "DC"
        table[OID.constant([0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x01])] = "UID"
        table[OID.constant([0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x01])] = "jurisdictionL"
        table[OID.constant([0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x02])] = "jurisdictionST"
        table[OID.constant([0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3C, 0x02, 0x01, 0x03])] = "jurisdictionC"
        table[OID.constant([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x02])] = "unstructuredName"
        return table
    }()

    static func shortName(_ oid: OID) -> String? { shortNames[oid] }
}
