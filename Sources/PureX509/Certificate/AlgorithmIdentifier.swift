import PureX509ASN1

/// Where an `AlgorithmIdentifier` lies in a DER buffer (internal, 24 bytes).
struct AlgorithmIdentifierRanges: Hashable, Sendable {
    /// The whole SEQUENCE.
    let encoded: ByteRange
    /// The OID content octets.
    let oid: ByteRange
    /// The whole parameters element, or empty when absent.
    let parameters: ByteRange

    /// Reads `AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER,
    /// parameters ANY DEFINED BY algorithm OPTIONAL }` (RFC 5280 4.1.1.2). Parameters must be
    /// well-formed DER.
    static func parse(_ reader: inout DERReader) throws -> AlgorithmIdentifierRanges {
        let sequence = try reader.readElement(.sequence)
        // Fast path for the common shapes (see `scan`); anything else goes the reference way.
        if reader.depth < reader.maximumDepth,
            let ranges = reader.bytes.withUnsafeBufferPointer({ scan($0, sequence) }) {
            return ranges
        }
        return try reader.withContent(of: sequence) { body in
            let oid = try body.readObjectIdentifierElement()
            var parameters = ByteRange.empty
            if !body.isAtEnd {
                let element = try body.readElement()
                if element.tag.isConstructed {
                    try validateDER(body.bytes, element.contentRange, depth: body.depth + 1)
                } else if element.tag == .null && element.contentLength != 0 {
                    throw DERError.invalidNull(offset: element.start)
                }
                parameters = ByteRange(element.fullRange)
            }
            return AlgorithmIdentifierRanges(
                encoded: ByteRange(sequence.fullRange), oid: ByteRange(oid.contentRange), parameters: parameters)
        }
    }
}

/// An algorithm and its parameters (RFC 5280 4.1.1.2), as found in signatures and keys.
public struct AlgorithmIdentifier: Sendable {
    let der: [UInt8]
    let ranges: AlgorithmIdentifierRanges

    init(der: [UInt8], ranges: AlgorithmIdentifierRanges) {
        self.der = der
        self.ranges = ranges
    }

    /// Parses a DER-encoded `AlgorithmIdentifier`.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "algorithm", .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        let ranges = try parsingField("algorithm") {
            var reader = DERReader(bytes)
            let ranges = try AlgorithmIdentifierRanges.parse(&reader)
            try reader.finish()
            return ranges
        }
        self.init(der: bytes, ranges: ranges)
    }

    /// The algorithm's identifier.
    public var oid: OID { OID.fromValidated(der, ranges.oid.range) }

    /// The whole parameters element (tag, length, content), or nil when absent.
    public var parameters: ArraySlice<UInt8>? {
        ranges.parameters.isEmpty ? nil : der[ranges.parameters.range]
    }

    /// True when the parameters are an explicit NULL (as RSA PKCS #1 v1.5 requires).
    public var hasNullParameters: Bool {
        ranges.parameters.count == 2 && der[Int(ranges.parameters.lower)] == 0x05
    }

    /// The whole DER encoding.
    public var derEncoded: ArraySlice<UInt8> { der[ranges.encoded.range] }
}

extension AlgorithmIdentifier: Hashable {
    /// Equality of the DER encodings.
    public static func == (lhs: AlgorithmIdentifier, rhs: AlgorithmIdentifier) -> Bool {
        lhs.derEncoded.elementsEqual(rhs.derEncoded)
    }

    /// Hashes the DER encoding.
    public func hash(into hasher: inout Hasher) {
        der.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[ranges.encoded.range])) }
    }
}

extension AlgorithmIdentifier: CustomStringConvertible {
    /// The algorithm's dotted OID (named forms come from the OID registry).
    public var description: String { oid.dotted }
}
