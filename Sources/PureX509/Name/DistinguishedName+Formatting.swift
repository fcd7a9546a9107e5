import PureX509ASN1

extension DistinguishedName {
    /// RFC 4514 string form: RDNs last to first, separated by `,`, multi-valued RDNs joined
    /// by `+`, values escaped per RFC 4514 2.4 (`,+"\<>;` with a backslash, a leading `#` or
    /// space and a trailing space escaped, control characters as `\XX`); values that are not
    /// character strings and attributes without a known name as `#` and the hex of their DER.
    /// Attribute names are OpenSSL's short names, so the result equals
    /// `openssl x509 -nameopt RFC2253,-esc_msb` output (non-ASCII kept as UTF-8).
    public var rfc4514String: String {
        render(style: .rfc4514)
    }

    /// OpenSSL's default one-line form (`openssl x509 -noout -subject`): RDNs first to last,
    /// `, ` between RDNs, ` + ` inside one, `type = value`; a value containing `,+<>;` or a
    /// leading/trailing space or leading `#` is put in double quotes, `"` and `\` are
    /// backslash-escaped, control characters and every byte of non-ASCII UTF-8 are written
    /// as `\XX`.
    public var opensslOneLine: String {
        render(style: .opensslOneLine)
    }

    /// The form of OpenSSL's `X509_NAME_oneline` (used for `DirName:` in
    /// `openssl x509 -text`): `/C=US/O=Example/CN=name`.
    public var opensslSlashForm: String {
        var text = ""
        for entry in entries {
            let name = Self.shortName(der, entry.typeRange) ?? OID.fromValidated(der, entry.typeRange).dotted
            text += "/" + name + "="
            let attribute = NameAttribute(der: der, entry: entry)
            if let value = attribute.stringValue {
                for byte in value.utf8 {
                    if byte < 0x20 || byte > 0x7E {
                        text += "\\x" + hexByte(byte)
                    } else {
                        text.unicodeScalars.append(Unicode.Scalar(byte))
                    }
                }
            } else {
                text += "#" + hexString(attribute.encodedValue, separator: "")
            }
        }
        return text
    }

    enum RenderStyle {
        case rfc4514, opensslOneLine
    }

    func render(style: RenderStyle) -> String {
        Self.render(style: style, Forms.Attribute.all(of: self))
    }

    /// `attributes` (in encoding order) in `style`.
    static func render(style: RenderStyle, _ attributes: [Forms.Attribute]) -> String {
        // RFC 4514 2.1: last RDN first. Like OpenSSL, the members of a multi-valued RDN are
        // reversed too (their order is not significant, RFC 4514 2.2): the whole list of
        // attributes read backwards.
        let rdnSeparator = style == .rfc4514 ? "," : ", "
        let plus = style == .rfc4514 ? "+" : " + "
        let equals = style == .rfc4514 ? "=" : " = "
        var text = ""
        var previous: NameAttributeEntry?
        func append(_ item: Forms.Attribute) {
            let entry = item.attribute.entry
            if let previous { text += previous.rdnIndex == entry.rdnIndex ? plus : rdnSeparator }
            previous = entry
            text += item.shortName ?? item.type.dotted
            text += equals
            if let value = item.value, !(style == .rfc4514 && item.shortName == nil) {
                text += escape(value, style: style)
            } else {
                text += "#" + hexString(item.attribute.encodedValue, separator: "")
            }
        }
        if style == .rfc4514 {
            for item in attributes.reversed() { append(item) }
        } else {
            for item in attributes { append(item) }
        }
        return text
    }

    /// A name in every form `x509dump show` writes, each attribute's type and value decoded
    /// once for all of them.
    package struct Forms: Sendable {
        /// One attribute, decoded.
        package struct Attribute: Sendable {
            package let attribute: NameAttribute
            package let type: OID
            /// OpenSSL's short name for the type, or nil when it has none.
            package let shortName: String?
            /// The value as a string, or nil when it is not a character string.
            package let value: String?

            static func all(of name: DistinguishedName) -> [Attribute] {
                name.entries.map { entry in
                    let attribute = NameAttribute(der: name.der, entry: entry)
                    let type = attribute.type
                    return Attribute(attribute: attribute, type: type, shortName: NameAttributeType.shortName(type),
                                     value: attribute.stringValue)
                }
            }
        }

        /// `opensslOneLine`.
        package let opensslOneLine: String
        /// `rfc4514String`.
        package let rfc4514: String
        /// The attributes in encoding order.
        package let attributes: [Attribute]

        package init(_ name: DistinguishedName) {
            attributes = Attribute.all(of: name)
            opensslOneLine = DistinguishedName.render(style: .opensslOneLine, attributes)
            rfc4514 = DistinguishedName.render(style: .rfc4514, attributes)
        }
    }

    /// Escapes one value (see `rfc4514String` and `opensslOneLine`).
    static func escape(_ value: String, style: RenderStyle) -> String {
        if style == .rfc4514 { return escapeRFC4514(value) }
        // Most values are printable ASCII without quotes or backslashes: copied whole, in
        // quotes when they hold a separator or start or end with a space.
        var plain = true
        var separator = false
        for byte in value.utf8 {
            if byte >= 0x7F || byte < 0x20 || byte == 0x22 || byte == 0x5C {
                plain = false
                break
            }
            if byte == 0x2C || byte == 0x2B || byte == 0x3C || byte == 0x3E || byte == 0x3B { separator = true }
        }
        if plain {
            let first = value.utf8.first, last = value.utf8.last
            let quoted = separator || first == 0x20 || first == 0x23 || last == 0x20
            return quoted ? "\"" + value + "\"" : value
        }
        let bytes = Array(value.utf8)
        var output = ""
        var needsQuotes = false
        for (index, byte) in bytes.enumerated() {
            let first = index == 0
            let last = index == bytes.count - 1
            if byte >= 0x80 || byte < 0x20 || byte == 0x7F {
                output += "\\" + hexByte(byte)
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output += "\\" + String(Character(Unicode.Scalar(byte)))
            } else {
                if ",+<>;".utf8.contains(byte) || ((byte == 0x20 || byte == UInt8(ascii: "#")) && first) || (byte == 0x20 && last) {
                    needsQuotes = true
                }
                output.append(Character(Unicode.Scalar(byte)))
            }
        }
        return needsQuotes ? "\"" + output + "\"" : output
    }

    /// RFC 4514 escaping over Unicode scalars (non-ASCII kept as is).
    static func escapeRFC4514(_ value: String) -> String {
        // Most values need no escape (non-ASCII is kept as is): copied whole.
        let special = value.utf8.contains { byte in
            byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0x2C || byte == 0x2B
                || byte == 0x3C || byte == 0x3E || byte == 0x3B
        }
        let first = value.utf8.first, last = value.utf8.last
        if !special && first != 0x20 && first != 0x23 && last != 0x20 { return value }
        let scalars = Array(value.unicodeScalars)
        var output = ""
        for (index, scalar) in scalars.enumerated() {
            let first = index == 0
            let last = index == scalars.count - 1
            let v = scalar.value
            if v < 0x20 || v == 0x7F {
                output += "\\" + hexByte(UInt8(v))
            } else if "\"\\,+<>;".unicodeScalars.contains(scalar)
                || ((scalar == " " || scalar == "#") && first) || (scalar == " " && last) {
                output += "\\"
                output.unicodeScalars.append(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The short name OpenSSL uses for an attribute type, or nil when OpenSSL has none.
    static func shortName(_ der: [UInt8], _ range: Range<Int>) -> String? {
        NameAttributeType.shortName(OID.fromValidated(der, range))
    }
}

extension DistinguishedName: CustomStringConvertible {
    /// OpenSSL's one-line form (`C = US, O = Let's Encrypt, CN = R3`).
    public var description: String { opensslOneLine }
}
