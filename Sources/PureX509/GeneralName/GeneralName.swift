import PureX509ASN1

/// A name in one of the forms of RFC 5280 4.2.1.6, as used by subjectAltName,
/// issuerAltName, name constraints, CRL distribution points and authority information access.
///
/// ```
/// GeneralName ::= CHOICE {
///     otherName                 [0] OtherName,
///     rfc822Name                [1] IA5String,
///     dNSName                   [2] IA5String,
///     x400Address               [3] ORAddress,
///     directoryName             [4] Name,
///     ediPartyName              [5] EDIPartyName,
///     uniformResourceIdentifier [6] IA5String,
///     iPAddress                 [7] OCTET STRING,
///     registeredID              [8] OBJECT IDENTIFIER }
/// ```
public enum GeneralName: Hashable, Sendable {
    /// `otherName [0]`: a name form identified by its own OID, such as a Microsoft UPN; its value
    /// is kept as DER.
    case otherName(OtherName)
    /// `rfc822Name [1]`: an email address (`local@domain`) or, in name constraints, a mailbox, host
    /// or domain.
    case rfc822Name(String)
    /// `dNSName [2]`: a host name in A-labels (`www.example.com`, `*.example.com`); in name
    /// constraints, a domain.
    case dnsName(String)
    /// The DER content of the ORAddress (kept raw).
    case x400Address(ArraySlice<UInt8>)
    /// `directoryName [4]`: a distinguished name.
    case directoryName(DistinguishedName)
    /// The DER content of the EDIPartyName (kept raw).
    case ediPartyName(ArraySlice<UInt8>)
    /// `uniformResourceIdentifier [6]`: a URI, such as a CRL or OCSP address.
    case uniformResourceIdentifier(String)
    /// `iPAddress [7]`: an IPv4 or IPv6 address; in name constraints, an address and mask.
    case ipAddress(IPAddress)
    /// `registeredID [8]`: an object identifier naming the subject.
    case registeredID(OID)

    /// Which lengths an iPAddress may have where the name appears.
    enum IPAddressForm {
        /// 4 or 16 octets (subjectAltName and everywhere but name constraints).
        case address
        /// 8 or 32 octets: address and mask (name constraints, RFC 5280 4.2.1.10).
        case subnet
    }

    /// Reads one GeneralName; with `materialize` false, checks it and returns nil.
    static func parse(_ reader: inout DERReader, ipForm: IPAddressForm = .address, materialize: Bool = true) throws -> GeneralName? {
        let element = try reader.readElement()
        let bytes = reader.bytes
        guard element.tag.tagClass == .contextSpecific else {
            throw DERError.unexpectedTag(offset: element.start, expected: .contextSpecificPrimitive(2), found: element.tag)
        }
        func requirePrimitive() throws {
            if element.tag.isConstructed { throw DERError.wrongConstructedBit(offset: element.start, tag: element.tag) }
        }
        func requireConstructed() throws {
            if !element.tag.isConstructed { throw DERError.wrongConstructedBit(offset: element.start, tag: element.tag) }
        }
        func ia5() throws -> String? {
            try requirePrimitive()
            try reader.validateString(element, as: .ia5String)
            return materialize ? String(decoding: bytes[element.contentRange], as: UTF8.self) : nil
        }
        switch element.tag.number {
        case 0:
            try requireConstructed()
            return try reader.withContent(of: element) { body in
                let type = try body.readObjectIdentifierElement()
                let wrapper = try body.readElement(.contextSpecific(0))
                let value = try body.withContent(of: wrapper) { inner in
                    let value = try inner.readElement()
                    if value.tag.isConstructed { try validateDER(bytes, value.contentRange, depth: inner.depth + 1) }
                    if let kind = ASN1StringKind(tag: value.tag) { try inner.validateString(value, as: kind) }
                    return value
                }
                return materialize ? .otherName(OtherName(typeID: body.oid(of: type), value: bytes[value.fullRange])) : nil
            }
        case 1: return try ia5().map { .rfc822Name($0) }
        case 2: return try ia5().map { .dnsName($0) }
        case 3:
            try requireConstructed()
            try validateDER(bytes, element.contentRange, depth: reader.depth + 1)
            return materialize ? .x400Address(bytes[element.contentRange]) : nil
        case 4:
            try requireConstructed()
            // directoryName is EXPLICIT (Name is a CHOICE, X.680 31.2.7).
            let name = try reader.withContent(of: element) { body in
                var entries: [NameAttributeEntry] = []
                let name = try DistinguishedName.parse(&body, into: &entries)
                return DistinguishedName(der: bytes, encodedRange: name.fullRange, entries: entries[...])
            }
            return materialize ? .directoryName(name) : nil
        case 5:
            try requireConstructed()
            try validateDER(bytes, element.contentRange, depth: reader.depth + 1)
            return materialize ? .ediPartyName(bytes[element.contentRange]) : nil
        case 6: return try ia5().map { .uniformResourceIdentifier($0) }
        case 7:
            try requirePrimitive()
            let count = element.contentLength
            let valid = ipForm == .address ? (count == 4 || count == 16) : (count == 8 || count == 32)
            guard valid else {
                let expected = ipForm == .address ? "4 or 16" : "8 or 32"
                throw X509ParseError(field: "", reason: .invalid("iPAddress must be \(expected) octets, found \(count)"), offset: element.start)
            }
            return materialize ? .ipAddress(IPAddress(bytes: Array(bytes[element.contentRange]))) : nil
        case 8:
            try requirePrimitive()
            try reader.validateObjectIdentifier(element)
            return materialize ? .registeredID(reader.oid(of: element)) : nil
        default:
            throw DERError.unexpectedTag(offset: element.start, expected: .contextSpecificPrimitive(2), found: element.tag)
        }
    }

    /// Reads `GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName` whose content is the
    /// content of `element` (a SEQUENCE, or an IMPLICIT tag over one).
    static func parseList(
        _ reader: inout DERReader, content element: DERElement, ipForm: IPAddressForm = .address, materialize: Bool = true
    ) throws -> [GeneralName] {
        guard element.contentLength > 0 else {
            throw X509ParseError(field: "", reason: .empty, offset: element.start)
        }
        return try reader.withContent(of: element) { body in
            var names: [GeneralName] = []
            var index = 0
            while !body.isAtEnd {
                guard index < X509Limits.maximumGeneralNames else {
                    throw X509ParseError(
                        field: "[\(index)]", reason: .invalid("more than \(X509Limits.maximumGeneralNames) names"),
                        offset: body.position)
                }
                let name = try parsingField("[\(index)]") { try GeneralName.parse(&body, ipForm: ipForm, materialize: materialize) }
                if let name { names.append(name) }
                index += 1
            }
            return names
        }
    }

    /// The form's name as RFC 5280 spells it (`dNSName`, `iPAddress`, ...).
    public var typeName: String {
        switch self {
        case .otherName: return "otherName"
        case .rfc822Name: return "rfc822Name"
        case .dnsName: return "dNSName"
        case .x400Address: return "x400Address"
        case .directoryName: return "directoryName"
        case .ediPartyName: return "ediPartyName"
        case .uniformResourceIdentifier: return "uniformResourceIdentifier"
        case .ipAddress: return "iPAddress"
        case .registeredID: return "registeredID"
        }
    }

    /// The value alone, as text: the string forms as they are, addresses printed, names in
    /// RFC 4514 form, OIDs dotted, raw forms in hex.
    public var valueDescription: String {
        switch self {
        case .otherName(let other):
            if let text = other.stringValue { return "\(other.typeID.dotted);\(text)" }
            return "\(other.typeID.dotted);#" + hexString(other.value, separator: "")
        case .rfc822Name(let text), .dnsName(let text), .uniformResourceIdentifier(let text): return text
        case .x400Address(let bytes), .ediPartyName(let bytes): return "#" + hexString(bytes, separator: "")
        case .directoryName(let name): return name.rfc4514String
        case .ipAddress(let address): return address.description
        case .registeredID(let oid): return oid.dotted
        }
    }
}

extension GeneralName: CustomStringConvertible {
    /// OpenSSL's form as `openssl x509 -text` prints it: `DNS:example.com`,
    /// `IP Address:192.0.2.1`, `email:a@example.com`, `URI:...`, `DirName:...`,
    /// `Registered ID:...`, `othername: UPN::user@example.com`.
    public var description: String {
        switch self {
        case .otherName(let other):
            // OpenSSL 3 (i2v_GENERAL_NAME) names these forms and prints their string value.
            let names: [(OID, String)] = [
                (OtherName.userPrincipalNameType, "UPN"), (OtherName.smtpUTF8MailboxType, "SmtpUTF8Mailbox"),
                (OID.xmppAddr, "XmppAddr"), (OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x07]), "SRVName"),
                (OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x08]), "NAIRealm"),
            ]
            if let name = names.first(where: { $0.0 == other.typeID })?.1 {
                return "othername: \(name)::" + (other.stringValue ?? "<unsupported>")
            }
            return "othername:<unsupported>"
        case .rfc822Name(let text): return "email:\(text)"
        case .dnsName(let text): return "DNS:\(text)"
        case .x400Address: return "X400Name:<unsupported>"
        case .directoryName(let name): return "DirName:\(name.opensslSlashForm)"
        case .ediPartyName: return "EdiPartyName:<unsupported>"
        case .uniformResourceIdentifier(let text): return "URI:\(text)"
        case .ipAddress(let address): return "IP Address:\(address.opensslDescription)"
        case .registeredID(let oid): return "Registered ID:\(oid.dotted)"
        }
    }
}
