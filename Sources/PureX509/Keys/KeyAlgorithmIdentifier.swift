import PureX509ASN1

/// An `AlgorithmIdentifier` (RFC 5280 4.1.1.2) as the key and container parsers read it:
/// the OID and where its parameters lie, if present.
struct KeyAlgorithmIdentifier: Sendable {
    /// The algorithm.
    let oid: OID
    /// The whole parameters element, when present.
    let parameters: DERElement?
    /// The whole AlgorithmIdentifier SEQUENCE.
    let element: DERElement

    /// Reads `SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY OPTIONAL }`.
    static func read(_ reader: inout DERReader) throws -> KeyAlgorithmIdentifier {
        let element = try reader.readElement(.sequence)
        return try reader.withContent(of: element) { body in
            let oid = try body.readObjectIdentifier()
            let parameters = body.isAtEnd ? nil : try body.readElement()
            return KeyAlgorithmIdentifier(oid: oid, parameters: parameters, element: element)
        }
    }

    /// True when the parameters are absent or NULL (RFC 8017 A.1, RFC 4055 for
    /// rsaEncryption; RFC 8018 for the HMAC PRFs).
    func hasAbsentOrNullParameters(in bytes: [UInt8]) -> Bool {
        guard let parameters else { return true }
        return parameters.tag == .null && parameters.contentLength == 0
    }
}

/// Object identifiers the key and container code needs that the OID registry does not
/// name.
enum KeyOIDs {
    /// id-scrypt (RFC 7914 section 7): 1.3.6.1.4.1.11591.4.11.
    static let scrypt = make("1.3.6.1.4.1.11591.4.11")
    /// PKCS#9 friendlyName.
    static let friendlyName = OID.friendlyName
    /// PKCS#9 localKeyID.
    static let localKeyID = OID.localKeyID

    static func make(_ dotted: String) -> OID {
        guard let oid = OID(dotted: dotted) else { preconditionFailure("invalid OID constant \(dotted)") }
        return oid
    }
}

extension DERReader {
    /// Reads an INTEGER that must lie in `range`; `what` names it in the error.
    mutating func readKeyInteger(in range: ClosedRange<Int>, _ what: String) throws -> Int {
        let start = position
        let value = try readInt()
        guard range.contains(value) else {
            throw KeyFileError(.invalid("\(what) \(value) is not in \(range.lowerBound)...\(range.upperBound)"),
                               context: what, offset: start)
        }
        return value
    }
}
