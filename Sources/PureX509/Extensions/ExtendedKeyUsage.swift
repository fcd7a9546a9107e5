import PureX509ASN1

/// `ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId` (RFC 5280 4.2.1.12).
public struct ExtendedKeyUsage: X509ExtensionValue {
    public static var kind: ExtensionKind { .extendedKeyUsage }

    /// The key purposes, in encoding order.
    public let purposes: [OID]

    /// TLS WWW server authentication, 1.3.6.1.5.5.7.3.1.
    public static let serverAuth = purpose(1)
    /// TLS WWW client authentication, 1.3.6.1.5.5.7.3.2.
    public static let clientAuth = purpose(2)
    /// Code signing, 1.3.6.1.5.5.7.3.3.
    public static let codeSigning = purpose(3)
    /// E-mail protection, 1.3.6.1.5.5.7.3.4.
    public static let emailProtection = purpose(4)
    /// Time stamping, 1.3.6.1.5.5.7.3.8.
    public static let timeStamping = purpose(8)
    /// OCSP signing, 1.3.6.1.5.5.7.3.9.
    public static let ocspSigning = purpose(9)
    /// anyExtendedKeyUsage, 2.5.29.37.0.
    public static let anyExtendedKeyUsage = OID.constant([0x55, 0x1D, 0x25, 0x00])

    private static func purpose(_ last: UInt8) -> OID {
        OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, last])
    }

    /// Each well-known purpose with OpenSSL's short and long names.
    public static let knownPurposes: [(oid: OID, shortName: String, title: String)] = [
        (serverAuth, "serverAuth", "TLS Web Server Authentication"),
        (clientAuth, "clientAuth", "TLS Web Client Authentication"),
        (codeSigning, "codeSigning", "Code Signing"),
        (emailProtection, "emailProtection", "E-mail Protection"),
        (timeStamping, "timeStamping", "Time Stamping"),
        (ocspSigning, "OCSPSigning", "OCSP Signing"),
        (anyExtendedKeyUsage, "anyExtendedKeyUsage", "Any Extended Key Usage"),
    ]

    /// OpenSSL's long name for a purpose, or its dotted form.
    public static func title(of purpose: OID) -> String {
        knownPurposes.first { $0.oid == purpose }?.title ?? purpose.dotted
    }

    /// Whether `purpose` is listed.
    public func contains(_ purpose: OID) -> Bool { purposes.contains(purpose) }

    /// A value listing `purposes`.
    public init(purposes: [OID]) { self.purposes = purposes }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }
}

extension ExtendedKeyUsage: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> ExtendedKeyUsage {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { seq in
            var purposes: [OID] = []
            while !seq.isAtEnd {
                let oid = try seq.readObjectIdentifierElement()
                if context.materialize { purposes.append(seq.oid(of: oid)) }
            }
            return ExtendedKeyUsage(purposes: purposes)
        }
    }
}
