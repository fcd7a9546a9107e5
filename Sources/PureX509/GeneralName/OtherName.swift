import PureX509ASN1

/// `OtherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }`
/// (RFC 5280 4.2.1.6).
public struct OtherName: Hashable, Sendable {
    /// The type of the value.
    public let typeID: OID
    /// The DER encoding of the value (the element inside `[0] EXPLICIT`).
    public let value: ArraySlice<UInt8>

    /// Microsoft User Principal Name, 1.3.6.1.4.1.311.20.2.3 (a UTF8String).
    public static let userPrincipalNameType = OID.constant([0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x14, 0x02, 0x03])
    /// SmtpUTF8Mailbox, 1.3.6.1.5.5.7.8.9 (RFC 9598, a UTF8String).
    public static let smtpUTF8MailboxType = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x09])

    /// The value as a string when it is a character string (UPN, SmtpUTF8Mailbox, ...).
    public var stringValue: String? {
        let bytes = Array(value)
        var reader = DERReader(bytes)
        guard let string = try? reader.readString(), reader.isAtEnd else { return nil }
        return string.string(in: bytes)
    }

    /// The User Principal Name, when this is one.
    public var userPrincipalName: String? {
        typeID == OtherName.userPrincipalNameType ? stringValue : nil
    }
}
