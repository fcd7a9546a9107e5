import PureX509ASN1

/// `AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER,
/// accessLocation GeneralName }` (RFC 5280 4.2.2.1).
public struct AccessDescription: Hashable, Sendable {
    /// What the location offers (id-ad-ocsp, id-ad-caIssuers, id-ad-caRepository, ...).
    public let method: OID
    /// Where.
    public let location: GeneralName

    /// id-ad-ocsp, 1.3.6.1.5.5.7.48.1.
    public static let ocsp = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01])
    /// id-ad-caIssuers, 1.3.6.1.5.5.7.48.2.
    public static let caIssuers = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02])
    /// id-ad-timeStamping, 1.3.6.1.5.5.7.48.3.
    public static let timeStamping = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x03])
    /// id-ad-caRepository, 1.3.6.1.5.5.7.48.5.
    public static let caRepository = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x05])

    /// OpenSSL's name for the method ("OCSP", "CA Issuers", ...), or its dotted form.
    public var methodTitle: String {
        switch method {
        case AccessDescription.ocsp: return "OCSP"
        case AccessDescription.caIssuers: return "CA Issuers"
        case AccessDescription.timeStamping: return "AD Time Stamping"
        case AccessDescription.caRepository: return "CA Repository"
        default: return method.dotted
        }
    }

    /// Reads `SEQUENCE SIZE (1..MAX) OF AccessDescription`.
    static func parseList(_ reader: inout DERReader, materialize: Bool) throws -> [AccessDescription] {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { list in
            var result: [AccessDescription] = []
            var index = 0
            while !list.isAtEnd {
                let description = try parsingField("[\(index)]") {
                    try list.readSequence { seq in
                        let method = seq.oid(of: try seq.readObjectIdentifierElement())
                        let location = try parsingField("accessLocation") { try GeneralName.parse(&seq, materialize: materialize) }
                        return location.map { AccessDescription(method: method, location: $0) }
                    }
                }
                if let description { result.append(description) }
                index += 1
            }
            return result
        }
    }

    /// The URIs of the descriptions with `method`.
    static func uris(_ descriptions: [AccessDescription], method: OID) -> [String] {
        descriptions.compactMap {
            guard $0.method == method, case .uniformResourceIdentifier(let uri) = $0.location else { return nil }
            return uri
        }
    }
}
